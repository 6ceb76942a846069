#include <advisor/catalogue/load.hpp>
#include <advisor/cli/context.hpp>
#include <advisor/core/error.hpp>

#include <fmt/format.h>
#include <ostream>

namespace advisor::cli {

Language Context::language() const {
  if (auto flag = parse_language(language_flag)) return *flag;
  return language_from_environment(environment);
}

render::TextStyle Context::text_style() const {
  render::TerminalFacts facts;
  facts.mode = render::parse_color_mode(color).value_or(render::ColorMode::automatic);
  facts.stdout_is_terminal = stdout_is_terminal;
  facts.no_color = environment("NO_COLOR");
  facts.term = environment("TERM");
  return {render::use_color(facts), render::terminal_width(environment("COLUMNS"), terminal_columns)};
}

Date Context::today() const { return advisor::today(environment("SOURCE_DATE_EPOCH")); }

const catalogue::Catalogue& Context::catalogue() {
  if (m_catalogue) return *m_catalogue;
  auto files = catalogue_dir.empty() ? catalogue::builtin_catalogue_files()
                                     : catalogue::read_catalogue_directory(catalogue_dir);
  auto result = catalogue::load_catalogue(files, today());
  if (result.diagnostics.has_errors()) {
    std::string message = "the catalogue has errors:";
    for (const auto& diagnostic : result.diagnostics.all()) {
      if (diagnostic.severity == Severity::error) message += "\n" + format_diagnostic(diagnostic);
    }
    throw Error(message + "\n(run \"advisor check\" for details)");
  }
  m_catalogue = std::make_shared<catalogue::Catalogue>(std::move(result.catalogue));
  return *m_catalogue;
}

} // namespace advisor::cli
