// advisor show ID [--format text|markdown|json] [--language de|en]
#include <advisor/cli/choice.hpp>
#include <advisor/cli/commands.hpp>
#include <advisor/cli/unknown_id.hpp>
#include <advisor/core/error.hpp>
#include <advisor/core/suggest.hpp>
#include <advisor/render/entry/entry.hpp>
#include <advisor/render/terminal.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <memory>

namespace advisor::cli {
namespace {

struct ShowOptions {
  std::string id;
  std::string format = "text";
};

void run_show(const ShowOptions& options, Context& context) {
  if (options.id.empty()) {
    throw UsageError("which tool or service? Give its id, e.g. \"advisor show talky\"\n"
                     "Run \"advisor list\" to see every id.");
  }
  require_choice("--format", options.format, k_text_formats);
  require_language(context.language_flag);
  const catalogue::Catalogue& catalogue = context.catalogue();
  const catalogue::Entry* entry = catalogue.find(options.id);
  if (entry == nullptr) {
    throw unknown_id(options.id, catalogue);
  }
  const Language language = context.language();
  const render::Staleness staleness{context.today(), context.stale_after(catalogue)};
  if (options.format == "json") {
    context.out << render::render_entry_json(catalogue, *entry, language, staleness);
  } else if (options.format == "markdown") {
    context.out << render::render_entry_markdown(catalogue, *entry, language, staleness);
  } else {
    context.out << render::wrap_long_lines(
        render::render_entry_text(catalogue, *entry, language, staleness),
        context.text_style().width);
  }
  context.exit_code = 0;
}

} // namespace

void setup_show(CLI::App& app, Context& context) {
  auto options = std::make_shared<ShowOptions>();
  auto* command = app.add_subcommand(
      "show", "Show everything known about one tool or service, with sources and dates");
  command->add_option("id", options->id, "A tool (talky) or a service (jitsi-meet/ffmuc)")
      ->type_name("ID");
  command->add_option("--format", options->format, "Output format (default: text)")
      ->type_name("text|markdown|json");
  command
      ->add_option("--language", context.language_flag,
                   "Output language (default: LANGUAGE, LC_ALL, LC_MESSAGES, LANG, else en)")
      ->type_name("de|en");
  command->footer("Examples:\n"
                  "  advisor show talky\n"
                  "  advisor show talky --language de\n"
                  "  advisor show jitsi-meet/ffmuc\n"
                  "  advisor show blizz --format markdown >blizz.md\n"
                  "  advisor show threema --format json\n\n"
                  "Every fact is shown with its source, date and confidence; where a later\n"
                  "source corrected an earlier one, \"what changed\" says when. Sources are\n"
                  "listed at the end. Run \"advisor list\" for every id.");
  command->callback([options, &context] { run_show(*options, context); });
}

} // namespace advisor::cli
