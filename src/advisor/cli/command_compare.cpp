// advisor compare ID ID… [--format text|markdown|json] [--only-differences]
#include <advisor/cli/commands.hpp>
#include <advisor/cli/option_check.hpp>
#include <advisor/cli/unknown_id.hpp>
#include <advisor/core/error.hpp>
#include <advisor/core/suggest.hpp>
#include <advisor/render/compare/compare.hpp>
#include <advisor/render/messages.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <memory>

namespace advisor::cli {
namespace {

struct CompareOptions {
  std::vector<std::string> ids;
  std::string format = "text";
  bool only_differences = false;
};

void run_compare(const CompareOptions& options, Context& context) {
  if (options.ids.size() < 2) {
    throw UsageError(render::message("cmd.compare.too-few", context.interface_language));
  }
  const catalogue::Catalogue& catalogue = context.catalogue();
  std::vector<const catalogue::Entry*> entries;
  for (const auto& id : options.ids) {
    entries.push_back(&find_entry(catalogue, id));
  }
  auto table = render::compare_entries(catalogue, entries);
  if (options.only_differences) table = render::only_differences(std::move(table));
  const Language language = context.language();
  if (options.format == "json") {
    context.out << render::render_compare_json(table, language);
  } else if (options.format == "markdown") {
    context.out << render::render_compare_markdown(table, language);
  } else {
    context.out << render::render_compare_text(table, language, context.text_style());
  }
  context.exit_code = 0;
}

} // namespace

void setup_compare(CLI::App& app, Context& context) {
  auto options = std::make_shared<CompareOptions>();
  const Language language = context.interface_language;
  auto* command =
      app.add_subcommand("compare", render::message("cmd.compare.description", language));
  command->add_option("id", options->ids, render::message("cmd.compare.id", language))
      ->type_name("ID");
  command->add_option("--format", options->format, render::message("cmd.any.format", language))
      ->check(one_of("--format", {"text", "markdown", "json"}))
      ->type_name("text|markdown|json");
  command->add_flag("--only-differences", options->only_differences,
                    render::message("cmd.compare.only-differences", language));
  command->footer(render::message("cmd.compare.footer", language));
  command->callback([options, &context] { run_compare(*options, context); });
}

} // namespace advisor::cli
