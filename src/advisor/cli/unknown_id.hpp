#pragma once
// The one message for an id that is not in the catalogue, with "did you mean".

#include <advisor/catalogue/model.hpp>
#include <advisor/core/error.hpp>

#include <string>
#include <string_view>

namespace advisor::cli {

// Returns the usage error for `id`: `unknown id "talx" (did you mean "talky"?)`, naming `flag`
// when the id came with one ("for --why-not"), and how to list every id.
UsageError unknown_id(const std::string& id, const catalogue::Catalogue& catalogue,
                      std::string_view flag = {});

// Returns the entry with `id`; throws unknown_id(...) when there is none.
const catalogue::Entry& find_entry(const catalogue::Catalogue& catalogue, const std::string& id);

} // namespace advisor::cli
