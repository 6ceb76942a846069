#include <advisor/cli/choice.hpp>
#include <advisor/cli/option_check.hpp>

#include <CLI/CLI.hpp>

namespace advisor::cli {

CLI::Validator checked_by(std::function<void(const std::string&)> check) {
  return CLI::Validator(
      [check = std::move(check)](std::string& value) {
        // The check throws UsageError past CLI11 (it only catches its own errors) to the one
        // error boundary, so every bad value reads the same.
        check(value);
        return std::string();
      },
      "");
}

CLI::Validator one_of(std::string option, std::vector<std::string> allowed) {
  return checked_by([option = std::move(option), allowed = std::move(allowed)](
                        const std::string& value) { require_choice(option, value, allowed); });
}

} // namespace advisor::cli
