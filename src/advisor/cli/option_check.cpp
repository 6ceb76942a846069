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

std::vector<const CLI::Option*> options_named(const CLI::App& app, const std::string& name) {
  std::vector<const CLI::App*> apps{&app};
  for (const CLI::App* command : app.get_subcommands([](const CLI::App*) { return true; }))
    apps.push_back(command);
  std::vector<const CLI::Option*> options;
  for (const CLI::App* each : apps) {
    const CLI::Option* option = each->get_option_no_throw(name);
    if (option != nullptr && !option->get_positional()) options.push_back(option);
  }
  return options;
}

} // namespace advisor::cli
