#include <advisor/cli/option_check.hpp>
#include <advisor/core/error.hpp>
#include <advisor/core/suggest.hpp>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <fmt/format.h>

namespace advisor::cli {

CLI::Validator one_of(std::string option, std::vector<std::string> allowed) {
  return CLI::Validator(
      [option = std::move(option), allowed = std::move(allowed)](std::string& value) {
        if (std::find(allowed.begin(), allowed.end(), value) != allowed.end()) {
          return std::string();
        }
        // Thrown past CLI11 (it only catches its own errors) to the one error boundary.
        throw UsageError(fmt::format("invalid value \"{}\" for {}{}; allowed: {}", value, option,
                                     did_you_mean(value, allowed), fmt::join(allowed, ", ")));
      },
      "");
}

} // namespace advisor::cli
