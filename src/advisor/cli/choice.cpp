#include <advisor/cli/choice.hpp>
#include <advisor/core/suggest.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <algorithm>

namespace advisor::cli {

CLI::Validator one_of(std::vector<std::string> allowed) {
  return CLI::Validator(
      [allowed = std::move(allowed)](std::string& value) -> std::string {
        if (std::find(allowed.begin(), allowed.end(), value) != allowed.end()) return {};
        return fmt::format("\"{}\" is not one of {}{}", value, fmt::join(allowed, ", "),
                           did_you_mean(value, allowed));
      },
      "");
}

} // namespace advisor::cli
