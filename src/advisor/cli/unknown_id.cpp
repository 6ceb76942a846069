#include <advisor/cli/unknown_id.hpp>
#include <advisor/core/suggest.hpp>

#include <fmt/format.h>

namespace advisor::cli {

UsageError unknown_id(const std::string& id, const catalogue::Catalogue& catalogue,
                      std::string_view flag) {
  const std::string for_flag = flag.empty() ? std::string() : fmt::format(" for {}", flag);
  return UsageError(fmt::format("unknown id \"{}\"{}{}\nRun \"advisor list\" to see every id.", id,
                                for_flag, did_you_mean_id(id, catalogue.ids())));
}

const catalogue::Entry& find_entry(const catalogue::Catalogue& catalogue, const std::string& id) {
  if (const auto* entry = catalogue.find(id)) return *entry;
  throw unknown_id(id, catalogue);
}

} // namespace advisor::cli
