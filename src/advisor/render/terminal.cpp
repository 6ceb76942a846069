#include <advisor/render/terminal.hpp>

#include <charconv>
#include <fmt/color.h>
#include <fmt/format.h>

namespace advisor::render {
namespace {

// One piece of text that is never split: an ANSI escape sequence, or one character (code point)
// together with the combining marks that follow it.
struct Unit {
  std::size_t bytes = 0;
  std::size_t width = 0;
};

// Decodes the code point at `pos`; returns it and its length in bytes (1 for an invalid byte,
// which is then taken as one column wide).
std::pair<char32_t, std::size_t> decode(std::string_view text, std::size_t pos) {
  const auto lead = static_cast<unsigned char>(text[pos]);
  std::size_t length = 1;
  char32_t code = lead;
  if (lead >= 0xF0 && lead < 0xF8) {
    length = 4;
    code = lead & 0x07U;
  } else if (lead >= 0xE0) {
    length = 3;
    code = lead & 0x0FU;
  } else if (lead >= 0xC0) {
    length = 2;
    code = lead & 0x1FU;
  }
  if (length == 1 || pos + length > text.size()) return {lead, 1};
  for (std::size_t i = 1; i < length; ++i) {
    const auto next = static_cast<unsigned char>(text[pos + i]);
    if ((next & 0xC0U) != 0x80U) return {lead, 1};
    code = (code << 6U) | (next & 0x3FU);
  }
  return {code, length};
}

bool is_zero_width(char32_t c) {
  return (c >= 0x0300 && c <= 0x036F) || (c >= 0x200B && c <= 0x200F) ||
         (c >= 0x20D0 && c <= 0x20FF) || (c >= 0xFE00 && c <= 0xFE0F);
}

bool is_wide(char32_t c) {
  return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F) ||
         (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
         (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
         (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
}

// Returns the unit starting at `pos` (pos < text.size()).
Unit next_unit(std::string_view text, std::size_t pos) {
  if (text[pos] == '\x1b' && pos + 1 < text.size() && text[pos + 1] == '[') {
    std::size_t end = pos + 2;
    while (end < text.size() && (text[end] < '@' || text[end] > '~'))
      ++end;
    return {std::min(end + 1, text.size()) - pos, 0};
  }
  auto [code, length] = decode(text, pos);
  Unit unit{length, is_zero_width(code) ? 0U : (is_wide(code) ? 2U : 1U)};
  while (pos + unit.bytes < text.size()) {
    auto [mark, mark_length] = decode(text, pos + unit.bytes);
    if (!is_zero_width(mark)) break;
    unit.bytes += mark_length;
  }
  return unit;
}

// Appends `word` to `lines`, cut into pieces of at most `width` columns; the last piece is left
// in `line` so that following words can join it.
void split_word(std::string_view word, std::size_t width, std::vector<std::string>& lines,
                std::string& line, std::size_t& line_width) {
  line.clear();
  line_width = 0;
  for (std::size_t pos = 0; pos < word.size();) {
    const Unit unit = next_unit(word, pos);
    if (line_width + unit.width > width && line_width > 0) {
      lines.push_back(line);
      line.clear();
      line_width = 0;
    }
    line.append(word.substr(pos, unit.bytes));
    line_width += unit.width;
    pos += unit.bytes;
  }
}

void wrap_paragraph(std::string_view paragraph, std::size_t width, bool split_long_words,
                    std::vector<std::string>& lines) {
  std::string line;
  std::size_t line_width = 0;
  bool empty = true;
  std::size_t pos = 0;
  while (pos < paragraph.size()) {
    if (paragraph[pos] == ' ') {
      ++pos;
      continue;
    }
    const std::size_t end = std::min(paragraph.find(' ', pos), paragraph.size());
    const std::string_view word = paragraph.substr(pos, end - pos);
    pos = end;
    const std::size_t word_width = display_width(word);
    if (!empty && line_width + 1 + word_width <= width) {
      line += ' ';
      line += word;
      line_width += 1 + word_width;
      continue;
    }
    if (!empty) lines.push_back(line);
    empty = false;
    if (split_long_words && word_width > width) {
      split_word(word, width, lines, line, line_width);
    } else {
      line = std::string(word);
      line_width = word_width;
    }
  }
  lines.push_back(line);
}

} // namespace

std::optional<ColorMode> parse_color_mode(std::string_view text) {
  if (text == "auto") return ColorMode::automatic;
  if (text == "always") return ColorMode::always;
  if (text == "never") return ColorMode::never;
  return std::nullopt;
}

std::vector<std::string> color_mode_names() {
  return {"auto", "always", "never"};
}

bool use_color(const TerminalFacts& facts) {
  switch (facts.mode) {
  case ColorMode::always:
    return true;
  case ColorMode::never:
    return false;
  case ColorMode::automatic:
    break;
  }
  if (!facts.stdout_is_terminal) return false;
  if (facts.no_color && !facts.no_color->empty()) return false;
  if (facts.term && *facts.term == "dumb") return false;
  return true;
}

std::size_t terminal_width(const std::optional<std::string>& columns,
                           std::optional<std::size_t> terminal_columns) {
  std::size_t width = 0;
  if (columns && !columns->empty()) {
    const char* end = columns->data() + columns->size();
    std::size_t value = 0;
    auto [ptr, error] = std::from_chars(columns->data(), end, value);
    if (error == std::errc{} && ptr == end) width = value;
  }
  if (width == 0 && terminal_columns) width = *terminal_columns;
  if (width == 0) width = k_default_width;
  return std::max(width, k_min_width);
}

std::string TextStyle::apply(std::string_view text, Emphasis emphasis) const {
  if (!color || text.empty()) return std::string(text);
  fmt::text_style style;
  switch (emphasis) {
  case Emphasis::bold:
    style = fmt::emphasis::bold;
    break;
  case Emphasis::heading:
    style = fmt::emphasis::bold | fmt::emphasis::underline;
    break;
  case Emphasis::dim:
    style = fmt::emphasis::faint;
    break;
  case Emphasis::good:
    style = fmt::fg(fmt::terminal_color::green);
    break;
  case Emphasis::warning:
    style = fmt::fg(fmt::terminal_color::yellow);
    break;
  case Emphasis::bad:
    style = fmt::fg(fmt::terminal_color::red);
    break;
  }
  return fmt::format(style, "{}", text);
}

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    const Unit unit = next_unit(text, pos);
    width += unit.width;
    pos += unit.bytes;
  }
  return width;
}

std::vector<std::string> wrap_lines(std::string_view text, std::size_t width,
                                    bool split_long_words) {
  std::vector<std::string> lines;
  width = std::max<std::size_t>(width, 1);
  std::size_t start = 0;
  while (true) {
    const std::size_t end = text.find('\n', start);
    wrap_paragraph(text.substr(start, end == std::string_view::npos ? end : end - start), width,
                   split_long_words, lines);
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return lines;
}

std::string wrap(std::string_view text, std::size_t width, std::size_t indent) {
  const std::string pad(indent, ' ');
  std::string out;
  const auto lines = wrap_lines(text, width > indent ? width - indent : 1);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i > 0) out += '\n';
    if (!lines[i].empty()) out += pad + lines[i];
  }
  return out;
}

std::string wrap_hanging(std::string_view prefix, std::string_view text, std::size_t width) {
  const std::size_t indent = display_width(prefix);
  std::string out(prefix);
  const auto lines = wrap_lines(text, width > indent ? width - indent : 1);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i > 0) out += "\n" + (lines[i].empty() ? std::string() : std::string(indent, ' '));
    out += lines[i];
  }
  return out;
}

std::string wrap_long_lines(std::string_view text, std::size_t width) {
  // A label is at most this many columns; a wider gap further right is part of the value.
  constexpr std::size_t k_label_columns = 40;
  std::string out;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    const std::string_view line = text.substr(start, end - start);
    if (display_width(line) <= width) {
      out += line;
    } else {
      std::size_t value = line.find_first_not_of(' ');
      const std::size_t gap = line.find("  ", value);
      if (gap != std::string_view::npos && display_width(line.substr(0, gap)) < k_label_columns) {
        value = line.find_first_not_of(' ', gap);
      }
      if (value == std::string_view::npos) value = 0;
      out += wrap_hanging(line.substr(0, value), line.substr(value), width);
    }
    if (end == text.size()) break;
    out += '\n';
    start = end + 1;
  }
  return out;
}

std::string truncate(std::string_view text, std::size_t width) {
  if (display_width(text) <= width) return std::string(text);
  std::string out;
  std::size_t used = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    const Unit unit = next_unit(text, pos);
    if (used + unit.width + 1 > width) break;
    out.append(text.substr(pos, unit.bytes));
    used += unit.width;
    pos += unit.bytes;
  }
  return out + "…";
}

} // namespace advisor::render
