// The built-in catalogue from its snapshot. Apart from the rest of the catalogue layer: the
// program that writes the snapshot links that layer, and this file needs what it writes.
#include <advisor/catalogue/embedded.hpp>
#include <advisor/catalogue/load.hpp>
#include <advisor/catalogue/snapshot.hpp>

namespace advisor::catalogue {

const Catalogue& read_builtin_catalogue() {
  static const Catalogue& catalogue =
      *new Catalogue(read_snapshot(embedded_snapshot(), SnapshotBytes::last));
  return catalogue;
}

} // namespace advisor::catalogue
