#include <advisor/cli/choice.hpp>
#include <advisor/cli/option_check.hpp>

#include <CLI/CLI.hpp>

namespace advisor::cli {

CLI::Validator one_of(std::string option, std::vector<std::string> allowed) {
  return CLI::Validator(
      [option = std::move(option), allowed = std::move(allowed)](std::string& value) {
        // require_choice throws UsageError past CLI11 (it only catches its own errors) to the
        // one error boundary, so every bad value reads the same.
        require_choice(option, value, allowed);
        return std::string();
      },
      "");
}

} // namespace advisor::cli
