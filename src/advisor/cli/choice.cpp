#include <CLI/CLI.hpp>
#include <advisor/catalogue/config.hpp>
#include <advisor/cli/choice.hpp>
#include <advisor/cli/option_check.hpp>
#include <advisor/cli/say.hpp>
#include <advisor/core/ascii.hpp>
#include <advisor/core/error.hpp>
#include <advisor/core/suggest.hpp>

#include <algorithm>
#include <charconv>
#include <fmt/format.h>

namespace advisor::cli {
namespace {

// Whether `name` ("--category") is an option of `app` or of one of its commands that takes one
// of a few words.
bool takes_a_word(const CLI::App& app, const std::string& name) {
  const auto options = options_named(app, name);
  return std::any_of(options.begin(), options.end(), [](const CLI::Option* option) {
    return option->get_items_expected_max() > 0 &&
           option->get_type_name().find('|') != std::string::npos;
  });
}

} // namespace

std::vector<std::string> lowercase_choices(std::vector<std::string> args, const CLI::App& app) {
  for (std::size_t i = 0; i < args.size() && args[i] != "--"; ++i) {
    std::string& word = args[i];
    if (!word.starts_with("--")) continue;
    const auto equals = word.find('=');
    if (equals != std::string::npos) {
      if (takes_a_word(app, word.substr(0, equals))) {
        word = word.substr(0, equals + 1) + ascii_lowercase(word.substr(equals + 1));
      }
    } else if (i + 1 < args.size() && takes_a_word(app, word)) {
      args[i + 1] = ascii_lowercase(args[i + 1]);
      ++i;
    }
  }
  return args;
}

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
