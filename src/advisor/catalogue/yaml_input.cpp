#include <advisor/catalogue/load.hpp>
#include <advisor/catalogue/yaml_input.hpp>

#include <algorithm>
#include <fmt/format.h>

namespace advisor::catalogue::yaml {
namespace {

bool is_continuation(unsigned char byte) {
  return (byte & 0xC0U) == 0x80U;
}

} // namespace

Positions::Positions(std::string path, std::string_view content)
    : m_path(std::move(path)), m_content(content) {
  m_line_starts.push_back(0);
  for (std::size_t i = 0; i < content.size(); ++i) {
    if (content[i] == '\n') m_line_starts.push_back(i + 1);
  }
}

Location Positions::at(int line, int byte_column) const {
  if (line < 0 || byte_column < 0) return start();
  const std::size_t index = std::min(static_cast<std::size_t>(line), m_line_starts.size() - 1);
  const std::size_t begin = m_line_starts[index];
  const std::size_t end = std::min(begin + static_cast<std::size_t>(byte_column), m_content.size());
  int column = 1;
  for (std::size_t i = begin; i < end; ++i) {
    if (!is_continuation(static_cast<unsigned char>(m_content[i]))) ++column;
  }
  return {m_path, static_cast<int>(index) + 1, column};
}

Location Positions::at_offset(std::size_t offset) const {
  const auto after = std::upper_bound(m_line_starts.begin(), m_line_starts.end(), offset);
  const auto line = static_cast<std::size_t>(after - m_line_starts.begin()) - 1;
  return at(static_cast<int>(line), static_cast<int>(offset - m_line_starts[line]));
}

std::size_t utf8_sequence_length(std::string_view text) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(0);
  if (lead < 0x80U) return 1;
  std::size_t length = 0;
  char32_t value = 0;
  if ((lead & 0xE0U) == 0xC0U) {
    length = 2;
    value = lead & 0x1FU;
  } else if ((lead & 0xF0U) == 0xE0U) {
    length = 3;
    value = lead & 0x0FU;
  } else if ((lead & 0xF8U) == 0xF0U) {
    length = 4;
    value = lead & 0x07U;
  } else {
    return 0;
  }
  if (text.size() < length) return 0;
  for (std::size_t i = 1; i < length; ++i) {
    if (!is_continuation(byte(i))) return 0;
    value = (value << 6U) | (byte(i) & 0x3FU);
  }
  static constexpr char32_t k_smallest[] = {0, 0, 0x80, 0x800, 0x10000};
  if (value < k_smallest[length]) return 0;         // overlong
  if (value >= 0xD800 && value <= 0xDFFF) return 0; // surrogate
  if (value > 0x10FFFF) return 0;
  return length;
}

bool check_input(std::string_view content, const Positions& positions, Diagnostics& diagnostics) {
  if (content.size() > k_max_file_size) {
    diagnostics.error(positions.start(),
                      fmt::format("the file is larger than {} KiB, the limit for a catalogue file",
                                  k_max_file_size / 1024));
    return false;
  }
  for (std::size_t i = 0; i < content.size();) {
    const auto byte = static_cast<unsigned char>(content[i]);
    const std::size_t length = utf8_sequence_length(content.substr(i));
    if (length == 0) {
      diagnostics.error(positions.at_offset(i),
                        fmt::format("invalid UTF-8 (byte 0x{:02X}); save the file as UTF-8", byte));
      return false;
    }
    if ((byte < 0x20U && byte != '\t' && byte != '\n' && byte != '\r') || byte == 0x7FU) {
      diagnostics.error(positions.at_offset(i),
                        fmt::format("control character U+{:04X} is not allowed", byte));
      return false;
    }
    i += length;
  }
  return true;
}

} // namespace advisor::catalogue::yaml
