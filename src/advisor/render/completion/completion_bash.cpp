// The bash completion script. Self-contained: it needs bash only, not the bash-completion
// package, and works whether that package is loaded or not.
#include <advisor/render/completion/completion.hpp>

#include <algorithm>
#include <fmt/format.h>

namespace advisor::render {
namespace {

std::string join(const std::vector<std::string>& words, std::string_view separator) {
  return fmt::format("{}", fmt::join(words, separator));
}

// Bash code that fills COMPREPLY with the values of `argument` that start with $cur.
std::string value_code(const CompletionArgument& argument) {
  switch (argument.value) {
  case ValueKind::choices:
    return fmt::format("COMPREPLY=($(compgen -W {} -- \"$cur\"))",
                       shell_quote(join(argument.choices, " ")));
  case ValueKind::ids:
    return "COMPREPLY=($(compgen -W \"$(_advisor_ids)\" -- \"$cur\"))";
  case ValueKind::files:
    return "compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- \"$cur\"))";
  case ValueKind::directories:
    return "compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -d -- \"$cur\"))";
  case ValueKind::none:
  case ValueKind::text:
    break;
  }
  return "COMPREPLY=()";
}

std::vector<std::string> option_names(const std::vector<CompletionArgument>& options,
                                      bool with_value_only) {
  std::vector<std::string> names;
  for (const auto& option : options) {
    if (with_value_only && option.value == ValueKind::none) continue;
    names.insert(names.end(), option.names.begin(), option.names.end());
  }
  return names;
}

// A `case` pattern matching any of `names` (a pattern matching nothing when empty).
std::string pattern(const std::vector<std::string>& names) {
  return names.empty() ? std::string("__advisor_none__") : join(names, "|");
}

std::string takes_value_function(const CompletionSpec& spec) {
  std::string out = "# Succeeds when option $2 takes a value (in command $1, or anywhere).\n"
                    "_advisor_takes_value() {\n  case \"$1 $2\" in\n";
  for (const auto& command : spec.commands) {
    for (const auto& name : option_names(command.options, true)) {
      out += fmt::format("    {}) return 0 ;;\n", shell_quote(command.name + " " + name));
    }
  }
  out += "  esac\n  case $2 in\n";
  out += fmt::format("    {}) return 0 ;;\n", pattern(option_names(spec.global_options, true)));
  out += "  esac\n  return 1\n}\n\n";
  return out;
}

std::string value_function(const CompletionSpec& spec) {
  std::string out = "# Completes the value of option $2 in command $1.\n"
                    "_advisor_value() {\n  case \"$1 $2\" in\n";
  for (const auto& command : spec.commands) {
    for (const auto& option : command.options) {
      for (const auto& name : option.names) {
        if (option.value == ValueKind::none) continue;
        out += fmt::format("    {}) {} ;;\n", shell_quote(command.name + " " + name),
                           value_code(option));
      }
    }
  }
  for (const auto& option : spec.global_options) {
    for (const auto& name : option.names) {
      if (option.value == ValueKind::none) continue;
      out += fmt::format("    *{}) {} ;;\n", shell_quote(" " + name), value_code(option));
    }
  }
  out += "    *) COMPREPLY=() ;;\n  esac\n}\n\n";
  return out;
}

std::string options_function(const CompletionSpec& spec) {
  std::string out = "# Completes the options of command $1.\n"
                    "_advisor_options() {\n  local words\n  case $1 in\n";
  for (const auto& command : spec.commands) {
    out += fmt::format("    {}) words={} ;;\n", shell_quote(command.name),
                       shell_quote(join(option_names(options_after(spec, command), false), " ")));
  }
  out += fmt::format("    *) words={} ;;\n  esac\n",
                     shell_quote(join(option_names(spec.global_options, false), " ")));
  out += "  COMPREPLY=($(compgen -W \"$words\" -- \"$cur\"))\n}\n\n";
  return out;
}

std::string positional_function(const CompletionSpec& spec) {
  std::string out = "# Completes positional argument number $2 (from 0) of command $1.\n"
                    "_advisor_positional() {\n  case $1 in\n";
  for (const auto& command : spec.commands) {
    if (command.positionals.empty()) continue;
    out += fmt::format("    {})\n      case $2 in\n", shell_quote(command.name));
    for (std::size_t i = 0; i < command.positionals.size(); ++i) {
      const auto& positional = command.positionals[i];
      const bool last = positional.repeatable || i + 1 == command.positionals.size();
      out += fmt::format("        {}) {} ;;\n",
                         positional.repeatable ? std::string("*") : std::to_string(i),
                         value_code(positional));
      if (last) break;
    }
    out += "      esac ;;\n";
  }
  out += "  esac\n}\n\n";
  return out;
}

constexpr std::string_view k_ids_function =
    R"script(# Prints every id, asking the advisor itself with the global options typed so far, so that
# --catalogue and overlays count.
_advisor_ids() {
  local -a args=()
  local i=1 word value
  while ((i < COMP_CWORD)); do
    word=${COMP_WORDS[i]}
    case $word in
      {GLOBALS})
        [[ ${COMP_WORDS[i + 1]} == = ]] && i=$((i + 1))
        if ((i + 1 < COMP_CWORD)); then
          value=${COMP_WORDS[i + 1]}
          [[ $value == "~/"* ]] && value=$HOME/${value#"~/"}
          args+=("$word" "$value")
        fi
        i=$((i + 1)) ;;
    esac
    i=$((i + 1))
  done
  "${COMP_WORDS[0]}" "${args[@]}" {IDS} 2>/dev/null
}

)script";

constexpr std::string_view k_main_function = R"script(_advisor() {
  local cur=${COMP_WORDS[COMP_CWORD]} prev="" command="" word i=1 skip=0 positional=0
  COMPREPLY=()
  ((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
  # Bash splits "--option=value" at "=": complete the value after it.
  if [[ $cur == = ]]; then
    cur=""
  elif [[ $prev == = ]] && ((COMP_CWORD > 1)); then
    prev=${COMP_WORDS[COMP_CWORD - 2]}
  fi
  while ((i < COMP_CWORD)); do
    word=${COMP_WORDS[i]}
    i=$((i + 1))
    if ((skip)); then
      [[ $word == = ]] || skip=0
      continue
    fi
    case $word in
      -*) _advisor_takes_value "$command" "$word" && skip=1 ;;
      *)
        if [[ -z $command ]]; then
          command=$word
        else
          positional=$((positional + 1))
        fi ;;
    esac
  done
  if ((skip)) && _advisor_takes_value "$command" "$prev"; then
    _advisor_value "$command" "$prev"
    return 0
  fi
  if [[ -z $command ]]; then
    if [[ $cur == -* ]]; then
      _advisor_options ""
    else
      COMPREPLY=($(compgen -W {COMMANDS} -- "$cur"))
    fi
    return 0
  fi
  if [[ $cur == -* ]]; then
    _advisor_options "$command"
  else
    _advisor_positional "$command" "$positional"
  fi
  return 0
}

complete -F _advisor {PROGRAM}
)script";

} // namespace

std::string replace_all(std::string text, std::string_view from, std::string_view to) {
  for (auto pos = text.find(from); pos != std::string::npos;
       pos = text.find(from, pos + to.size())) {
    text.replace(pos, from.size(), to);
  }
  return text;
}

std::vector<CompletionArgument> options_after(const CompletionSpec& spec,
                                              const CompletionCommand& command) {
  std::vector<CompletionArgument> options = command.options;
  for (const auto& global : spec.global_options) {
    bool reused = false;
    for (const auto& own : command.options) {
      for (const auto& name : global.names) {
        reused = reused || std::find(own.names.begin(), own.names.end(), name) != own.names.end();
      }
    }
    if (!reused) options.push_back(global);
  }
  return options;
}

std::string shell_quote(std::string_view text) {
  return "'" + replace_all(std::string(text), "'", "'\\''") + "'";
}

std::string render_bash_completion(const CompletionSpec& spec) {
  std::vector<std::string> commands;
  for (const auto& command : spec.commands)
    commands.push_back(command.name);
  std::string out =
      fmt::format("# bash completion for {0}\n"
                  "# Generated by \"{0} completion bash\". Install it as\n"
                  "# /usr/share/bash-completion/completions/{0}, or add to ~/.bashrc:\n"
                  "#   source <({0} completion bash)\n\n",
                  spec.program);
  out += replace_all(replace_all(std::string(k_ids_function), "{GLOBALS}",
                                 pattern(option_names(spec.global_options, true))),
                     "{IDS}", spec.ids_command);
  out += takes_value_function(spec);
  out += value_function(spec);
  out += options_function(spec);
  out += positional_function(spec);
  out += replace_all(
      replace_all(std::string(k_main_function), "{COMMANDS}", shell_quote(join(commands, " "))),
      "{PROGRAM}", spec.program);
  return out;
}

} // namespace advisor::render
