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
constexpr std::array<std::pair<std::string_view, std::string_view>, 14> k_allowed = {{
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

void refuse_empty_in(CLI::App& app) {
  for (CLI::Option* option : app.get_options()) {
    if (option->get_positional() || option->get_items_expected_min() == 0) continue;
    // Named as CLI11 names it in its own messages: the long name when there is one.
    const std::string name = option->get_lnames().empty() ? "-" + option->get_snames().front()
                                                          : "--" + option->get_lnames().front();
    const std::string allowed = allowed_values(option->get_type_name());
    option->check(checked_by([name, allowed](const std::string& value) {
      if (value.empty()) {
        throw UsageError(fmt::format("invalid value \"\" for {}; allowed: {}", name, allowed));
      }
    }));
  }
}

} // namespace

void refuse_empty_values(CLI::App& app) {
  refuse_empty_in(app);
  for (CLI::App* command : app.get_subcommands([](CLI::App*) { return true; }))
    refuse_empty_in(*command);
}

} // namespace advisor::cli
