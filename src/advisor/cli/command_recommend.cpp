// `advisor recommend`: the services that fit a group's needs, best first, with every reason.
#include <advisor/catalogue/names.hpp>
#include <advisor/cli/choice.hpp>
#include <advisor/cli/commands.hpp>
#include <advisor/cli/option_check.hpp>
#include <advisor/cli/profile_options.hpp>
#include <advisor/cli/profile_questions.hpp>
#include <advisor/cli/unknown_id.hpp>
#include <advisor/core/error.hpp>
#include <advisor/core/suggest.hpp>
#include <advisor/engine/ranking.hpp>
#include <advisor/render/messages.hpp>
#include <advisor/render/recommendation/recommendation.hpp>
#include <advisor/render/terminal.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <limits>
#include <memory>
#include <ostream>

namespace advisor::cli {
namespace {

struct RecommendOptions {
  ProfileOptions profile;
  std::string format = "text";
  int top = 3;
  CLI::Option* top_option = nullptr; // says whether --top was given
  bool all = false;
  bool explain = false;
  std::string why_not;
};

void check_why_not(const std::string& id, const catalogue::Catalogue& catalogue,
                   Language language) {
  if (id.empty()) return;
  if (catalogue.find(id) == nullptr) {
    throw unknown_id(id, catalogue, "--why-not");
  }
  const auto* tool = catalogue.find_tool(id);
  if (tool != nullptr && !tool->services.empty()) {
    std::vector<std::string> ids;
    for (const auto& service : tool->services)
      ids.push_back(service.id);
    throw UsageError(
        render::message("cmd.recommend.why-not.tool", language,
                        {{"id", id}, {"ids", fmt::format("{}", fmt::join(ids, ", "))}}));
  }
}

std::string render(const engine::Ranking& ranking, const catalogue::Catalogue& catalogue,
                   const RecommendOptions& options, Language language,
                   const render::TextStyle& style) {
  render::RecommendationOptions view;
  view.top = static_cast<std::size_t>(options.top);
  view.all = options.all;
  view.why_not = options.why_not;
  view.explain = options.explain;
  view.width = style.width;
  view.color = style.color;
  if (options.format == "json") {
    return render::render_recommendation_json(ranking, catalogue, view, language);
  }
  if (options.format == "markdown") {
    return render::render_recommendation_markdown(ranking, catalogue, view, language);
  }
  return render::render_recommendation_text(ranking, catalogue, view, language);
}

void check_top(const std::string& text, Language language) {
  const auto value = whole_number(text);
  if (!value || *value < 1 || *value > std::numeric_limits<int>::max()) {
    throw UsageError(render::message("cmd.recommend.top.invalid", language, {{"value", text}}));
  }
}

void run_recommend(RecommendOptions& options, Context& context) {
  const Language interface_language = context.interface_language;
  require_choice("--format", options.format, k_text_formats);
  if (options.all && options.top_option->count() > 0) {
    throw UsageError(render::message("cmd.recommend.all-and-top", interface_language));
  }
  auto& profile_options = options.profile;
  // Bad usage first, before the catalogue is read.
  check_profile_options(profile_options, interface_language);
  // --language is the participants' language and the output language; the global option too.
  if (!profile_options.language.empty()) {
    if (context.language_flag.empty()) context.language_flag = profile_options.language;
  } else if (!context.language_flag.empty()) {
    profile_options.language = context.language_flag;
  }
  if (profile_options.category.empty() && profile_options.instead_of.empty()) {
    if (profile_options.no_input || !context.stdin_is_terminal) {
      throw UsageError(render::message("cmd.recommend.missing-needs", interface_language));
    }
    // The questions and the answer are in the user's language (--language, else the locale),
    // whatever the participants speak.
    ask_profile(profile_options, context.in, context.err, context.language());
  }
  // Needs not given (nor answered) come from the configuration file; it never sets the output
  // language, which the environment decides before it.
  apply_need_defaults(profile_options, context.config().needs);
  const auto& catalogue = context.catalogue();
  auto profile = make_profile(profile_options, catalogue, interface_language);
  profile.max_age_months = context.max_age_months();
  check_why_not(options.why_not, catalogue, interface_language);
  const auto ranking = engine::rank(catalogue, profile, context.today());
  context.out << render(ranking, catalogue, options, context.language(), context.text_style());
  context.exit_code = 0;
}

} // namespace

void setup_recommend(CLI::App& app, Context& context) {
  auto options = std::make_shared<RecommendOptions>();
  const Language language = context.interface_language;
  auto* command =
      app.add_subcommand("recommend", render::message("cmd.recommend.description", language));
  add_profile_options(*command, options->profile, language);
  options->top_option =
      command->add_option("--top", options->top, render::message("cmd.recommend.top", language))
          ->type_name("N")
          ->check(checked_by([language](const std::string& text) { check_top(text, language); }));
  command->add_flag("--all", options->all, render::message("cmd.recommend.all", language));
  command->add_flag("--explain", options->explain,
                    render::message("cmd.recommend.explain", language));
  command
      ->add_option("--why-not", options->why_not,
                   render::message("cmd.recommend.why-not", language))
      ->type_name("ID");
  command->add_option("--format", options->format, render::message("cmd.any.format", language))
      ->type_name("text|markdown|json");
  command->footer(render::message("cmd.recommend.footer", language));
  command->callback([options, &context] { run_recommend(*options, context); });
}

} // namespace advisor::cli
