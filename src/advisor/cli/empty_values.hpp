#pragma once
// Refusing empty option values: `--people ''` is a mistake (a variable that was not set), not
// "option not given", so it is a usage error like any other bad value.

#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace advisor::cli {

// Adds to every option of `app` and of its commands that takes a value (not to positionals, nor
// to --date, whose value is optional) a check that throws UsageError (exit 2) for an empty value,
// naming the option and what it allows: `invalid value "" for --org-name; allowed: a name`.
// Call it after every option is added; checks added earlier (the allowed words of --browser, the
// numbers of --people) speak first.
void refuse_empty_values(CLI::App& app);

// CLI11 cannot tell `--date` from `--date ''` or `--date=` for an option whose value is optional:
// this looks at the words themselves and throws the same UsageError for an empty value given to
// such an option of `app` or of its commands.
void refuse_empty_optional_values(const std::vector<std::string>& args, const CLI::App& app);

} // namespace advisor::cli
