#include <advisor/render/markdown_escape.hpp>
#include <advisor/render/urls.hpp>

#include <fmt/format.h>

namespace advisor::render {
namespace {

// Characters that start Markdown (or pandoc extension) syntax anywhere in a line.
constexpr std::string_view k_special = "\\`*_[]<>&|~^$@#";

std::string escape_plain(std::string_view text) {
  std::string result;
  for (const char c : text) {
    if (c == '\n' || c == '\r' || c == '\t') {
      result += ' ';
      continue;
    }
    if (k_special.find(c) != std::string_view::npos) result += '\\';
    result += c;
  }
  return result;
}

// A line starting with "-", "+", "1." or "1)" would become a list item, "=" a heading underline.
void protect_line_start(std::string& text) {
  const std::string_view view(text);
  if (view.empty()) return;
  const char first = view.front();
  if (first == '-' || first == '+' || first == '=' || first == ':') {
    text.insert(0, 1, '\\');
    return;
  }
  const auto digits = view.find_first_not_of("0123456789");
  if (digits != 0 && digits != std::string_view::npos &&
      (view[digits] == '.' || view[digits] == ')')) {
    text.insert(digits, 1, '\\');
  }
}

} // namespace

std::string markdown_text(std::string_view text) {
  std::string result;
  std::size_t pos = 0;
  for (const auto& span : find_urls(text)) {
    result += escape_plain(text.substr(pos, span.start - pos));
    result += "<" + std::string(text.substr(span.start, span.length)) + ">";
    pos = span.start + span.length;
  }
  result += escape_plain(text.substr(pos));
  protect_line_start(result);
  return result;
}

std::string yaml_quoted(std::string_view text) {
  std::string result = "\"";
  for (const char c : text) {
    switch (c) {
    case '"':
      result += "\\\"";
      break;
    case '\\':
      result += "\\\\";
      break;
    case '\n':
      result += "\\n";
      break;
    case '\t':
      result += "\\t";
      break;
    default:
      if (static_cast<unsigned char>(c) < 0x20) {
        result += fmt::format("\\x{:02x}", static_cast<unsigned>(static_cast<unsigned char>(c)));
      } else {
        result += c;
      }
    }
  }
  result += '"';
  return result;
}

} // namespace advisor::render
