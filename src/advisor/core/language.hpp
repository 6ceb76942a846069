#pragma once
// The two languages of every text a user reads, and how the output language is chosen.

#include <advisor/core/str.hpp>

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace advisor {

enum class Language { de, en };

// A text a user reads, in both languages. Both are required in the catalogue. Both are kept
// once for the program's duration (Str): copying a Text copies two pointers.
struct Text {
  Str de;
  Str en;

  // Returns the text in `language`.
  const Str& in(Language language) const { return language == Language::de ? de : en; }
  bool empty() const { return de.empty() && en.empty(); }
};

// Returns "de" or "en".
std::string_view language_code(Language language);

// Parses "de"/"en" (any case); nullopt otherwise.
std::optional<Language> parse_language(std::string_view code);

// Reads a language from a locale string such as "de_DE.UTF-8" or a LANGUAGE list "de:en";
// nullopt when none of the entries is German or English.
std::optional<Language> language_from_locale(std::string_view locale);

// Looks up an environment variable; returns nullopt when unset. Injected so tests need no setenv.
using Environment = std::function<std::optional<std::string>(std::string_view name)>;

// The process environment.
Environment process_environment();

// LANGUAGE, then LC_ALL, LC_MESSAGES, LANG; the first that names de or en wins; else nullopt
// (C, POSIX or another language).
std::optional<Language> language_in_environment(const Environment& environment);

// language_in_environment(), else English.
Language language_from_environment(const Environment& environment);

} // namespace advisor
