#pragma once
// Shell completion scripts (bash, zsh, fish) from a description of the command line.
// The cli layer builds the CompletionSpec by walking its CLI11 app, so a new command or option
// appears in the scripts without a second list. Ids are not in the scripts: the scripts ask
// `advisor … __complete-ids` at completion time, so overlays and --catalogue count.

#include <string>
#include <string_view>
#include <vector>

namespace advisor::render {

// What the value of an option or positional argument is, for completion.
enum class ValueKind {
  none,        // a flag: takes no value
  text,        // free text: nothing to complete
  choices,     // one of CompletionArgument::choices
  ids,         // a tool or service id, asked from the advisor at completion time
  files,       // a file name
  directories, // a directory name
};

// An option (`names` like "-o", "--output") or a positional argument (`names` empty).
struct CompletionArgument {
  std::vector<std::string> names;
  std::string value_name; // "DIR", "ID"; for positionals the argument's name
  std::string description;
  ValueKind value = ValueKind::none;
  std::vector<std::string> choices;
  bool repeatable = false; // a positional that takes several values, an option given often
};

struct CompletionCommand {
  std::string name;
  std::string description;
  std::vector<CompletionArgument> options;
  std::vector<CompletionArgument> positionals; // in order
};

struct CompletionSpec {
  std::string program = "advisor";
  std::string ids_command = "__complete-ids"; // hidden command printing one id per line
  std::vector<CompletionArgument> global_options;
  std::vector<CompletionCommand> commands;
};

// Returns the options valid after `command`: its own, then the global ones whose names it does
// not reuse (global options may follow the command).
std::vector<CompletionArgument> options_after(const CompletionSpec& spec,
                                              const CompletionCommand& command);

// Each returns a complete completion script for the shell in its name.
std::string render_bash_completion(const CompletionSpec& spec);
std::string render_zsh_completion(const CompletionSpec& spec);
std::string render_fish_completion(const CompletionSpec& spec);

// Returns `text` with every `from` replaced by `to` (for filling in script templates).
std::string replace_all(std::string text, std::string_view from, std::string_view to);

// Returns `text` quoted for a POSIX shell in single quotes ('it'\''s').
std::string shell_quote(std::string_view text);

} // namespace advisor::render
