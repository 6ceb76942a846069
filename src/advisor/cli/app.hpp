#pragma once
// The command-line entry: parses arguments, runs one command, and is the one error boundary.

#include <advisor/cli/context.hpp>

#include <string>
#include <vector>

namespace advisor::cli {

// Runs the advisor with `args` (without the program name) and returns the exit code
// (0 ok, 1 failure, 2 usage). Never throws; everything is printed to the context's streams.
int run(const std::vector<std::string>& args, Context& context);

// Runs the advisor on the real process: std streams, environment, terminals.
int run_main(int argc, char** argv);

} // namespace advisor::cli
