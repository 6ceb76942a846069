// advisor list [--category C] [--status S] [--verdict V] [--format text|markdown|json]
#include <advisor/cli/choice.hpp>
#include <advisor/cli/commands.hpp>
#include <advisor/render/list/list.hpp>

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
  auto* command = app.add_subcommand(
      "list", "List every tool and service: id, name, category, verdict and status");
  command->add_option("--category", options->category, "Only this category")
      ->type_name("video|phone|messenger|scheduling");
  command->add_option("--status", options->status, "Only entries with this current status")
      ->type_name("active|uncertain|discontinued");
  command->add_option("--verdict", options->verdict, "Only entries with this current verdict")
      ->type_name("recommended|acceptable|neutral|not-recommended|warned-against");
  command->add_option("--format", options->format, "Output format (default: text)")
      ->type_name("text|markdown|json");
  command
      ->add_option("--language", context.language_flag,
                   "Output language (default: LANGUAGE, LC_ALL, LC_MESSAGES, LANG, else en)")
      ->type_name("de|en");
  command->footer("Examples:\n"
                  "  advisor list\n"
                  "  advisor list --category phone\n"
                  "  advisor list --status discontinued --language de\n"
                  "  advisor list --verdict recommended --format markdown >empfohlen.md\n"
                  "  advisor list --format json\n\n"
                  "Filters compare the current (newest) verdict and status; a service has its\n"
                  "own.\n"
                  "Run \"advisor show ID\" for everything about one entry.");
  command->callback([options, &context] { run_list(*options, context); });
}

} // namespace advisor::cli
