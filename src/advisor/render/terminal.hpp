#pragma once
// Terminal output: whether to colour, how wide a line may be, and UTF-8 aware wrapping.
//
// How a text renderer uses it (the cli layer decides, the renderer only follows):
//
//   const render::TextStyle style = context.text_style();        // cli: from flags and env
//   out += style.apply(heading, render::Emphasis::heading) + "\n";
//   out += render::wrap(paragraph, style.width, 2) + "\n";        // every line indented by 2
//   out += render::wrap_hanging("- ", item, style.width) + "\n";  // "- " then aligned lines
//
// Rules (clig.dev, no-color.org): `--color always|never` wins; with `auto` (the default) there is
// colour only when standard output is a terminal, NO_COLOR is unset or empty, and TERM is not
// "dumb". The width is COLUMNS when it is a positive number, else the terminal's width, else 80.
// Machine formats (json, markdown, html) never use a TextStyle with colour.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace advisor::render {

// The `--color` setting.
enum class ColorMode { automatic, always, never };

// Parses "auto", "always" or "never"; nullopt otherwise.
std::optional<ColorMode> parse_color_mode(std::string_view text);

// The spellings of the colour modes, for help, "did you mean" and completion.
std::vector<std::string> color_mode_names();

// What colour decision depends on; every field is a plain input so the decision is testable.
struct TerminalFacts {
  ColorMode mode = ColorMode::automatic;
  bool stdout_is_terminal = false;
  std::optional<std::string> no_color; // the NO_COLOR variable, nullopt when unset
  std::optional<std::string> term;     // the TERM variable, nullopt when unset
};

// Returns true when output may contain ANSI colour escapes (see the rules above).
bool use_color(const TerminalFacts& facts);

// Returns the line width in display columns: `columns` (the COLUMNS variable) when it is a
// positive whole number, else `terminal_columns` (from the terminal) when known and positive,
// else 80. Never less than k_min_width.
std::size_t terminal_width(const std::optional<std::string>& columns,
                           std::optional<std::size_t> terminal_columns);

// Narrowest width text is wrapped to, whatever COLUMNS says.
inline constexpr std::size_t k_min_width = 20;
// Width when nothing says otherwise.
inline constexpr std::size_t k_default_width = 80;

// Kinds of emphasis a text renderer may ask for.
enum class Emphasis { bold, heading, dim, good, warning, bad };

// How to print text on this output: colour or not, and the line width.
struct TextStyle {
  bool color = false;
  std::size_t width = k_default_width;

  // Returns `text` wrapped in ANSI escapes for `emphasis` when colour is on, else `text` as is.
  std::string apply(std::string_view text, Emphasis emphasis) const;
};

// Returns the number of terminal columns `text` (UTF-8) takes: one per character ("ä" is one),
// two for wide East Asian characters and emoji, none for combining marks and ANSI escapes.
// Invalid UTF-8 bytes count one column each.
std::size_t display_width(std::string_view text);

// Splits `text` into lines of at most `width` display columns, breaking at spaces. Newlines in
// `text` are kept as line breaks. A word longer than `width` stays whole on a line of its own,
// unless `split_long_words` is true, then it is cut at a character boundary (for table cells).
std::vector<std::string> wrap_lines(std::string_view text, std::size_t width,
                                    bool split_long_words = false);

// Returns `text` wrapped to `width` columns with every line indented by `indent` spaces; lines are
// joined by "\n" without a final newline.
std::string wrap(std::string_view text, std::size_t width, std::size_t indent = 0);

// Returns `text` wrapped to `width` columns, the first line starting with `prefix` ("- ", "3. ")
// and the following lines indented by the prefix's display width; no final newline.
std::string wrap_hanging(std::string_view prefix, std::string_view text, std::size_t width);

// Returns `text` with every line wider than `width` wrapped; the following lines are indented to
// where the line's value starts: after its leading spaces, or after a label and the run of two or
// more spaces that pads it ("Operator        Freifunk München …"). For label-and-value layouts
// such as `show`; lines that fit are kept as they are.
std::string wrap_long_lines(std::string_view text, std::size_t width);

// Returns `text` shortened to at most `width` display columns, ending in "…" when cut.
std::string truncate(std::string_view text, std::size_t width);

} // namespace advisor::render
