#pragma once
// Building blocks of the advisor's HTML pages: escaping every catalogue text, links, data URIs,
// and the one self-contained page frame (inline CSS, no external resource of any kind).

#include <string>
#include <string_view>

namespace advisor::render {

// Returns `text` with & < > " ' replaced by character references, safe in element content and in
// quoted attribute values.
std::string escape_html(std::string_view text);

// Returns `text` escaped, with every http(s) address in it turned into a link (trailing
// punctuation such as "." or ")" stays outside the link).
std::string html_with_links(std::string_view text);

// Returns `bytes` in base64 (RFC 4648, with padding).
std::string base64(std::string_view bytes);

// Returns a data: URI holding the SVG document `svg`, for an <img src> that needs no network.
std::string svg_data_uri(std::string_view svg);

// Returns a complete HTML page: doctype, language, UTF-8, the shared print stylesheet for A4 and
// `body_html` (already escaped). `title` is plain text and escaped here.
std::string html_page(std::string_view language_code, std::string_view title,
                      std::string_view body_html);

} // namespace advisor::render
