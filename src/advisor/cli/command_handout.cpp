// advisor handout: a printable document for a group, for one service or the best for a query.
#include <advisor/cli/commands.hpp>
#include <advisor/cli/document_options.hpp>
#include <advisor/cli/output_file.hpp>
#include <advisor/core/error.hpp>
#include <advisor/render/handout.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <memory>

namespace advisor::cli {
namespace {

struct HandoutOptions {
  std::string id;
  std::string audience = "participant";
  std::string format;
  std::string output;
  render::Footer footer;
  CLI::Option* date_option = nullptr;
  std::string date;
};

std::optional<Date> handout_date(const HandoutOptions& options, const Context& context) {
  if (options.date_option == nullptr || options.date_option->count() == 0) return std::nullopt;
  if (options.date.empty()) return context.today();
  if (auto date = parse_date(options.date); date && date->day > 0) return date;
  throw UsageError(fmt::format("--date: \"{}\" is not a date like 2026-12-01", options.date));
}

// The footer: each part from its flag, else from the configuration file's organisation.
render::Footer footer_of(const render::Footer& flags, const catalogue::Organisation& file) {
  render::Footer footer = flags;
  if (footer.name.empty()) footer.name = file.name;
  if (footer.contact.empty()) footer.contact = file.contact;
  if (footer.address.empty()) footer.address = file.address;
  return footer;
}

void run_handout(const HandoutOptions& options, Context& context) {
  const auto audience = parse_audience(options.audience);
  const auto format = parse_document_format(options.format, options.output, DocumentFormat::html);
  const auto date = handout_date(options, context);
  const auto& catalogue = context.catalogue();
  if (options.id.empty()) {
    throw UsageError("say which service the handout is for: --id ID (for example --id talky)");
  }
  const auto& entry = find_entry(catalogue, options.id);
  const auto view =
      render::make_handout_view(catalogue, entry, audience, context.today(),
                                footer_of(options.footer, context.config().organisation), date);
  const Language language = context.language();
  std::string document;
  switch (format) {
  case DocumentFormat::text: document = render::render_handout_text(view, language); break;
  case DocumentFormat::markdown: document = render::render_handout_markdown(view, language); break;
  case DocumentFormat::html: document = render::render_handout_html(view, language); break;
  }
  write_output(context, options.output, document);
  context.exit_code = 0;
}

} // namespace

void setup_handout(CLI::App& app, Context& context) {
  auto options = std::make_shared<HandoutOptions>();
  auto* command = app.add_subcommand(
      "handout", "A printable handout for a group: steps, tips and your organisation's footer");
  command->add_option("--id", options->id, "The tool or service the handout is for")
      ->type_name("ID");
  command->add_option("--for", options->audience,
                      "Whom the handout is for (default: participant)")
      ->type_name("organiser|participant|all");
  command->add_option("--format", options->format,
                      "Output format (default: from the -o file's extension, else html)")
      ->type_name("html|markdown|text");
  command->add_option("-o,--output", options->output,
                      "Write to FILE (atomically) instead of standard output")
      ->type_name("FILE");
  command->add_option("--org-name", options->footer.name, "Your organisation's name (footer)")
      ->type_name("NAME");
  command->add_option("--org-contact", options->footer.contact,
                      "A contact line for the footer: phone, e-mail, hours (repeatable)")
      ->type_name("LINE")
      ->take_all();
  command->add_option("--org-address", options->footer.address, "Your postal address (footer)")
      ->type_name("ADDRESS");
  options->date_option =
      command->add_option("--date", options->date,
                          "Print a date: today (SOURCE_DATE_EPOCH when set) or the one given")
          ->expected(0, 1)
          ->type_name("[YYYY-MM-DD]");
  command->footer("Examples:\n"
                  "  advisor handout --id talky --language de -o talky.html\n"
                  "  advisor handout --id jitsi-meet/ffmuc --format markdown --org-name \"SHG "
                  "Sonnenschein\" \\\n"
                  "      --org-contact \"Tel. 089 000000\" --date -o ffmuc.md");
  command->callback([options, &context] { run_handout(*options, context); });
}

} // namespace advisor::cli
