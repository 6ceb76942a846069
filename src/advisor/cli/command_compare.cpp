// PLACEHOLDER: replaced by the real command.
#include <advisor/cli/commands.hpp>

#include <CLI/CLI.hpp>

namespace advisor::cli {

void setup_compare(CLI::App& app, Context& context) {
  auto* command = app.add_subcommand("compare", "Show the facts of two or more services side by side");
  auto ids = std::make_shared<std::vector<std::string>>();
  command->add_option("id", *ids, "Ids of the tools or services to compare")->required()->expected(2, -1)->type_name("ID");
  command->callback([&context] { context.exit_code = 1; });
}

} // namespace advisor::cli
