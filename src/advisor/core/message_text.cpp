#include <advisor/core/error.hpp>
#include <advisor/core/message_text.hpp>

#include <algorithm>
#include <fmt/format.h>

namespace advisor {
namespace {

bool is_placeholder_name(std::string_view name) {
  return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

} // namespace

std::string fill_placeholders(std::string_view key, std::string_view text,
                              const MessageArgs& args) {
  std::string result;
  std::size_t at = 0;
  while (at < text.size()) {
    const auto open = text.find('{', at);
    if (open == std::string_view::npos) break;
    const auto close = text.find('}', open);
    if (close == std::string_view::npos) break;
    const std::string name(text.substr(open + 1, close - open - 1));
    if (!is_placeholder_name(name)) {
      // Braces around other text ("{de: …, en: …}") are kept as written.
      result.append(text.substr(at, close + 1 - at));
      at = close + 1;
      continue;
    }
    result.append(text.substr(at, open - at));
    auto value = args.find(name);
    if (value == args.end()) {
      throw Error(fmt::format("message \"{}\" needs a value for {{{}}}", key, name));
    }
    result += value->second;
    at = close + 1;
  }
  result.append(text.substr(at));
  return result;
}

} // namespace advisor
