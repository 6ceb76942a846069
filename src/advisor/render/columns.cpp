#include <advisor/render/columns.hpp>
#include <advisor/render/terminal.hpp>

#include <algorithm>

namespace advisor::render {

std::string pad_right(std::string_view text, std::size_t width) {
  std::string result(text);
  const std::size_t used = display_width(text);
  if (used < width) result.append(width - used, ' ');
  return result;
}

std::string align_columns(const std::vector<std::vector<std::string>>& rows) {
  std::vector<std::size_t> widths;
  for (const auto& row : rows) {
    if (widths.size() < row.size()) widths.resize(row.size(), 0);
    for (std::size_t i = 0; i < row.size(); ++i) {
      widths[i] = std::max(widths[i], display_width(row[i]));
    }
  }
  std::string result;
  for (const auto& row : rows) {
    std::string line;
    for (std::size_t i = 0; i < row.size(); ++i) {
      const bool last = i + 1 == row.size();
      line += last ? row[i] : pad_right(row[i], widths[i]) + "  ";
    }
    while (!line.empty() && line.back() == ' ')
      line.pop_back();
    result += line + '\n';
  }
  return result;
}

std::string markdown_escape(std::string_view text) {
  std::string result;
  result.reserve(text.size());
  for (char c : text) {
    switch (c) {
    case '|':
    case '*':
    case '_':
    case '`':
    case '[':
    case ']':
    case '<':
    case '>':
    case '\\':
      result += '\\';
      result += c;
      break;
    case '\n':
    case '\r':
      result += ' ';
      break;
    default:
      result += c;
    }
  }
  return result;
}

std::string markdown_table(const std::vector<std::string>& header,
                           const std::vector<std::vector<std::string>>& rows) {
  auto line = [](const std::vector<std::string>& cells) {
    std::string result = "|";
    for (const auto& cell : cells)
      result += " " + markdown_escape(cell) + " |";
    return result + "\n";
  };
  std::string result = line(header) + "|";
  for (std::size_t i = 0; i < header.size(); ++i)
    result += " --- |";
  result += "\n";
  for (const auto& row : rows)
    result += line(row);
  return result;
}

} // namespace advisor::render
