// advisor list [--category C] [--status S] [--verdict V] [--format text|markdown|json]
#include <advisor/cli/choice.hpp>
#include <advisor/cli/commands.hpp>
#include <advisor/render/list/list.hpp>
#include <advisor/render/messages.hpp>

#include <CLI/CLI.hpp>
#include <memory>

namespace advisor::cli {
namespace {

struct ListOptions {
  std::string category;
  std::string status;
  std::string verdict;
  std::string format = "text";
};

void run_list(const ListOptions& options, Context& context) {
  // Every value is checked before the catalogue is read, so a typo never waits for it.
  render::ListFilter filter;
  filter.category = parse_choice<catalogue::Category>("--category", options.category);
  filter.status = parse_choice<catalogue::Status>("--status", options.status);
  filter.verdict = parse_choice<catalogue::Verdict>("--verdict", options.verdict);
  require_choice("--format", options.format, k_text_formats);
  require_language(context.language_flag);

  const auto entries = render::select_entries(context.catalogue(), filter);
  const Language language = context.language();
  if (options.format == "json") {
    context.out << render::render_list_json(entries);
  } else if (options.format == "markdown") {
    context.out << render::render_list_markdown(entries, language);
  } else {
    context.out << render::render_list_text(entries, language);
  }
  context.exit_code = 0;
}

} // namespace

void setup_list(CLI::App& app, Context& context) {
  auto options = std::make_shared<ListOptions>();
  const Language language = context.interface_language;
  auto* command = app.add_subcommand("list", render::message("cmd.list.description", language));
  command
      ->add_option("--category", options->category, render::message("cmd.list.category", language))
      ->type_name("video|phone|messenger|scheduling");
  command->add_option("--status", options->status, render::message("cmd.list.status", language))
      ->type_name("active|uncertain|discontinued");
  command->add_option("--verdict", options->verdict, render::message("cmd.list.verdict", language))
      ->type_name("recommended|acceptable|neutral|not-recommended|warned-against");
  command->add_option("--format", options->format, render::message("cmd.any.format", language))
      ->type_name("text|markdown|json");
  command
      ->add_option("--language", context.language_flag,
                   render::message("cmd.any.output-language", language))
      ->type_name("de|en");
  command->footer(render::message("cmd.list.footer", language));
  command->callback([options, &context] { run_list(*options, context); });
}

} // namespace advisor::cli
