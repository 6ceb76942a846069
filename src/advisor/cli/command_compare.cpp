// advisor compare ID ID… [--format text|markdown|json] [--only-differences]
#include <advisor/cli/commands.hpp>
#include <advisor/cli/option_check.hpp>
#include <advisor/cli/unknown_id.hpp>
#include <advisor/core/error.hpp>
#include <advisor/core/suggest.hpp>
#include <advisor/render/compare/compare.hpp>

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
    throw UsageError("compare needs at least two ids, e.g. \"advisor compare signal threema\"\n"
                     "Run \"advisor list\" to see every id.");
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
  auto* command =
      app.add_subcommand("compare", "Show the facts of two or more tools or services side by side");
  command->add_option("id", options->ids, "Tools (signal) or services (jitsi-meet/ffmuc)")
      ->type_name("ID");
  command->add_option("--format", options->format, "Output format (default: text)")
      ->check(one_of("--format", {"text", "markdown", "json"}))
      ->type_name("text|markdown|json");
  command->add_flag("--only-differences", options->only_differences,
                    "Show only the rows where the values differ");
  command->footer("Examples:\n"
                  "  advisor compare signal threema telegram\n"
                  "  advisor compare talky jitsi-meet/ffmuc --only-differences\n"
                  "  advisor compare zoom alfaview --format markdown >vergleich.md\n\n"
                  "Rows marked \"*\" differ. The text table fits the terminal (or COLUMNS); each\n"
                  "value shows the date of its source. \"advisor show ID\" gives every source.");
  command->callback([options, &context] { run_compare(*options, context); });
}

} // namespace advisor::cli
