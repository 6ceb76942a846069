#include <advisor/core/ascii.hpp>
#include <advisor/core/language.hpp>

#include <array>
#include <cctype>
#include <cstdlib>

namespace advisor {

std::string_view language_code(Language language) {
  return language == Language::de ? "de" : "en";
}

std::optional<Language> parse_language(std::string_view code) {
  const std::string lower = ascii_lowercase(code);
  if (lower == "de") return Language::de;
  if (lower == "en") return Language::en;
  return std::nullopt;
}

std::optional<Language> language_from_locale(std::string_view locale) {
  // LANGUAGE may hold a colon-separated priority list ("de_AT:de:en").
  while (!locale.empty()) {
    const auto colon = locale.find(':');
    std::string_view entry = locale.substr(0, colon);
    const auto end = entry.find_first_of("_.@");
    if (auto language = parse_language(entry.substr(0, end))) return language;
    if (colon == std::string_view::npos) break;
    locale.remove_prefix(colon + 1);
  }
  return std::nullopt;
}

Environment process_environment() {
  return [](std::string_view name) -> std::optional<std::string> {
    const char* value = std::getenv(std::string(name).c_str());
    if (value == nullptr) return std::nullopt;
    return std::string(value);
  };
}

std::optional<Language> language_in_environment(const Environment& environment) {
  static constexpr std::array<std::string_view, 4> k_variables = {"LANGUAGE", "LC_ALL",
                                                                  "LC_MESSAGES", "LANG"};
  for (auto name : k_variables) {
    auto value = environment(name);
    if (!value || value->empty()) continue;
    if (auto language = language_from_locale(*value)) return *language;
  }
  return std::nullopt;
}

Language language_from_environment(const Environment& environment) {
  return language_in_environment(environment).value_or(Language::en);
}

} // namespace advisor
