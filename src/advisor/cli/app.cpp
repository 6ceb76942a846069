#include <advisor/catalogue/diagnostic_messages.hpp>
#include <advisor/catalogue/embedded.hpp>
#include <advisor/cli/app.hpp>
#include <advisor/cli/choice.hpp>
#include <advisor/cli/commands.hpp>
#include <advisor/cli/empty_values.hpp>
#include <advisor/cli/help_format.hpp>
#include <advisor/cli/option_check.hpp>
#include <advisor/cli/parse_error.hpp>
#include <advisor/cli/say.hpp>
#include <advisor/core/error.hpp>
#include <advisor/core/visible.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <iostream>
#include <sys/ioctl.h>
#include <unistd.h>

namespace advisor::cli {
namespace {

struct CommandEntry {
  const char* name;
  void (*setup)(CLI::App&, Context&);
};

// Every command, in the order `--help` lists them.
constexpr CommandEntry k_commands[] = {
    {"list", setup_list},           {"show", setup_show},         {"check", setup_check},
    {"recommend", setup_recommend}, {"compare", setup_compare},   {"guide", setup_guide},
    {"handout", setup_handout},     {"overview", setup_overview}, {"completion", setup_completion},
};

// The names of the commands `app` has; hidden ones (empty group) only when `hidden` is true.
std::vector<std::string> command_names(const CLI::App& app, bool hidden) {
  std::vector<std::string> names;
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    if (!sub->get_name().empty() && (hidden || !sub->get_group().empty())) {
      names.push_back(sub->get_name());
    }
  }
  return names;
}

// Checks the words before the command: each must be a global option (with its value) and the
// first other word a known command. Throws UsageError with "did you mean" otherwise; --help and
// --version without a command are left to CLI11.
void check_command_word(const std::vector<std::string>& args, const CLI::App& app) {
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--") break;
    if (arg.starts_with("-")) {
      const std::string name = arg.substr(0, arg.find('='));
      const CLI::Option* option = app.get_option_no_throw(name);
      if (option == nullptr) {
        std::vector<std::string> names;
        for (const CLI::Option* known : app.get_options()) {
          for (const auto& long_name : known->get_lnames())
            names.push_back("--" + long_name);
        }
        throw UsageError(say("cli.error.unknown-option-before-command",
                             {{"name", name}, {"suggestion", suggestion(name, names)}}));
      }
      if (name == "--help" || name == "-h" || name == "--version") return;
      if (arg.find('=') == std::string::npos && option->get_items_expected_max() > 0) ++i;
      continue;
    }
    for (const auto& known : command_names(app, true)) {
      if (arg == known) return;
    }
    throw UsageError(
        say("cli.error.unknown-command",
            {{"command", arg}, {"suggestion", suggestion(arg, command_names(app, false))}}));
  }
  throw UsageError(
      say("cli.error.which-command",
          {{"commands", fmt::format("{}", fmt::join(command_names(app, false), ", "))}}));
}

} // namespace

int run(const std::vector<std::string>& args, Context& context) {
  context.choose_interface_language(args);
  const InterfaceLanguage interface_language(context.interface_language);
  CLI::App app{say("cli.program.description"), "advisor"};
  app.formatter(
      std::make_shared<HelpFormatter>(context.interface_language, context.text_style().width));
  const auto summary = catalogue::embedded_catalogue_summary();
  app.set_version_flag("--version",
                       say("cli.program.version", {{"version", ADVISOR_VERSION},
                                                   {"entries", std::to_string(summary.entries)},
                                                   {"reviewed", std::string(summary.reviewed)}}));
  app.require_subcommand(1);
  app.fallthrough();
  app.add_option("--catalogue", context.catalogue_dir, say("cli.option.catalogue"))
      ->type_name("DIR");
  app.add_option("--overlay", context.overlays, say("cli.option.overlay"))->type_name("DIR");
  app.add_option("--config", context.config_file, say("cli.option.config"))->type_name("FILE");
  app.add_option("--max-age", context.max_age_flag, say("cli.option.max-age"))
      ->type_name("MONTHS")
      ->check(checked_by([](const std::string& text) { parse_max_age(text); }));
  app.add_option("--language", context.language_flag, say("cli.option.language"))
      ->check(one_of("--language", {"de", "en"}))
      ->type_name("de|en");
  app.add_option("--color", context.color, say("cli.option.color"))
      ->check(one_of("--color", render::color_mode_names()))
      ->type_name("auto|always|never");
  app.footer(say("cli.program.footer"));
  for (const auto& command : k_commands)
    command.setup(app, context);
  refuse_empty_values(app);

  try {
    // "advisor help" and "advisor help COMMAND" are --help and "COMMAND --help".
    std::vector<std::string> words = args;
    if (!words.empty() && words.front() == "help") {
      words.erase(words.begin());
      words.push_back("--help");
      if (words.size() > 2) {
        throw UsageError(say("cli.error.help-one-command", {{"word", words[1]}}));
      }
    }
    check_command_word(words, app);
    refuse_empty_optional_values(words, app);
    words = lowercase_choices(std::move(words), app);
    std::vector<std::string> reversed(words.rbegin(), words.rend());
    app.parse(reversed);
  } catch (const CLI::Success& e) {
    return app.exit(e, context.out, context.err);
  } catch (const CLI::ParseError& e) {
    // Arguments and paths in a message are shown with their control characters visible.
    context.err << say("cli.error-prefix") << visible(parse_error_message(e, app)) << '\n';
    return static_cast<int>(ExitCode::usage);
  } catch (const catalogue::FileError& e) {
    context.err << say("cli.error-prefix")
                << visible(
                       catalogue::diagnostic_text(e.key(), InterfaceLanguage::current(), e.args()))
                << '\n';
    return static_cast<int>(e.code());
  } catch (const Error& e) {
    context.err << say("cli.error-prefix") << visible(e.what()) << '\n';
    return static_cast<int>(e.code());
  } catch (const std::exception& e) {
    context.err << say("cli.error-prefix") << visible(e.what()) << '\n';
    return static_cast<int>(ExitCode::failure);
  }
  context.out.flush();
  if (!context.out) {
    context.err << say("cli.error-prefix") << say("cli.error.stdout") << '\n';
    context.stdout_failure_reported = true;
    return static_cast<int>(ExitCode::failure);
  }
  return context.exit_code;
}

int run_main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  Context context{std::cout, std::cerr, std::cin, process_environment()};
  context.stdin_is_terminal = isatty(STDIN_FILENO) == 1;
  context.stdout_is_terminal = isatty(STDOUT_FILENO) == 1;
  winsize size{};
  if (context.stdout_is_terminal && ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 &&
      size.ws_col > 0) {
    context.terminal_columns = size.ws_col;
  }
  const int code = run(args, context);
  std::cout.flush();
  if (std::fflush(stdout) != 0 || std::ferror(stdout) != 0 || !std::cout) {
    // What run() found already is not said twice (a closed, full or broken standard output).
    if (!context.stdout_failure_reported) {
      std::cerr << render::message("cli.error-prefix", context.interface_language)
                << render::message("cli.error.stdout", context.interface_language) << '\n';
    }
    return static_cast<int>(ExitCode::failure);
  }
  return code;
}

} // namespace advisor::cli
