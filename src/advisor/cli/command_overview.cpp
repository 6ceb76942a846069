// advisor overview: the whole list as one document to print or publish (the seed list, current).
#include <advisor/catalogue/names.hpp>
#include <advisor/cli/choice.hpp>
#include <advisor/cli/commands.hpp>
#include <advisor/cli/document_options.hpp>
#include <advisor/cli/output_file.hpp>
#include <advisor/cli/profile_options.hpp>
#include <advisor/engine/ranking.hpp>
#include <advisor/render/messages.hpp>
#include <advisor/render/overview/overview.hpp>
#include <advisor/render/terminal.hpp>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <memory>

namespace advisor::cli {
namespace {

struct OverviewOptions {
  std::vector<std::string> categories;
  ProfileOptions profile;
  std::string format;
  std::string output;
  render::Footer footer;
  CLI::Option* date_option = nullptr;
  std::string date;
  bool no_qr = false;
};

void run_overview(OverviewOptions& options, Context& context) {
  // Every value is checked before the catalogue is read.
  std::vector<catalogue::Category> categories;
  for (const auto& name : options.categories) {
    const auto category = parse_category(name);
    if (std::find(categories.begin(), categories.end(), category) == categories.end())
      categories.push_back(category);
  }
  if (categories.empty()) categories = catalogue::values_of<catalogue::Category>();
  const auto fallback = options.output.empty() ? DocumentFormat::text : DocumentFormat::html;
  const Language interface_language = context.interface_language;
  const auto format = parse_document_format(options.format, options.output, fallback,
                                            {"html", "markdown", "text"}, interface_language);
  const auto date = document_date(options.date_option, options.date, context);
  auto& profile_options = options.profile;
  // --language is the participants' language and the output language, as for handout; the
  // global option alone leaves the participants' language open (a typical group).
  take_language_flag(profile_options.language, context);
  check_profile_options(profile_options, interface_language);
  require_language(context.language_flag);
  const Language language = context.language();

  const auto& catalogue = context.catalogue();
  apply_need_defaults(profile_options, context.config().needs);
  render::OverviewRequest request;
  request.needs_asked = has_needs(profile_options);
  for (const auto category : categories) {
    profile_options.category = catalogue::name_of(category);
    auto profile = make_profile(profile_options, catalogue, interface_language);
    profile.max_age_months = context.max_age_months();
    request.rankings.push_back(engine::rank(catalogue, profile, context.today()));
  }
  request.date = date;
  request.footer = footer_of(options.footer, context.config().organisation);
  request.qr = !options.no_qr;
  const auto view = render::make_overview_view(catalogue, request, language);
  const auto document = render_as(format, view, language, &render::render_overview_html,
                                  &render::render_overview_markdown, &render::render_overview_text);
  write_output(context, options.output, document);
  context.exit_code = 0;
}

} // namespace

void setup_overview(CLI::App& app, Context& context) {
  auto options = std::make_shared<OverviewOptions>();
  const Language language = context.interface_language;
  auto* command =
      app.add_subcommand("overview", render::message("cmd.overview.description", language));
  add_profile_options(*command, options->profile, language);
  // Several categories may be asked for; a service to replace (--instead-of) is recommend's.
  command->remove_option(command->get_option("--category"));
  command->remove_option(command->get_option("--instead-of"));
  command->remove_option(command->get_option("--no-input"));
  command
      ->add_option("--category", options->categories,
                   render::message("cmd.overview.category", language))
      ->type_name("video|phone|messenger|scheduling")
      ->take_all();
  command->add_option("--format", options->format, render::message("cmd.overview.format", language))
      ->type_name("html|markdown|text");
  command->add_option("-o,--output", options->output, render::message("cmd.any.output", language))
      ->type_name("FILE");
  command->add_flag("--no-qr", options->no_qr, render::message("cmd.overview.no-qr", language));
  add_footer_options(*command, options->footer, language);
  options->date_option = add_date_option(*command, options->date, language);
  command->footer(render::message("cmd.overview.footer", language));
  command->callback([options, &context] { run_overview(*options, context); });
}

} // namespace advisor::cli
