#include <advisor/cli/parse_error.hpp>
#include <advisor/cli/say.hpp>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <fmt/format.h>

namespace advisor::cli {
namespace {

// The command being read when the error came: the last one given, else the root.
const CLI::App& current_command(const CLI::App& root) {
  const CLI::App* command = &root;
  for (const CLI::App* sub : root.get_subcommands())
    command = sub;
  return *command;
}

std::string help_of(const CLI::App& command, const CLI::App& root) {
  return &command == &root ? "advisor --help" : "advisor " + command.get_name() + " --help";
}

// The names of every option of `command` and of the global options ("--category", "-o").
std::vector<std::string> option_names(const CLI::App& command, const CLI::App& root) {
  std::vector<std::string> names;
  for (const CLI::App* app : {&command, &root}) {
    for (const CLI::Option* option : app->get_options()) {
      for (const auto& name : option->get_lnames())
        names.push_back("--" + name);
      for (const auto& name : option->get_snames())
        names.push_back("-" + name);
    }
  }
  return names;
}

// "arguments were not expected": an unknown option (with "did you mean" for a typo of one of
// the command's options) or a word too many.
std::string unexpected_arguments(const CLI::App& command, const CLI::App& root) {
  std::vector<std::string> extras = command.remaining();
  for (const auto& arg : root.remaining()) {
    if (std::find(extras.begin(), extras.end(), arg) == extras.end()) extras.push_back(arg);
  }
  for (const auto& arg : extras) {
    if (!arg.starts_with("-")) continue;
    const std::string name = arg.substr(0, arg.find('='));
    return say("cli.error.unknown-option",
               {{"name", name}, {"suggestion", suggestion(name, option_names(command, root))}}) +
           "\n" + say("cli.error.run-for-options", {{"help", help_of(command, root)}});
  }
  return say("cli.error.unexpected-argument",
             {{"argument", extras.empty() ? std::string() : extras.front()}}) +
         "\n" + say("cli.error.run-for-usage", {{"help", help_of(command, root)}});
}

// The option or argument `name` ("--people", "id") of `command` or of the root, if any.
const CLI::Option* find_option(const std::string& name, const CLI::App& command,
                               const CLI::App& root) {
  for (const CLI::App* app : {&command, &root}) {
    for (const CLI::Option* option : app->get_options()) {
      if (option->check_name(name)) return option;
    }
  }
  return nullptr;
}

// "--people: 1 required N missing" and the like: the part before ": ".
std::string name_before_colon(const std::string& text) {
  const auto colon = text.find(": ");
  return colon == std::string::npos ? std::string() : text.substr(0, colon);
}

std::string what_is_wrong(const CLI::ParseError& error, const CLI::App& command,
                          const CLI::App& root) {
  const std::string text = error.what();
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&error) != nullptr) {
    const std::string name = name_before_colon(text);
    const CLI::Option* option = find_option(name, command, root);
    if (option != nullptr && text.ends_with(" missing")) {
      return say("cli.error.missing-value",
                 {{"option", name}, {"placeholder", placeholder(option->get_type_name())}});
    }
    if (option != nullptr) return say("cli.error.wrong-count", {{"option", name}});
  }
  if (dynamic_cast<const CLI::RequiredError*>(&error) != nullptr &&
      text.ends_with(" is required")) {
    const std::string name = text.substr(0, text.size() - std::string_view(" is required").size());
    const CLI::Option* option = find_option(name, command, root);
    if (option == nullptr) return text;
    // "missing ID"; a word out of a few is named with them: "missing shell (bash, zsh, fish)".
    std::string type = option->get_type_name();
    if (type.find('|') == std::string::npos) {
      return say("cli.error.missing", {{"placeholder", placeholder(type)}});
    }
    for (auto bar = type.find('|'); bar != std::string::npos; bar = type.find('|', bar))
      type.replace(bar, 1, ", ");
    return say("cli.error.missing-choice", {{"option", name}, {"allowed", type}});
  }
  if (dynamic_cast<const CLI::ConversionError*>(&error) != nullptr &&
      text.starts_with("Could not convert: ")) {
    const std::string rest = text.substr(std::string_view("Could not convert: ").size());
    const auto equals = rest.find(" = ");
    if (equals != std::string::npos) {
      return say("cli.error.invalid-value-of",
                 {{"value", rest.substr(equals + 3)}, {"option", rest.substr(0, equals)}});
    }
  }
  // Any other kind keeps CLI11's words, in our form.
  return text;
}

} // namespace

std::string parse_error_message(const CLI::ParseError& error, const CLI::App& root) {
  const CLI::App& command = current_command(root);
  if (dynamic_cast<const CLI::ExtrasError*>(&error) != nullptr) {
    return unexpected_arguments(command, root);
  }
  return what_is_wrong(error, command, root) + "\n" +
         say("cli.error.run-for-usage", {{"help", help_of(command, root)}});
}

} // namespace advisor::cli
