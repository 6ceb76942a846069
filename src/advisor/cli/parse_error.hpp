#pragma once
// CLI11's own errors ("--people: 1 required N missing", "The following argument was not
// expected: x") in the advisor's words, with the help to run.

#include <string>

namespace CLI {
class App;
class ParseError;
} // namespace CLI

namespace advisor::cli {

// Returns the message for a parse error of `root` (after "advisor: error: "): what is wrong,
// naming the option or value, then a line with the help of the command being read, e.g.
// `missing value for --people (N)\nRun "advisor recommend --help" for the options.`
std::string parse_error_message(const CLI::ParseError& error, const CLI::App& root);

} // namespace advisor::cli
