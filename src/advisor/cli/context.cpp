#include <advisor/catalogue/diagnostic_messages.hpp>
#include <advisor/catalogue/load.hpp>
#include <advisor/cli/choice.hpp>
#include <advisor/cli/context.hpp>
#include <advisor/cli/say.hpp>
#include <advisor/cli/user_files.hpp>
#include <advisor/core/error.hpp>

#include <charconv>

#include <fmt/format.h>
#include <ostream>

namespace advisor::cli {

namespace {

std::string error_list(const std::string& heading, const Diagnostics& diagnostics) {
  std::string message = heading;
  for (const auto& diagnostic : diagnostics.all()) {
    if (diagnostic.severity != Severity::error) continue;
    message += '\n'; // appended apart: GCC 12 -O3 warns falsely on "\n" + string (-Wrestrict)
    message += catalogue::format_diagnostic(diagnostic, InterfaceLanguage::current());
  }
  return message;
}

} // namespace

Language Context::language() const {
  if (auto flag = parse_language(language_flag)) return *flag;
  if (auto language = config().language) return *language;
  return language_from_environment(environment);
}

void Context::choose_interface_language(const std::vector<std::string>& args) {
  // The value of `name` in args: "--name VALUE" or "--name=VALUE"; the last one counts.
  const auto value_of = [&args](std::string_view name) {
    std::optional<std::string> value;
    for (std::size_t i = 0; i < args.size() && args[i] != "--"; ++i) {
      if (args[i] == name && i + 1 < args.size()) {
        value = args[i + 1];
      } else if (args[i].starts_with(name) && args[i].size() > name.size() &&
                 args[i][name.size()] == '=') {
        value = args[i].substr(name.size() + 1);
      }
    }
    return value;
  };
  if (auto flag = value_of("--language"); flag && parse_language(*flag)) {
    interface_language = *parse_language(*flag);
    return;
  }
  if (auto file = value_of("--config")) config_file = *file;
  try {
    if (auto language = config().language) {
      interface_language = *language;
      return;
    }
  } catch (const std::exception&) {
    // Reported by the command that reads the file; the locale decides until then.
  }
  interface_language = language_from_environment(environment);
}

const catalogue::Config& Context::config() const {
  if (m_config) return *m_config;
  std::optional<std::filesystem::path> path;
  if (!config_file.empty()) {
    path = config_file;
  } else {
    path = user_config_file(environment);
  }
  if (!path) {
    m_config = std::make_shared<catalogue::Config>();
    return *m_config;
  }
  auto result = catalogue::read_config(catalogue::read_catalogue_file(*path), today());
  if (result.diagnostics.has_errors()) {
    throw Error(error_list(say("cli.error.config"), result.diagnostics));
  }
  m_config = std::make_shared<catalogue::Config>(std::move(result.config));
  return *m_config;
}

std::optional<int> Context::max_age_months() const {
  if (!max_age_flag.empty()) return parse_max_age(max_age_flag);
  return config().max_age_months;
}

int Context::stale_after(const catalogue::Catalogue& catalogue) const {
  if (auto months = max_age_months()) return *months;
  const auto& thresholds = catalogue.rules.thresholds;
  const auto rule = thresholds.find("stale_months");
  return rule != thresholds.end() ? rule->second : k_default_max_age;
}

std::vector<catalogue::Overlay> Context::read_overlays() const {
  std::vector<catalogue::Overlay> result;
  if (auto dir = user_overlay_dir(environment)) {
    result.push_back({dir->generic_string(), catalogue::read_catalogue_directory(*dir)});
  }
  for (const auto& dir : overlays) {
    result.push_back({dir, catalogue::read_catalogue_directory(dir)});
  }
  return result;
}

catalogue::CatalogueFiles Context::catalogue_files() const {
  if (catalogue_dir.empty()) return catalogue::CatalogueFiles(catalogue::builtin_catalogue_files());
  return catalogue::CatalogueFiles::listed_in(catalogue_dir);
}

render::TextStyle Context::text_style() const {
  render::TerminalFacts facts;
  facts.mode = render::parse_color_mode(color).value_or(render::ColorMode::automatic);
  facts.stdout_is_terminal = stdout_is_terminal;
  facts.no_color = environment("NO_COLOR");
  facts.term = environment("TERM");
  return {render::use_color(facts),
          render::terminal_width(environment("COLUMNS"), terminal_columns)};
}

Date Context::today() const {
  return advisor::today(environment("SOURCE_DATE_EPOCH"));
}

const catalogue::Catalogue& Context::catalogue() {
  if (m_catalogue) return *m_catalogue;
  if (catalogue_dir.empty()) {
    auto overlay_folders = read_overlays();
    if (overlay_folders.empty()) {
      // The built-in catalogue alone: its snapshot, checked when the binary was built. Not
      // owned: it lives as long as the process.
      m_catalogue = std::shared_ptr<const catalogue::Catalogue>(
          std::shared_ptr<const catalogue::Catalogue>(), &catalogue::read_builtin_catalogue());
      return *m_catalogue;
    }
    // Overlays are applied to the entries as read from YAML, so they need the built-in files.
    return loaded(catalogue_files(), overlay_folders);
  }
  auto files = catalogue_files();
  return loaded(files, read_overlays());
}

const catalogue::Catalogue& Context::loaded(const catalogue::CatalogueFiles& files,
                                            const std::vector<catalogue::Overlay>& folders) {
  auto result = catalogue::load_catalogue(files, folders, today());
  if (result.diagnostics.has_errors()) {
    throw Error(error_list(say("cli.error.catalogue"), result.diagnostics) + "\n" +
                say("cli.error.catalogue-hint"));
  }
  m_catalogue = std::make_shared<catalogue::Catalogue>(std::move(result.catalogue));
  return *m_catalogue;
}

} // namespace advisor::cli
