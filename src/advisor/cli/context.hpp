#pragma once
// What every command gets: streams, environment, global options, and the catalogue (loaded once).

#include <advisor/catalogue/config.hpp>
#include <advisor/catalogue/load.hpp>
#include <advisor/catalogue/model.hpp>
#include <advisor/core/date.hpp>
#include <advisor/core/language.hpp>
#include <advisor/render/terminal.hpp>

#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace advisor::cli {

// Months after which advice counts as stale when nothing says otherwise.
inline constexpr int k_default_max_age = 24;

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
  // Set once "cannot write to standard output" has been said, so that it is said only once.
  bool stdout_failure_reported = false;
  std::optional<std::size_t> terminal_columns; // width of the terminal on stdout, when it is one

  // Global options.
  std::string catalogue_dir;         // --catalogue DIR; empty = built-in
  std::vector<std::string> overlays; // --overlay DIR (repeatable)
  std::string language_flag;         // --language de|en; empty = from the environment
  std::string color = "auto";        // --color auto|always|never
  std::string config_file;           // --config FILE; empty = $XDG_CONFIG_HOME/advisor/config.yaml
  std::string max_age_flag;          // --max-age MONTHS; empty = config file, else rules.yaml
  int exit_code = 0;                 // set by the command that ran

  // The language of help texts, errors and hints: chosen like language() before the options are
  // parsed (see choose_interface_language), so that the help of every option can be written in it.
  Language interface_language = Language::en;

  // Looks for --language and --config in `args` (before CLI11 parses them) and sets
  // interface_language as language() would choose it; a configuration file that cannot be read
  // is passed over here (the command reports it), as is a --language value that is not known.
  void choose_interface_language(const std::vector<std::string>& args);

  // The output language: --language, else the configuration file's `language` (a setting the
  // user wrote into the advisor's own file wins over a locale inherited from the system), else
  // LANGUAGE/LC_ALL/LC_MESSAGES/LANG, else English. Throws like config().
  Language language() const;

  // The configuration file (--config FILE, else config.yaml in the user's config folder when it
  // exists), read on first use; an empty Config without one. Throws Error listing every problem
  // (file:line:col) when it is broken, and when --config names a file that cannot be read.
  const catalogue::Config& config() const;

  // Months after which advice counts as stale: --max-age, else the configuration file's
  // max_age_months; nullopt = the catalogue's rules.yaml (stale_months). Throws UsageError for a
  // bad --max-age.
  std::optional<int> max_age_months() const;

  // max_age_months(), else the catalogue's stale_months threshold, else k_default_max_age.
  int stale_after(const catalogue::Catalogue& catalogue) const;

  // The overlay folders in use, in the order they apply: the user's (config folder/catalogue)
  // when it exists, then each --overlay. Throws Error when one cannot be read.
  std::vector<catalogue::Overlay> read_overlays() const;

  // The files of the catalogue in use, overlays apart: --catalogue DIR (listed, read one at a time
  // by the loader), else the built-in files. Throws Error when the folder cannot be read.
  catalogue::CatalogueFiles catalogue_files() const;

  // Colour and line width for text output: --color, NO_COLOR, TERM, COLUMNS, the terminal.
  render::TextStyle text_style() const;

  // Today: SOURCE_DATE_EPOCH from the environment when set, else the clock.
  Date today() const;

  // Returns the catalogue, loading it on first use (warnings are for `check` only); throws Error
  // (exit 1) listing every error when the catalogue is broken.
  const catalogue::Catalogue& catalogue();

private:
  // Loads `files` with the overlay `folders` into m_catalogue; throws as catalogue() does.
  const catalogue::Catalogue& loaded(const catalogue::CatalogueFiles& files,
                                     const std::vector<catalogue::Overlay>& folders);

  std::shared_ptr<const catalogue::Catalogue> m_catalogue;
  mutable std::shared_ptr<catalogue::Config> m_config;
};

} // namespace advisor::cli
