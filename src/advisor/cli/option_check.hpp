#pragma once
// CLI11 checks for options (one of a few words, with "did you mean" on a typo), and finding an
// option by its name in the program and its commands.

#include <functional>
#include <string>
#include <vector>

namespace CLI {
class App;
class Option;
class Validator;
} // namespace CLI

namespace advisor::cli {

// Returns a validator for `option` that accepts exactly one of `allowed` and otherwise throws
// UsageError (exit 2): `invalid value "alway" for --color (did you mean "always"?); allowed:
// auto, always, never`. Its description is empty, so the option's type name (e.g.
// "auto|always|never") is what help and completion show.
CLI::Validator one_of(std::string option, std::vector<std::string> allowed);

// Returns a validator that hands each value typed (an empty one too) to `check`, which throws
// UsageError for a bad one; so a value is refused while the command line is read, with the
// message of the command's own check.
CLI::Validator checked_by(std::function<void(const std::string&)> check);

// The options that `name` ("--date") names in `app` or in one of its commands (positional
// arguments are not named).
std::vector<const CLI::Option*> options_named(const CLI::App& app, const std::string& name);

} // namespace advisor::cli
