// advisor guide ID: step-by-step instructions for one tool or service.
#include <advisor/cli/choice.hpp>
#include <advisor/cli/commands.hpp>
#include <advisor/cli/document_options.hpp>
#include <advisor/cli/output_file.hpp>
#include <advisor/cli/unknown_id.hpp>
#include <advisor/render/guide/guide.hpp>
#include <advisor/render/messages.hpp>
#include <advisor/render/terminal.hpp>

#include <CLI/CLI.hpp>
#include <memory>

namespace advisor::cli {
namespace {

struct GuideOptions {
  std::string id;
  std::string audience;
  std::string format;
  std::string output;
};

void run_guide(const GuideOptions& options, Context& context) {
  require_language(context.language_flag);
  const auto audience = parse_audience(options.audience);
  const auto format =
      parse_document_format(options.format, options.output, DocumentFormat::text,
                            {"text", "markdown", "html"}, context.interface_language);
  const auto& catalogue = context.catalogue();
  const auto& entry = find_entry(catalogue, options.id);
  const auto view = render::make_guide_view(catalogue, entry, audience, context.today());
  const Language language = context.language();
  std::string document;
  switch (format) {
  case DocumentFormat::text: {
    // A file gets the standard width; the screen its own.
    const bool to_screen = options.output.empty() || options.output == "-";
    const auto width = to_screen ? context.text_style().width : render::k_default_width;
    document = render::render_guide_text(view, language, width);
    break;
  }
  case DocumentFormat::markdown:
    document = render::render_guide_markdown(view, language);
    break;
  case DocumentFormat::html:
    document = render::render_guide_html(view, language);
    break;
  }
  write_output(context, options.output, document);
  context.exit_code = 0;
}

} // namespace

void setup_guide(CLI::App& app, Context& context) {
  auto options = std::make_shared<GuideOptions>();
  const Language language = context.interface_language;
  auto* command = app.add_subcommand("guide", render::message("cmd.guide.description", language));
  command->add_option("id", options->id, render::message("cmd.guide.id", language))
      ->required()
      ->type_name("ID");
  command->add_option("--for", options->audience, render::message("cmd.guide.for", language))
      ->type_name("organiser|participant|all");
  command->add_option("--format", options->format, render::message("cmd.guide.format", language))
      ->type_name("text|markdown|html");
  command->add_option("-o,--output", options->output, render::message("cmd.any.output", language))
      ->type_name("FILE");
  command
      ->add_option("--language", context.language_flag,
                   render::message("cmd.any.output-language", language))
      ->type_name("de|en");
  command->footer(render::message("cmd.guide.footer", language));
  command->callback([options, &context] { run_guide(*options, context); });
}

} // namespace advisor::cli
