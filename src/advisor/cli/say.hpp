#pragma once
// Messages of the command line in the interface language, for code far from the Context: the
// checks CLI11 runs on option values, and helpers every command shares (require_choice,
// unknown_id). run() sets the language once for the time it runs (InterfaceLanguage); nothing
// else in the program reads it. The texts are in render/cli_messages.cpp.

#include <advisor/core/language.hpp>
#include <advisor/render/messages.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace advisor::cli {

// Sets the interface language while it lives, then restores the one before (run() nests in tests).
class InterfaceLanguage {
public:
  explicit InterfaceLanguage(Language language);
  ~InterfaceLanguage();
  InterfaceLanguage(const InterfaceLanguage&) = delete;
  InterfaceLanguage& operator=(const InterfaceLanguage&) = delete;

  // The language set by the innermost InterfaceLanguage alive; English when none is.
  static Language current();

private:
  Language m_previous;
};

// render::message(key, InterfaceLanguage::current(), args).
std::string say(std::string_view key, const render::MessageArgs& args = {});

// A value's placeholder as help shows it: DATEI for FILE in German; a list of values (de|en)
// stays as it is, since the values are what one types.
std::string placeholder(const std::string& type_name);

// ` (did you mean "x"?)` in the interface language, or "" when nothing is close enough.
std::string suggestion(std::string_view typed, const std::vector<std::string>& candidates);

// The same for catalogue ids (a service's own part finds its full id).
std::string id_suggestion(std::string_view typed, const std::vector<std::string>& ids);

} // namespace advisor::cli
