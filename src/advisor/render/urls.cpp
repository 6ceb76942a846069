#include <advisor/render/urls.hpp>

namespace advisor::render {
namespace {

bool ends_url(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return byte <= ' ' || byte >= 0x80 || c == '<' || c == '>' || c == '"' || c == '\'' || c == '`' ||
         c == '{' || c == '}' || c == '|' || c == '\\' || c == '^';
}

bool trailing_punctuation(char c) {
  return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' ||
         c == ']';
}

} // namespace

std::vector<UrlSpan> find_urls(std::string_view text) {
  std::vector<UrlSpan> result;
  std::size_t pos = 0;
  while ((pos = text.find("http", pos)) != std::string_view::npos) {
    const auto rest = text.substr(pos);
    const std::size_t scheme = rest.starts_with("https://")  ? 8
                               : rest.starts_with("http://") ? 7
                                                             : 0;
    if (scheme == 0) {
      pos += 4;
      continue;
    }
    std::size_t end = pos + scheme;
    while (end < text.size() && !ends_url(text[end]))
      ++end;
    while (end > pos + scheme && trailing_punctuation(text[end - 1]))
      --end;
    if (end > pos + scheme) result.push_back({pos, end - pos});
    pos = end;
  }
  return result;
}

} // namespace advisor::render
