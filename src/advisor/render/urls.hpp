#pragma once
// Finding web addresses in catalogue text, for links, QR codes and Markdown autolinks.

#include <string_view>
#include <vector>

namespace advisor::render {

// Where an address starts in a text and how long it is.
struct UrlSpan {
  std::size_t start = 0;
  std::size_t length = 0;
};

// Returns every http:// or https:// address in `text`, in order. An address ends at white space,
// a non-ASCII character or a character that cannot stand in an address; trailing punctuation
// ("." "," ")" …) is not part of it.
std::vector<UrlSpan> find_urls(std::string_view text);

} // namespace advisor::render
