// `advisor completion bash|zsh|fish`, and the hidden `advisor __complete-ids` its scripts call.
#include <advisor/cli/commands.hpp>
#include <advisor/cli/completion_spec.hpp>
#include <advisor/cli/option_check.hpp>
#include <advisor/core/error.hpp>
#include <advisor/render/messages.hpp>

#include <CLI/CLI.hpp>

namespace advisor::cli {

void setup_completion(CLI::App& app, Context& context) {
  auto shell = std::make_shared<std::string>();
  const Language language = context.interface_language;
  auto* command =
      app.add_subcommand("completion", render::message("cmd.completion.description", language));
  command->add_option("shell", *shell, render::message("cmd.completion.shell", language))
      ->required()
      ->check(
          one_of(render::message("cmd.completion.shell.name", language), {"bash", "zsh", "fish"}))
      ->type_name("bash|zsh|fish");
  command->footer(render::message("cmd.completion.footer", language));
  command->callback([&app, &context, shell] {
    const auto spec = completion_spec(app);
    if (*shell == "bash") {
      context.out << render::render_bash_completion(spec);
    } else if (*shell == "zsh") {
      context.out << render::render_zsh_completion(spec);
    } else {
      context.out << render::render_fish_completion(spec);
    }
    context.exit_code = 0;
  });

  // For the completion scripts: every id of the catalogue in use, one per line. Quiet and
  // successful when the catalogue is broken, so that completion never prints errors.
  auto* ids = app.add_subcommand("__complete-ids",
                                 render::message("cmd.complete-ids.description", language));
  ids->group("");
  ids->callback([&context] {
    try {
      for (const auto& id : context.catalogue().ids())
        context.out << id << '\n';
    } catch (const Error&) {
      // Nothing to complete from a broken catalogue.
    }
    context.exit_code = 0;
  });
}

} // namespace advisor::cli
