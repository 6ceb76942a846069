#include <advisor/cli/empty_values.hpp>
#include <advisor/cli/option_check.hpp>
#include <advisor/core/error.hpp>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <array>
#include <fmt/format.h>
#include <string_view>
#include <utility>

namespace advisor::cli {
namespace {

// What a value of each type name (as help shows it) may be; words separated by "|" are listed.
constexpr std::array<std::pair<std::string_view, std::string_view>, 15> k_allowed = {{
    {"ADDRESS", "a postal address"},
    {"CODE", "the room's code or password"},
    {"DIR", "a folder"},
    {"EUR", "an amount in euros"},
    {"FILE", "a file name"},
    {"ID", "an id (run \"advisor list\" to see every id)"},
    {"LINE", "a line of text"},
    {"MINUTES", "a number of minutes"},
    {"MONTHS", "a number of months"},
    {"N", "a whole number"},
    {"NAME", "a name"},
    {"NUMBER", "a telephone number"},
    {"PIN", "a PIN"},
    {"URL", "a web address starting with https://"},
    {"[YYYY-MM-DD]", "a date like 2026-12-01"},
}};

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
  const auto* known = std::find_if(k_allowed.begin(), k_allowed.end(),
                                   [&](const auto& entry) { return entry.first == type_name; });
  return known != k_allowed.end() ? std::string(known->second) : "a " + type_name;
}

// The long name CLI11 uses in its own messages, else the short one.
std::string option_name(const CLI::Option& option) {
  return option.get_lnames().empty() ? "-" + option.get_snames().front()
                                     : "--" + option.get_lnames().front();
}

std::string empty_value_message(const std::string& name, const std::string& allowed) {
  return fmt::format("invalid value \"\" for {}; allowed: {}", name, allowed);
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
  std::vector<const CLI::App*> apps{&app};
  for (const CLI::App* command : app.get_subcommands([](const CLI::App*) { return true; }))
    apps.push_back(command);
  for (const CLI::App* each : apps) {
    const CLI::Option* option = each->get_option_no_throw(word);
    if (option != nullptr && !option->get_positional() && option->get_items_expected_min() == 0 &&
        option->get_items_expected_max() > 0) {
      return option;
    }
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
      throw UsageError(
          empty_value_message(option_name(*option),
                              allowed_values(option->get_type_name()) + ", or " + name + " alone"));
    }
  }
}

void refuse_empty_values(CLI::App& app) {
  refuse_empty_in(app);
  for (CLI::App* command : app.get_subcommands([](CLI::App*) { return true; }))
    refuse_empty_in(*command);
}

} // namespace advisor::cli
