#include <advisor/core/visible.hpp>

#include <fmt/format.h>

namespace advisor {
namespace {

// Returns the length of the valid UTF-8 sequence that starts at `at`, or 0 when there is none.
std::size_t sequence_length(std::string_view text, std::size_t at) {
  const auto lead = static_cast<unsigned char>(text[at]);
  std::size_t length = 0;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
  } else {
    return 0;
  }
  if (at + length > text.size()) return 0;
  for (std::size_t i = 1; i < length; ++i) {
    if ((static_cast<unsigned char>(text[at + i]) & 0xC0U) != 0x80U) return 0;
  }
  return length;
}

} // namespace

std::string visible(std::string_view text) {
  std::string result;
  result.reserve(text.size());
  for (std::size_t at = 0; at < text.size();) {
    const auto byte = static_cast<unsigned char>(text[at]);
    if (byte < 0x80) {
      const bool control = (byte < 0x20 && byte != '\n' && byte != '\t') || byte == 0x7F;
      result += control ? fmt::format("\\x{:02x}", byte) : std::string(1, static_cast<char>(byte));
      ++at;
      continue;
    }
    const std::size_t length = sequence_length(text, at);
    if (length == 0) {
      result += fmt::format("\\x{:02x}", byte);
      ++at;
      continue;
    }
    const auto second = static_cast<unsigned char>(text[at + 1]);
    if (byte == 0xC2 && second < 0xA0) {
      result += fmt::format("\\u{:04x}", second); // C1: U+0080 to U+009F
    } else {
      result.append(text.substr(at, length));
    }
    at += length;
  }
  return result;
}

} // namespace advisor
