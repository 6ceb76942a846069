#include <advisor/cli/help_format.hpp>
#include <advisor/cli/say.hpp>
#include <advisor/render/messages.hpp>
#include <advisor/render/terminal.hpp>

#include <algorithm>

namespace advisor::cli {
namespace {

// Where an option's description starts, and how far its names are indented. Below
// k_narrow_width every description goes on its own line, indented by k_narrow_column.
constexpr std::size_t k_description_column = 30;
constexpr std::size_t k_narrow_width = 72;
constexpr std::size_t k_narrow_column = 6;
constexpr std::size_t k_indent = 2;

// "-h, --help" or "--people N": every name of the option, then its value's placeholder.
std::string option_names(const CLI::Option& option) {
  std::string names;
  for (const auto& name : option.get_snames())
    names += (names.empty() ? "-" : ", -") + name;
  for (const auto& name : option.get_lnames())
    names += (names.empty() ? "--" : ", --") + name;
  if (option.get_items_expected_max() > 0 && !option.get_type_name().empty()) {
    names += " " + placeholder(option.get_type_name());
  }
  return names;
}

// One entry of a list: the name at the indent, the description at k_description_column (or
// on the next line when the name is too long), wrapped to `width`.
std::string entry(const std::string& name, const std::string& description, std::size_t width) {
  std::string out(k_indent, ' ');
  out += name;
  const std::size_t used = k_indent + render::display_width(name);
  const std::size_t column = width < k_narrow_width ? k_narrow_column : k_description_column;
  const auto lines = render::wrap_lines(description, width - column);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i == 0 && used + 2 <= column && column == k_description_column) {
      out.append(column - used, ' ');
    } else {
      out += '\n';
      out.append(column, ' ');
    }
    out += lines[i];
  }
  return out + '\n';
}

// A heading, then its entries; nothing when there are none.
std::string section(const std::string& heading, const std::string& entries) {
  return entries.empty() ? "" : "\n" + heading + "\n" + entries;
}

// A line that starts with spaces (an example, perhaps with a comment after a run of spaces):
// as it is when it fits; else the example, then the comment below it, indented further.
std::string indented_line(const std::string& line, std::size_t width) {
  if (render::display_width(line) <= width) return line + '\n';
  const auto indent = line.find_first_not_of(' ');
  const auto gap = line.find("  ", indent);
  const auto comment = gap == std::string::npos ? gap : line.find_first_not_of(' ', gap);
  if (comment == std::string::npos) return render::wrap(line.substr(indent), width, indent) + '\n';
  return render::wrap(line.substr(indent, gap - indent), width, indent) + '\n' +
         render::wrap(line.substr(comment), width, indent + 4) + '\n';
}

// Paragraphs separated by empty lines are wrapped to `width`; lines that start with spaces
// (examples, lists) are kept as they are, and a paragraph's lines are joined before wrapping.
std::string reflow(const std::string& text, std::size_t width) {
  std::string out;
  std::string paragraph;
  const auto flush = [&] {
    if (!paragraph.empty()) out += render::wrap(paragraph, width) + '\n';
    paragraph.clear();
  };
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto end = std::min(text.find('\n', start), text.size());
    const std::string line = text.substr(start, end - start);
    if (line.empty()) {
      flush();
      out += '\n';
    } else if (line.starts_with(" ")) {
      flush();
      out += indented_line(line, width);
    } else {
      paragraph += (paragraph.empty() ? "" : " ") + line;
    }
    start = end + 1;
  }
  flush();
  while (out.ends_with("\n\n"))
    out.pop_back();
  return out;
}

bool is_help_or_version(const CLI::Option& option) {
  return option.check_lname("help") || option.check_lname("version");
}

} // namespace

HelpFormatter::HelpFormatter(Language language, std::size_t width)
    : m_language(language), m_width(std::min(width, k_max_help_width)) {}

std::string HelpFormatter::make_help(const CLI::App* app, std::string, CLI::AppFormatMode) const {
  const CLI::App* program = app;
  while (program->get_parent() != nullptr)
    program = program->get_parent();
  const bool is_program = program == app;
  const auto say = [this](const char* key) { return render::message(key, m_language); };

  std::string out = render::wrap(app->get_description(), m_width) + "\n";

  // Usage: "advisor show ID [OPTIONS]", "advisor [GLOBAL OPTIONS] COMMAND [OPTIONS]".
  std::string usage = say("cli.help.usage") + " advisor";
  std::string arguments;
  if (is_program) {
    usage += " " + say("cli.help.usage-program");
  } else {
    usage += " " + app->get_name();
    for (const CLI::Option* option : app->get_options()) {
      if (!option->get_positional()) continue;
      // A positional is shown by its placeholder (ID), or by its name when its type says
      // nothing (PATH rather than TEXT).
      const std::string& type = option->get_type_name();
      std::string name = placeholder(type.empty() || type == "TEXT" ? option->get_name() : type);
      if (option->get_items_expected_max() > 1) name += "...";
      usage += " " + (option->get_required() ? name : "[" + name + "]");
      arguments += entry(name, option->get_description(), m_width);
    }
    usage += " " + say("cli.help.usage-options");
  }
  out += "\n" + render::wrap_hanging("", usage, m_width) + "\n";
  out += section(say("cli.help.arguments"), arguments);

  // The command's own options (--help first), then the program's.
  // `but` is the command whose own options are not listed again among the program's.
  const auto options_of = [this](const CLI::App& of, bool with_help_and_version,
                                 const CLI::App* but) {
    std::string entries;
    for (const CLI::Option* option : of.get_options()) {
      if (option->get_positional()) continue;
      if (is_help_or_version(*option) && !with_help_and_version) continue;
      if (but != nullptr && !option->get_lnames().empty() &&
          but->get_option_no_throw("--" + option->get_lnames().front()) != nullptr) {
        continue;
      }
      std::string description = option->get_description();
      if (option->check_lname("help")) description = render::message("cmd.any.help", m_language);
      if (option->check_lname("version"))
        description = render::message("cli.help.version", m_language);
      entries += entry(option_names(*option), description, m_width);
    }
    return entries;
  };
  if (is_program) {
    std::string commands;
    for (const CLI::App* command : app->get_subcommands([](const CLI::App*) { return true; })) {
      if (command->get_group().empty()) continue; // hidden
      commands += entry(command->get_name(), command->get_description(), m_width);
    }
    out += section(say("cli.help.commands"), commands);
    out += section(say("cli.help.global-options"), options_of(*app, true, nullptr));
  } else {
    out += section(say("cli.help.options"), options_of(*app, true, nullptr));
    out += section(say("cli.help.global-options-of-command"), options_of(*program, false, app));
  }
  if (!app->get_footer().empty()) out += "\n" + reflow(app->get_footer(), m_width);
  return out;
}

} // namespace advisor::cli
