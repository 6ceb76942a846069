// PLACEHOLDER: replaced by the real command.
#include <advisor/cli/commands.hpp>

#include <CLI/CLI.hpp>

namespace advisor::cli {

void setup_list(CLI::App& app, Context& context) {
  auto* command = app.add_subcommand("list", "not implemented yet");
  command->callback([&context] { context.exit_code = 1; });
}

} // namespace advisor::cli
