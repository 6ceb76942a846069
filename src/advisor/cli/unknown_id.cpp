#include <advisor/cli/say.hpp>
#include <advisor/cli/unknown_id.hpp>
#include <advisor/core/suggest.hpp>

#include <fmt/format.h>

namespace advisor::cli {

UsageError unknown_id(const std::string& id, const catalogue::Catalogue& catalogue,
                      std::string_view flag) {
  const std::string found = id_suggestion(id, catalogue.ids());
  if (flag.empty())
    return UsageError(say("cli.error.unknown-id", {{"id", id}, {"suggestion", found}}));
  return UsageError(say("cli.error.unknown-id-for",
                        {{"id", id}, {"option", std::string(flag)}, {"suggestion", found}}));
}

const catalogue::Entry& find_entry(const catalogue::Catalogue& catalogue, const std::string& id) {
  if (const auto* entry = catalogue.find(id)) return *entry;
  throw unknown_id(id, catalogue);
}

} // namespace advisor::cli
