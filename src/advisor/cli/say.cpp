#include <advisor/cli/say.hpp>
#include <advisor/core/suggest.hpp>

namespace advisor::cli {
namespace {

Language g_language = Language::en; // see InterfaceLanguage

std::string suggest(const std::optional<std::string>& match) {
  return match ? say("cli.did-you-mean", {{"match", *match}}) : std::string();
}

} // namespace

InterfaceLanguage::InterfaceLanguage(Language language) : m_previous(g_language) {
  g_language = language;
}

InterfaceLanguage::~InterfaceLanguage() {
  g_language = m_previous;
}

Language InterfaceLanguage::current() {
  return g_language;
}

std::string say(std::string_view key, const render::MessageArgs& args) {
  return render::message(key, g_language, args);
}

std::string placeholder(const std::string& type_name) {
  const std::string key = "cli.placeholder." + type_name;
  return render::has_message(key) ? say(key) : type_name;
}

std::string suggestion(std::string_view typed, const std::vector<std::string>& candidates) {
  return suggest(closest_match(typed, candidates));
}

std::string id_suggestion(std::string_view typed, const std::vector<std::string>& ids) {
  return suggest(closest_id(typed, ids));
}

} // namespace advisor::cli
