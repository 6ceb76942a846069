#pragma once
// One setup function per command, each in its own cli/command_<name>.cpp.
// A setup function adds a subcommand to `app`; its callback sets context.exit_code.

#include <advisor/cli/context.hpp>

namespace CLI {
class App;
}

namespace advisor::cli {

void setup_list(CLI::App& app, Context& context);
void setup_show(CLI::App& app, Context& context);
void setup_check(CLI::App& app, Context& context);
void setup_recommend(CLI::App& app, Context& context);
void setup_compare(CLI::App& app, Context& context);
void setup_guide(CLI::App& app, Context& context);
void setup_handout(CLI::App& app, Context& context);
void setup_overview(CLI::App& app, Context& context);
void setup_completion(CLI::App& app, Context& context);

} // namespace advisor::cli
