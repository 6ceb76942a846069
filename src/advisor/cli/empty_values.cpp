#include <advisor/cli/empty_values.hpp>
#include <advisor/cli/option_check.hpp>
#include <advisor/cli/say.hpp>
#include <advisor/core/error.hpp>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <array>
#include <fmt/format.h>
#include <string_view>
#include <utility>

namespace advisor::cli {
namespace {

// What a value of each type name (as help shows it) may be ("cli.allowed.FILE"); words separated
// by "|" are listed.
std::string allowed_values(const std::string& type_name) {
  if (type_name.find('|') != std::string::npos) {
    std::string words = type_name;
    std::string list;
    for (std::size_t start = 0; start <= words.size();) {
      const auto bar = std::min(words.find('|', start), words.size());
      list += (list.empty() ? "" : ", ") + words.substr(start, bar - start);
      start = bar + 1;
    }
    return list;
  }
  const std::string key = "cli.allowed." + type_name;
  return render::has_message(key) ? say(key) : type_name;
}

// The long name CLI11 uses in its own messages, else the short one.
std::string option_name(const CLI::Option& option) {
  return option.get_lnames().empty() ? "-" + option.get_snames().front()
                                     : "--" + option.get_lnames().front();
}

std::string empty_value_message(const std::string& name, const std::string& allowed) {
  return say("cli.error.empty-value", {{"option", name}, {"allowed", allowed}});
}

void refuse_empty_in(CLI::App& app) {
  for (CLI::Option* option : app.get_options()) {
    if (option->get_positional() || option->get_items_expected_min() == 0) continue;
    const std::string name = option_name(*option);
    const std::string allowed = allowed_values(option->get_type_name());
    option->check(checked_by([name, allowed](const std::string& value) {
      if (value.empty()) throw UsageError(empty_value_message(name, allowed));
    }));
  }
}

// The option of `app` or of one of its commands that `word` ("--date" or "--date=") names, when
// its value is optional; nullptr otherwise.
const CLI::Option* optional_value_option(const CLI::App& app, const std::string& word) {
  for (const CLI::Option* option : options_named(app, word)) {
    if (option->get_items_expected_min() == 0 && option->get_items_expected_max() > 0)
      return option;
  }
  return nullptr;
}

} // namespace

void refuse_empty_optional_values(const std::vector<std::string>& args, const CLI::App& app) {
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& word = args[i];
    if (word == "--") return;
    if (!word.starts_with("--")) continue;
    const auto equals = word.find('=');
    const std::string name = word.substr(0, equals);
    const bool empty = equals == std::string::npos ? i + 1 < args.size() && args[i + 1].empty()
                                                   : equals + 1 == word.size();
    if (!empty) continue;
    if (const CLI::Option* option = optional_value_option(app, name)) {
      throw UsageError(empty_value_message(
          option_name(*option),
          say("cli.allowed.or-alone",
              {{"allowed", allowed_values(option->get_type_name())}, {"option", name}})));
    }
  }
}

void refuse_empty_values(CLI::App& app) {
  refuse_empty_in(app);
  for (CLI::App* command : app.get_subcommands([](CLI::App*) { return true; }))
    refuse_empty_in(*command);
}

} // namespace advisor::cli
