#pragma once
// What every command gets: streams, environment, global options, and the catalogue (loaded once).

#include <advisor/catalogue/model.hpp>
#include <advisor/core/date.hpp>
#include <advisor/core/language.hpp>
#include <advisor/render/terminal.hpp>

#include <iosfwd>
#include <utility>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace advisor::cli {

struct Context {
  Context(std::ostream& out_stream, std::ostream& err_stream, std::istream& in_stream,
          Environment env)
      : out(out_stream), err(err_stream), in(in_stream), environment(std::move(env)) {}

  std::ostream& out;
  std::ostream& err;
  std::istream& in;
  Environment environment;
  bool stdin_is_terminal = false;
  bool stdout_is_terminal = false;
  std::optional<std::size_t> terminal_columns; // width of the terminal on stdout, when it is one

  // Global options.
  std::string catalogue_dir;         // --catalogue DIR; empty = built-in
  std::vector<std::string> overlays; // --overlay DIR (repeatable)
  std::string language_flag;         // --language de|en; empty = from the environment
  std::string color = "auto";        // --color auto|always|never
  int exit_code = 0;                 // set by the command that ran

  // The output language: --language, else LANGUAGE/LC_ALL/LC_MESSAGES/LANG, else English.
  Language language() const;

  // Colour and line width for text output: --color, NO_COLOR, TERM, COLUMNS, the terminal.
  render::TextStyle text_style() const;

  // Today: SOURCE_DATE_EPOCH from the environment when set, else the clock.
  Date today() const;

  // Returns the catalogue, loading it on first use (warnings are for `check` only); throws Error
  // (exit 1) listing every error when the catalogue is broken.
  const catalogue::Catalogue& catalogue();

private:
  std::shared_ptr<catalogue::Catalogue> m_catalogue;
};

} // namespace advisor::cli
