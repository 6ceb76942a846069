#include <advisor/catalogue/names.hpp>
#include <advisor/cli/profile_questions.hpp>
#include <advisor/core/ascii.hpp>
#include <advisor/core/error.hpp>
#include <advisor/core/suggest.hpp>
#include <advisor/render/messages.hpp>

#include <algorithm>
#include <cctype>
#include <fmt/format.h>
#include <functional>
#include <istream>
#include <ostream>

namespace advisor::cli {
namespace {

using namespace advisor::catalogue;
using render::message;

std::string trimmed(const std::string& text) {
  const auto first = text.find_first_not_of(" \t\r");
  if (first == std::string::npos) return {};
  const auto last = text.find_last_not_of(" \t\r");
  return text.substr(first, last - first + 1);
}

class Asker {
public:
  Asker(std::istream& in, std::ostream& out, Language language)
      : m_in(in), m_out(out), m_language(language) {}

  // Asks until `check` accepts the answer (it throws UsageError otherwise). Returns the answer,
  // or "" for an empty answer. The end of input (Ctrl-D) ends the questions without a result:
  // throws UsageError.
  std::string ask(const std::string& prompt, const std::function<void(const std::string&)>& check,
                  const std::string& allowed, const std::vector<std::string>& candidates = {}) {
    while (true) {
      m_out << prompt << std::flush;
      std::string line;
      if (!std::getline(m_in, line)) {
        m_out << '\n';
        throw UsageError(message("cmd.recommend.questions-ended", m_language));
      }
      const std::string answer = trimmed(line);
      if (answer.empty()) return {};
      try {
        check(answer);
        return answer;
      } catch (const UsageError&) {
        std::string suggestion;
        if (auto match = closest_match(ascii_lowercase(answer), candidates)) {
          suggestion = message("ask.did-you-mean", m_language, {{"match", *match}});
        }
        m_out << message("ask.again", m_language,
                         {{"answer", answer}, {"suggestion", suggestion}, {"allowed", allowed}})
              << '\n';
      }
    }
  }

  // Asks a yes/no question; returns true for yes. No is the suggestion.
  bool yes(const char* key) {
    const std::vector<std::string> yes_words = {"y", "yes", "j", "ja"};
    const std::vector<std::string> no_words = {"n", "no", "nein"};
    const auto answer = ask(
        message(key, m_language),
        [&](const std::string& text) {
          const auto word = ascii_lowercase(text);
          if (std::find(yes_words.begin(), yes_words.end(), word) == yes_words.end() &&
              std::find(no_words.begin(), no_words.end(), word) == no_words.end()) {
            throw UsageError(message("ask.yes-no.allowed", m_language));
          }
        },
        message("ask.yes-no.allowed", m_language));
    const auto word = ascii_lowercase(answer);
    return std::find(yes_words.begin(), yes_words.end(), word) != yes_words.end();
  }

  Language language() const { return m_language; }

private:
  std::istream& m_in;
  std::ostream& m_out;
  Language m_language;
};

} // namespace

void ask_profile(ProfileOptions& options, std::istream& in, std::ostream& out, Language language) {
  Asker asker(in, out, language);
  out << message("ask.intro", language) << '\n';
  const auto categories = names_of<Category>();
  const auto browsers = names_of<Browser>();
  const std::vector<std::string> languages = {"de", "en"};
  const auto list = [](const std::vector<std::string>& names) {
    return fmt::format("{}", fmt::join(names, ", "));
  };
  auto lowered = [](auto parse) {
    return [parse](const std::string& text) { parse(ascii_lowercase(text)); };
  };
  if (options.category.empty() && options.instead_of.empty()) {
    const auto answer = asker.ask(
        message("ask.category", language, {{"allowed", list(categories)}, {"default", "video"}}),
        lowered(parse_category), list(categories), categories);
    options.category = answer.empty() ? "video" : ascii_lowercase(answer);
  }
  const auto category =
      options.category.empty() ? Category::video : parse_category(options.category);
  if (options.people.empty()) {
    options.people = asker.ask(
        message("ask.people", language),
        [language](const std::string& text) { parse_people(text, language); },
        message("ask.people.allowed", language));
  }
  if (options.browser.empty() &&
      (category == Category::video || category == Category::scheduling)) {
    options.browser =
        ascii_lowercase(asker.ask(message("ask.browser", language, {{"allowed", list(browsers)}}),
                                  lowered(parse_browser), list(browsers), browsers));
  }
  if (options.language.empty()) {
    const std::string suggested(language_code(language));
    const auto answer = asker.ask(
        message("ask.language", language, {{"allowed", list(languages)}, {"default", suggested}}),
        lowered(parse_participants_language), list(languages), languages);
    options.language = answer.empty() ? suggested : ascii_lowercase(answer);
  }
  if (options.budget.empty()) {
    options.budget = asker.ask(
        message("ask.budget", language),
        [language](const std::string& text) { parse_budget(text, language); },
        message("ask.budget.allowed", language));
  }
  if (options.duration.empty() && (category == Category::video || category == Category::phone)) {
    options.duration = asker.ask(
        message("ask.duration", language),
        [language](const std::string& text) { parse_duration(text, language); },
        message("ask.duration.allowed", language));
  }
  if (!options.screen_sharing && category == Category::video) {
    options.screen_sharing = asker.yes("ask.screen-sharing");
  }
  if (!options.dial_in && (category == Category::video || category == Category::phone)) {
    options.dial_in = asker.yes("ask.dial-in");
  }
  // A telephone needs nothing installed, and any telephone will do.
  if (!options.no_install && category != Category::phone) {
    options.no_install = asker.yes("ask.no-install");
  }
  if (!options.no_account) options.no_account = asker.yes("ask.no-account");
  if (!options.no_phone_number && category == Category::messenger) {
    options.no_phone_number = asker.yes("ask.no-phone-number");
  }
  if (!options.calls && category == Category::messenger) options.calls = asker.yes("ask.calls");
  if (!options.smartphone_only && category != Category::scheduling && category != Category::phone) {
    options.smartphone_only = asker.yes("ask.smartphone-only");
  }
  if (!options.sensitive && category != Category::scheduling) {
    options.sensitive = asker.yes("ask.sensitive");
  }
  if (!options.organisation) options.organisation = asker.yes("ask.organisation");
  // A poll collects dates, not the group's conversations: no processing agreement question.
  if (!options.processing_agreement && category != Category::scheduling) {
    options.processing_agreement = asker.yes("ask.processing-agreement");
  }
  if (!options.own_server && (category == Category::video || category == Category::phone)) {
    options.own_server = asker.yes("ask.own-server");
  }
}

} // namespace advisor::cli
