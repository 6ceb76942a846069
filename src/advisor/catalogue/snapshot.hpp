#pragma once
// A catalogue as compact bytes: the build writes the built-in catalogue's model once (loaded and
// checked from its YAML files by load_catalogue), and the binary reads it back at start without
// parsing YAML. The model holds no date-dependent judgement: every warning that depends on
// today is made by load_catalogue, which `advisor check` still runs on the YAML files.

#include <advisor/catalogue/model.hpp>

#include <string>
#include <string_view>

namespace advisor::catalogue {

// Returns `catalogue` as bytes that read_snapshot() turns back into the same Catalogue.
std::string write_snapshot(const Catalogue& catalogue);

// Whether the bytes of a snapshot last as long as the program (compiled into it): then the
// catalogue's texts point into them instead of being copied.
enum class SnapshotBytes { last, temporary };

// Returns the catalogue written by write_snapshot(). Throws Error when `bytes` are not a complete
// snapshot of this version of the model.
Catalogue read_snapshot(std::string_view bytes, SnapshotBytes lifetime = SnapshotBytes::temporary);

} // namespace advisor::catalogue
