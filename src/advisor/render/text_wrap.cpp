#include <advisor/render/text_wrap.hpp>

#include <vector>

namespace advisor::render {

std::string wrap(std::string_view text, std::size_t width, std::string_view first_prefix,
                 std::string_view rest_prefix) {
  std::vector<std::string_view> words;
  std::size_t pos = 0;
  while (pos < text.size()) {
    while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\n' || text[pos] == '\t')) {
      ++pos;
    }
    const std::size_t start = pos;
    while (pos < text.size() && text[pos] != ' ' && text[pos] != '\n' && text[pos] != '\t') ++pos;
    if (pos > start) words.push_back(text.substr(start, pos - start));
  }
  std::string result(first_prefix);
  std::size_t line_width = display_width(first_prefix);
  bool line_empty = true;
  for (const auto word : words) {
    const std::size_t word_width = display_width(word);
    if (!line_empty && line_width + 1 + word_width > width) {
      result += '\n';
      result += rest_prefix;
      line_width = display_width(rest_prefix);
      line_empty = true;
    }
    if (!line_empty) {
      result += ' ';
      ++line_width;
    }
    result += word;
    line_width += word_width;
    line_empty = false;
  }
  result += '\n';
  return result;
}

} // namespace advisor::render
