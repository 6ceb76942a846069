// advisor guide ID: step-by-step instructions for one tool or service.
#include <advisor/cli/commands.hpp>
#include <advisor/cli/document_options.hpp>
#include <advisor/cli/output_file.hpp>
#include <advisor/render/guide.hpp>

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
  const auto audience = parse_audience(options.audience);
  const auto format = parse_document_format(options.format, options.output, DocumentFormat::text);
  const auto& catalogue = context.catalogue();
  const auto& entry = find_entry(catalogue, options.id);
  const auto view = render::make_guide_view(catalogue, entry, audience, context.today());
  const Language language = context.language();
  std::string document;
  switch (format) {
  case DocumentFormat::text: document = render::render_guide_text(view, language); break;
  case DocumentFormat::markdown: document = render::render_guide_markdown(view, language); break;
  case DocumentFormat::html: document = render::render_guide_html(view, language); break;
  }
  write_output(context, options.output, document);
  context.exit_code = 0;
}

} // namespace

void setup_guide(CLI::App& app, Context& context) {
  auto options = std::make_shared<GuideOptions>();
  auto* command = app.add_subcommand(
      "guide", "Step-by-step instructions for one tool or service, for organisers and participants");
  command->add_option("id", options->id, "Tool or service id, e.g. talky or jitsi-meet/ffmuc")
      ->required()
      ->type_name("ID");
  command->add_option("--for", options->audience, "Only the steps for this audience (default: all)")
      ->type_name("organiser|participant|all");
  command->add_option("--format", options->format,
                      "Output format (default: from the -o file's extension, else text)")
      ->type_name("text|markdown|html");
  command->add_option("-o,--output", options->output,
                      "Write to FILE (atomically) instead of standard output")
      ->type_name("FILE");
  command->footer("Examples:\n"
                  "  advisor guide talky --language de\n"
                  "  advisor guide jitsi-meet                 (lists the Jitsi servers)\n"
                  "  advisor guide jitsi-meet/ffmuc --for participant --format html -o ffmuc.html");
  command->callback([options, &context] { run_guide(*options, context); });
}

} // namespace advisor::cli
