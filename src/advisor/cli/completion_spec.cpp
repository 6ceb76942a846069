#include <advisor/catalogue/names.hpp>
#include <advisor/cli/completion_spec.hpp>
#include <advisor/core/ascii.hpp>

#include <CLI/CLI.hpp>
#include <algorithm>

namespace advisor::cli {
namespace {

using render::CompletionArgument;
using render::ValueKind;

std::vector<std::string> split(const std::string& text, char separator) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (true) {
    const std::size_t end = text.find(separator, start);
    parts.push_back(text.substr(start, end == std::string::npos ? end : end - start));
    if (end == std::string::npos) return parts;
    start = end + 1;
  }
}

// Fills in the kind of value from the type name, validators and the option's name.
void classify(const CLI::Option& option, const std::string& name, CompletionArgument& argument) {
  const auto type_parts = split(option.get_type_name(), ':');
  const std::string& type_name = type_parts.front();
  argument.value_name = type_name;
  if (type_name.find('|') != std::string::npos && type_name.find(' ') == std::string::npos) {
    argument.value = ValueKind::choices;
    argument.choices = split(type_name, '|');
    return;
  }
  for (std::size_t i = 1; i < type_parts.size(); ++i) {
    const std::string& described = type_parts[i];
    if (described.size() > 2 && described.front() == '{' && described.back() == '}') {
      argument.value = ValueKind::choices;
      argument.choices = split(described.substr(1, described.size() - 2), ',');
      return;
    }
  }
  const std::string key = ascii_lowercase(name);
  if (key == "category" || key == "categories") {
    argument.choices = catalogue::names_of<catalogue::Category>();
  } else if (key == "browser") {
    argument.choices = catalogue::names_of<catalogue::Browser>();
  } else if (key == "language") {
    argument.choices = {"de", "en"};
  } else if (key == "id" || key == "ids" || key == "instead-of" || key == "why-not" ||
             type_name == "ID") {
    argument.value = ValueKind::ids;
    return;
  } else if (key == "catalogue" || key == "overlay" || type_name == "DIR") {
    argument.value = ValueKind::directories;
    return;
  } else if (key == "output" || key == "o" || key == "path" || key == "paths" ||
             type_name == "FILE" || type_name == "PATH") {
    argument.value = ValueKind::files;
    return;
  } else {
    argument.value = ValueKind::text;
    return;
  }
  argument.value = ValueKind::choices;
}

CompletionArgument describe(const CLI::Option& option) {
  CompletionArgument argument;
  argument.description = option.get_description();
  for (const auto& name : option.get_snames())
    argument.names.push_back("-" + name);
  for (const auto& name : option.get_lnames())
    argument.names.push_back("--" + name);
  if (option.get_items_expected_max() == 0) { // a flag
    argument.value = ValueKind::none;
    return argument;
  }
  if (option.nonpositional()) {
    const std::string name =
        option.get_lnames().empty() ? option.get_snames().front() : option.get_lnames().front();
    classify(option, name, argument);
    argument.repeatable = option.get_expected_max() > 1;
  } else {
    classify(option, option.get_name(true), argument);
    if (argument.value_name.empty() || argument.value_name == "TEXT") {
      argument.value_name = option.get_name(true);
    }
    argument.repeatable = option.get_items_expected_max() > 1;
  }
  return argument;
}

bool hidden(const CLI::Option* option) {
  return option->get_group().empty();
}

} // namespace

render::CompletionSpec completion_spec(const CLI::App& app) {
  render::CompletionSpec spec;
  spec.program = app.get_name().empty() ? "advisor" : app.get_name();
  for (const CLI::Option* option : app.get_options()) {
    if (!hidden(option) && option->nonpositional())
      spec.global_options.push_back(describe(*option));
  }
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App* candidate) {
         return !candidate->get_name().empty() && !candidate->get_group().empty() &&
                !candidate->get_disabled();
       })) {
    render::CompletionCommand command{sub->get_name(), sub->get_description(), {}, {}};
    for (const CLI::Option* option : sub->get_options()) {
      if (hidden(option)) continue;
      if (option->nonpositional()) {
        command.options.push_back(describe(*option));
      } else {
        command.positionals.push_back(describe(*option));
      }
    }
    spec.commands.push_back(std::move(command));
  }
  return spec;
}

} // namespace advisor::cli
