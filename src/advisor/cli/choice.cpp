#include <advisor/catalogue/config.hpp>
#include <advisor/cli/choice.hpp>
#include <advisor/cli/say.hpp>
#include <advisor/core/error.hpp>
#include <advisor/core/suggest.hpp>

#include <algorithm>
#include <charconv>
#include <fmt/format.h>

namespace advisor::cli {

void require_choice(std::string_view option, const std::string& typed,
                    const std::vector<std::string>& allowed) {
  if (std::find(allowed.begin(), allowed.end(), typed) != allowed.end()) return;
  throw UsageError(
      say("cli.error.invalid-value", {{"value", typed},
                                      {"option", std::string(option)},
                                      {"suggestion", suggestion(typed, allowed)},
                                      {"allowed", fmt::format("{}", fmt::join(allowed, ", "))}}));
}

void require_language(const std::string& typed) {
  if (!typed.empty()) require_choice("--language", typed, {"de", "en"});
}

std::optional<long long> whole_number(const std::string& text) {
  long long value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

int parse_max_age(const std::string& text) {
  const auto value = whole_number(text);
  if (!value || *value < 1 || *value > catalogue::k_max_age_limit) {
    throw UsageError(say("cli.error.max-age",
                         {{"value", text}, {"limit", std::to_string(catalogue::k_max_age_limit)}}));
  }
  return static_cast<int>(*value);
}

} // namespace advisor::cli
