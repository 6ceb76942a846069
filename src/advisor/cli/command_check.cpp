// advisor check [PATH…]: validate a catalogue and print every problem, one per line.
#include <advisor/catalogue/diagnostic_messages.hpp>
#include <advisor/catalogue/load.hpp>
#include <advisor/cli/commands.hpp>
#include <advisor/core/error.hpp>
#include <advisor/engine/rule_keys.hpp>
#include <advisor/render/messages.hpp>
#include <advisor/render/review/review.hpp>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <filesystem>
#include <fmt/format.h>
#include <set>

namespace advisor::cli {
namespace {

struct CheckOptions {
  std::vector<std::string> paths;
  bool stale = false;
};

// The catalogue that single files are checked against: --catalogue DIR, else the built-in one.
std::vector<catalogue::SourceFile> base_files(const Context& context) {
  if (context.catalogue_dir.empty()) return catalogue::builtin_catalogue_files();
  return catalogue::read_catalogue_directory(context.catalogue_dir);
}

// Loads `files`; returns every problem, those of rules.yaml's keys (checked by the engine, which
// knows which weights and thresholds it reads) included.
Diagnostics check_files(const catalogue::CatalogueFiles& files,
                        const std::vector<catalogue::Overlay>& overlays, const Date& today) {
  auto result = catalogue::load_catalogue(files, overlays, today);
  if (!result.catalogue.rules.where.file.empty()) {
    engine::validate_rules(result.catalogue.rules, result.diagnostics);
  }
  return std::move(result.diagnostics);
}

// Puts `file` into `files` in place of the file with the same catalogue name, or adds it.
void replace_or_add(std::vector<catalogue::SourceFile>& files, catalogue::SourceFile file) {
  if (const auto name = catalogue::catalogue_name(file.path)) {
    const auto same = std::find_if(files.begin(), files.end(), [&](const auto& candidate) {
      return catalogue::catalogue_name(candidate.path) == name;
    });
    if (same != files.end()) {
      *same = std::move(file);
      return;
    }
  }
  files.push_back(std::move(file));
}

// "3 files", "1 error": the message "cmd.check.<what>.one" or ".many" for `n`.
std::string count(std::size_t n, std::string_view what, Language language) {
  const std::string key = fmt::format("cmd.check.{}.{}", what, n == 1 ? "one" : "many");
  return render::message(key, language, {{"count", std::to_string(n)}});
}

std::string summary(std::size_t files, std::size_t errors, std::size_t warnings,
                    Language language) {
  std::string found;
  if (errors == 0 && warnings == 0) {
    found = render::message("cmd.check.no-problems", language);
  } else if (errors > 0 && warnings > 0) {
    found = render::message("cmd.check.found.both", language,
                            {{"errors", count(errors, "errors", language)},
                             {"warnings", count(warnings, "warnings", language)}});
  } else {
    found = errors > 0 ? count(errors, "errors", language) : count(warnings, "warnings", language);
  }
  return render::message("cmd.check.summary", language,
                         {{"files", count(files, "files", language)}, {"found", found}});
}

// True when `files` look like an overlay rather than a catalogue: no categories.yaml, no
// rules.yaml.
bool looks_like_overlay(const catalogue::CatalogueFiles& files) {
  for (std::size_t i = 0; i < files.size(); ++i) {
    const auto name = catalogue::catalogue_name(files.path(i));
    if (name == "categories.yaml" || name == "rules.yaml") return false;
  }
  return true;
}

// Lists the entries due for review in the catalogue in use.
void run_stale(const CheckOptions& options, Context& context) {
  if (!options.paths.empty()) {
    throw UsageError(render::message("cmd.check.stale.paths", context.interface_language));
  }
  const auto& catalogue = context.catalogue();
  const int max_age = context.stale_after(catalogue);
  const auto items = render::entries_due(catalogue, context.today(), max_age);
  context.out << render::render_review_text(catalogue, items, context.today(), max_age,
                                            context.language());
  context.exit_code = 0;
}

void run_check(const CheckOptions& options, Context& context) {
  if (options.stale) {
    run_stale(options, context);
    return;
  }
  Diagnostics all;
  std::size_t file_count = 0;
  std::vector<catalogue::SourceFile> singles;
  std::vector<std::string> hints;
  for (const auto& path : options.paths) {
    std::error_code error;
    if (std::filesystem::is_directory(path, error)) {
      // Read one file at a time by the loader: a large folder is never all in memory.
      const auto files = catalogue::CatalogueFiles::listed_in(path);
      file_count += files.size();
      all.append(check_files(files, {}, context.today()));
      if (files.size() > 0 && looks_like_overlay(files)) {
        hints.push_back(
            render::message("cmd.check.overlay-hint", context.language(), {{"path", path}}));
      }
    } else {
      singles.push_back(catalogue::read_catalogue_file(path));
    }
  }
  if (options.paths.empty()) {
    // The catalogue in use: the built-in one (or --catalogue DIR) with every overlay.
    const auto files = context.catalogue_files();
    const auto overlays = context.read_overlays();
    file_count = files.size();
    for (const auto& overlay : overlays)
      file_count += overlay.files.size();
    all = check_files(files, overlays, context.today());
  } else if (!singles.empty()) {
    // Single files are checked in the context of the whole catalogue; only their own problems
    // are shown.
    auto files = base_files(context);
    std::set<std::string> shown;
    for (auto& file : singles) {
      shown.insert(file.path);
      replace_or_add(files, std::move(file));
    }
    file_count += shown.size();
    const Diagnostics diagnostics =
        check_files(catalogue::CatalogueFiles(std::move(files)), {}, context.today());
    for (const auto& diagnostic : diagnostics.all()) {
      if (shown.count(diagnostic.where.file) > 0) all.add(diagnostic);
    }
  }
  all.sort();
  for (const auto& diagnostic : all.all()) {
    context.out << catalogue::format_diagnostic(diagnostic, context.language()) << '\n';
  }
  for (const auto& hint : hints)
    context.out << hint << '\n';
  context.out << summary(file_count, all.error_count(), all.warning_count(), context.language())
              << '\n';
  context.exit_code = all.has_errors() ? 1 : 0;
}

} // namespace

void setup_check(CLI::App& app, Context& context) {
  auto options = std::make_shared<CheckOptions>();
  const Language language = context.interface_language;
  auto* command = app.add_subcommand("check", render::message("cmd.check.description", language));
  // A function rather than a bound vector: GCC 12 warns falsely (-Wnull-dereference) inside
  // CLI11's split() for the bound form.
  command->add_option_function<std::vector<std::string>>(
      "PATH", [options](const std::vector<std::string>& paths) { options->paths = paths; },
      render::message("cmd.check.path", language));
  command->add_flag("--stale", options->stale, render::message("cmd.check.stale", language));
  command->footer(render::message("cmd.check.footer", language));
  command->callback([options, &context] { run_check(*options, context); });
}

} // namespace advisor::cli
