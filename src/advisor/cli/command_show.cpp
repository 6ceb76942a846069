// advisor show ID [--format text|markdown|json] [--language de|en]
#include <advisor/cli/choice.hpp>
#include <advisor/cli/commands.hpp>
#include <advisor/cli/unknown_id.hpp>
#include <advisor/core/error.hpp>
#include <advisor/core/suggest.hpp>
#include <advisor/render/entry/entry.hpp>
#include <advisor/render/messages.hpp>
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
    throw UsageError(render::message("cmd.show.missing-id", context.interface_language));
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
  const Language language = context.interface_language;
  auto* command = app.add_subcommand("show", render::message("cmd.show.description", language));
  command->add_option("id", options->id, render::message("cmd.show.id", language))->type_name("ID");
  command->add_option("--format", options->format, render::message("cmd.any.format", language))
      ->type_name("text|markdown|json");
  command
      ->add_option("--language", context.language_flag,
                   render::message("cmd.any.output-language", language))
      ->type_name("de|en");
  command->footer(render::message("cmd.show.footer", language));
  command->callback([options, &context] { run_show(*options, context); });
}

} // namespace advisor::cli
