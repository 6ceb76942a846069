#pragma once
// Filling a message's {placeholders}: shared by the render layer's tables and the catalogue's
// diagnostics, which are both written as one text per language with named gaps.

#include <map>
#include <string>
#include <string_view>

namespace advisor {

// Values for a message's placeholders, by name ("name" fills "{name}").
using MessageArgs = std::map<std::string, std::string>;

// One message of a table: its key and its text in each language.
struct MessageRow {
  std::string_view key;
  std::string_view de;
  std::string_view en;
};

// Returns `text` with every {name} (lower-case letters, digits, "_") replaced by args["name"];
// other braces ("{de: …}") stay. Throws Error naming `key` when a
// placeholder has no value in `args`.
std::string fill_placeholders(std::string_view key, std::string_view text, const MessageArgs& args);

} // namespace advisor
