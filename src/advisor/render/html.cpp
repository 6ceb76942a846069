#include <advisor/render/html.hpp>
#include <advisor/render/urls.hpp>

namespace advisor::render {
namespace {

// Print first: A4, large type, black on white, no web fonts (system fonts only). A new page
// for the tips; never a page break inside a step or a box, nor right after a heading.
constexpr std::string_view k_stylesheet = R"css(
@page { size: A4; margin: 15mm 16mm 16mm 16mm; }
html { font-family: "DejaVu Sans", Verdana, "Liberation Sans", Arial, sans-serif;
  font-size: 15pt; line-height: 1.45; color: #000; background: #fff; }
body { margin: 0 auto; max-width: 40em; padding: 1em; }
h1 { font-size: 1.8em; line-height: 1.2; margin: 0 0 0.3em; }
h2 { font-size: 1.35em; line-height: 1.25; margin: 1.1em 0 0.5em; padding-bottom: 0.1em;
  border-bottom: 3px solid #000; break-after: avoid; page-break-after: avoid; }
h3 { font-size: 1.1em; margin: 0.8em 0 0.3em; break-after: avoid; page-break-after: avoid; }
p { margin: 0 0 0.6em; }
a { color: #003c8f; }
.organisation-name { font-size: 1.1em; font-weight: bold; margin: 0 0 0.4em; }
.summary { font-size: 1.05em; }
.meta { font-size: 0.85em; }
.notice { border: 3px solid #000; border-left-width: 10px; padding: 0.4em 0.7em; margin: 0.8em 0;
  break-inside: avoid; page-break-inside: avoid; }
.notice strong { display: block; }
.notice p { margin: 0.2em 0 0.3em; }
.contact { font-size: 0.85em; margin: 0 0 0.6em; }
.part { margin-top: 1em; font-size: 0.92em; }
.part h2 { margin-top: 0.8em; }
ol.steps { list-style: none; counter-reset: step; padding: 0; margin: 0 0 0.6em; }
ol.steps > li { counter-increment: step; padding-left: 2.5em; margin: 0 0 0.7em;
  min-height: 1.8em; break-inside: avoid; page-break-inside: avoid; display: flow-root; }
ol.steps > li::before { content: counter(step); float: left; margin: 0 0 0 -2.5em;
  width: 1.7em; height: 1.7em; line-height: 1.7em; text-align: center; font-weight: bold;
  border: 2px solid #000; border-radius: 50%; }
ul.points { padding-left: 1.3em; margin: 0 0 0.6em; }
ul.points > li { margin: 0 0 0.6em; break-inside: avoid; page-break-inside: avoid; }
.address { display: flex; align-items: center; border: 2px solid #000; padding: 0.5em;
  margin: 0.6em 0; break-inside: avoid; page-break-inside: avoid; }
.address img { width: 34mm; height: 34mm; flex: none; margin-right: 0.8em; }
.address .url { font-size: 1.15em; font-weight: bold; word-break: break-all; margin: 0 0 0.2em; }
.where { display: grid; grid-template-columns: 1fr 1fr; gap: 0 0.8em; align-items: start; }
.where .address { flex-direction: column; align-items: flex-start; }
.where .address img { margin: 0 0 0.4em; }
.fill-in { border: 2px dashed #000; padding: 0.5em 0.7em; margin: 0.8em 0; break-inside: avoid;
  page-break-inside: avoid; }
.fill-in h3 { margin-top: 0; }
.fill-in p { margin: 0; }
.fill-in .line { border-bottom: 1px solid #000; height: 1.7em; margin-bottom: 0.4em; }
.fill-in .filled { font-size: 1.1em; overflow-wrap: anywhere; }
.fill-in p + p { margin-top: 0.3em; }
.services td, .services th { text-align: left; vertical-align: top; padding: 0.2em 0.8em 0.2em 0; }
.footer { margin-top: 1em; padding-top: 0.4em; font-size: 0.92em; border-top: 3px solid #000; break-inside: avoid;
  page-break-inside: avoid; }
.footer p { margin: 0 0 0.2em; }
.overview { font-size: 0.78em; }
.overview h1 { font-size: 1.9em; }
.toc-services { columns: 2; font-size: 0.9em; padding-left: 1.2em; margin: 0.2em 0 0.5em; }
.toc ol { padding-left: 1.3em; margin: 0 0 0.6em; }
.category { break-before: page; page-break-before: always; }
div.service { border: 1px solid #000; padding: 0.4em 0.7em; margin: 0.6em 0;
  break-inside: avoid; page-break-inside: avoid; }
div.service.local { border-width: 3px; }
div.service h4 { font-size: 1.05em; margin: 0 0 0.3em; break-after: avoid; }
div.service .address { border: none; padding: 0; margin: 0.2em 0 0.4em; }
div.service .address img { width: 22mm; height: 22mm; }
div.service p { margin: 0 0 0.3em; }
.id { font-family: "DejaVu Sans Mono", monospace; font-size: 0.8em; }
.mark { border: 2px solid #000; padding: 0 0.3em; font-size: 0.8em; font-weight: bold; }
.facts { font-size: 0.9em; }
table.changes { border-collapse: collapse; width: 100%; font-size: 0.8em; }
table.changes th, table.changes td { border-top: 1px solid #000; text-align: left;
  vertical-align: top; padding: 0.3em 0.6em 0.3em 0; }
table.changes tr { break-inside: avoid; page-break-inside: avoid; }
table.changes ul { margin: 0; padding-left: 1.1em; }
.sources { font-size: 0.75em; overflow-wrap: anywhere; }
.sources ul { padding-left: 1.1em; }
@media print {
  body { max-width: none; padding: 0; }
  a { color: #000; text-decoration: none; }
}
)css";

} // namespace

std::string escape_html(std::string_view text) {
  std::string result;
  result.reserve(text.size());
  for (const char c : text) {
    switch (c) {
    case '&':
      result += "&amp;";
      break;
    case '<':
      result += "&lt;";
      break;
    case '>':
      result += "&gt;";
      break;
    case '"':
      result += "&quot;";
      break;
    case '\'':
      result += "&#39;";
      break;
    default:
      result += c;
    }
  }
  return result;
}

std::string html_with_links(std::string_view text) {
  std::string result;
  std::size_t pos = 0;
  for (const auto& span : find_urls(text)) {
    const auto url = text.substr(span.start, span.length);
    result += escape_html(text.substr(pos, span.start - pos));
    result += "<a href=\"" + escape_html(url) + "\">" + escape_html(url) + "</a>";
    pos = span.start + span.length;
  }
  result += escape_html(text.substr(pos));
  return result;
}

std::string base64(std::string_view bytes) {
  static constexpr std::string_view k_alphabet =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string result;
  result.reserve((bytes.size() + 2) / 3 * 4);
  std::size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    const auto n = (static_cast<unsigned>(static_cast<unsigned char>(bytes[i])) << 16) |
                   (static_cast<unsigned>(static_cast<unsigned char>(bytes[i + 1])) << 8) |
                   static_cast<unsigned>(static_cast<unsigned char>(bytes[i + 2]));
    result += k_alphabet[(n >> 18) & 63];
    result += k_alphabet[(n >> 12) & 63];
    result += k_alphabet[(n >> 6) & 63];
    result += k_alphabet[n & 63];
  }
  const std::size_t rest = bytes.size() - i;
  if (rest > 0) {
    unsigned n = static_cast<unsigned>(static_cast<unsigned char>(bytes[i])) << 16;
    if (rest == 2) n |= static_cast<unsigned>(static_cast<unsigned char>(bytes[i + 1])) << 8;
    result += k_alphabet[(n >> 18) & 63];
    result += k_alphabet[(n >> 12) & 63];
    result += rest == 2 ? k_alphabet[(n >> 6) & 63] : '=';
    result += '=';
  }
  return result;
}

std::string svg_data_uri(std::string_view svg) {
  return "data:image/svg+xml;base64," + base64(svg);
}

std::string html_page(std::string_view language_code, std::string_view title,
                      std::string_view body_html) {
  std::string page = "<!DOCTYPE html>\n<html lang=\"";
  page += escape_html(language_code);
  page += "\">\n<head>\n<meta charset=\"utf-8\">\n"
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
          "<title>";
  page += escape_html(title);
  page += "</title>\n<style>";
  page += k_stylesheet;
  page += "</style>\n</head>\n<body>\n";
  page += body_html;
  page += "</body>\n</html>\n";
  return page;
}

} // namespace advisor::render
