#pragma once
// Catalogue text inside pandoc Markdown: shown literally, addresses as autolinks.

#include <string>
#include <string_view>

namespace advisor::render {

// Returns `text` as one line of pandoc Markdown that shows it literally: characters with a
// Markdown meaning are backslash-escaped (also "1." or "#" at the start, which would make a list
// or heading), line breaks become spaces, and http(s) addresses become <…> autolinks.
std::string markdown_text(std::string_view text);

// Returns `text` as a double-quoted YAML string for a pandoc metadata block.
std::string yaml_quoted(std::string_view text);

} // namespace advisor::render
