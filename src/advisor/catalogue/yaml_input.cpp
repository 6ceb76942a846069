#include <advisor/catalogue/diagnostic_messages.hpp>
#include <advisor/catalogue/load.hpp>
#include <advisor/catalogue/yaml_input.hpp>

#include <algorithm>
#include <fmt/format.h>

namespace advisor::catalogue::yaml {
namespace {

bool is_continuation(unsigned char byte) {
  return (byte & 0xC0U) == 0x80U;
}

// Printable ASCII, nearly every byte of a catalogue: valid UTF-8 and no control character.
bool is_printable_ascii(char c) {
  return c >= 0x20 && c < 0x7F;
}

} // namespace

Positions::Positions(std::string_view path, std::string_view content)
    : m_path(path), m_content(content) {
  m_line_starts.push_back(0);
  for (std::size_t i = 0; i < content.size(); ++i) {
    if (content[i] == '\n') m_line_starts.push_back(i + 1);
    if (is_continuation(static_cast<unsigned char>(content[i]))) m_continuations.push_back(i);
  }
}

std::size_t Positions::continuations_before(std::size_t offset) const {
  return static_cast<std::size_t>(
      std::lower_bound(m_continuations.begin(), m_continuations.end(), offset) -
      m_continuations.begin());
}

Location Positions::at(int line, int byte_column) const {
  if (line < 0 || byte_column < 0) return start();
  const std::size_t index = std::min(static_cast<std::size_t>(line), m_line_starts.size() - 1);
  const std::size_t begin = m_line_starts[index];
  const std::size_t end = std::min(begin + static_cast<std::size_t>(byte_column), m_content.size());
  // A column counts the bytes that start a character: a binary search over the continuation bytes
  // keeps a node's place cheap on a long line (a flow list of 100,000 items on one line).
  const std::size_t characters =
      (end - begin) - (continuations_before(end) - continuations_before(begin));
  return {m_path, static_cast<int>(index) + 1, static_cast<int>(characters) + 1};
}

Location Positions::at_offset(std::size_t offset) const {
  const auto after = std::upper_bound(m_line_starts.begin(), m_line_starts.end(), offset);
  const auto line = static_cast<std::size_t>(after - m_line_starts.begin()) - 1;
  return at(static_cast<int>(line), static_cast<int>(offset - m_line_starts[line]));
}

MessageArgs control_args(char32_t control) {
  return {{"code", fmt::format("{:04X}", static_cast<unsigned>(control))}};
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

std::optional<char32_t> control_character(std::string_view sequence) {
  const auto lead = static_cast<unsigned char>(sequence[0]);
  if ((lead < 0x20U && lead != '\t' && lead != '\n') || lead == 0x7FU) return lead;
  // C1 controls (U+0080 to U+009F) are 0xC2 0x80 to 0xC2 0x9F in UTF-8; terminals obey some
  // (U+009B starts an escape sequence) as they obey ESC.
  if (lead == 0xC2U && sequence.size() >= 2) {
    const auto second = static_cast<unsigned char>(sequence[1]);
    if (second >= 0x80U && second <= 0x9FU) return second;
  }
  return std::nullopt;
}

std::optional<char32_t> find_control_character(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    if (is_printable_ascii(text[i])) {
      ++i;
      continue;
    }
    if (auto control = control_character(text.substr(i))) return control;
    const std::size_t length = utf8_sequence_length(text.substr(i));
    i += length == 0 ? 1 : length;
  }
  return std::nullopt;
}

bool check_input(std::string_view content, const Positions& positions, Diagnostics& diagnostics) {
  if (content.size() > k_max_file_size) {
    diagnostics.add(make_diagnostic(Severity::error, positions.start(), "diag.file-too-large",
                                    {{"limit", std::to_string(k_max_file_size / 1024)}}));
    return false;
  }
  for (std::size_t i = 0; i < content.size();) {
    if (is_printable_ascii(content[i])) {
      ++i;
      continue;
    }
    const auto byte = static_cast<unsigned char>(content[i]);
    const std::size_t length = utf8_sequence_length(content.substr(i));
    if (length == 0) {
      diagnostics.add(make_diagnostic(Severity::error, positions.at_offset(i), "diag.invalid-utf8",
                                      {{"byte", fmt::format("{:02X}", byte)}}));
      return false;
    }
    // A line break may be CR LF; YAML turns it into a newline.
    const auto control = byte == '\r' ? std::nullopt : control_character(content.substr(i));
    if (control) {
      diagnostics.add(make_diagnostic(Severity::error, positions.at_offset(i),
                                      "diag.control-character", control_args(*control)));
      return false;
    }
    i += length;
  }
  return true;
}

} // namespace advisor::catalogue::yaml
