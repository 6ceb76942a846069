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

void check_why_not(const std::string& id, const catalogue::Catalogue& catalogue) {
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
        fmt::format("--why-not {} names a tool with several services; name one of them: {}", id,
                    fmt::join(ids, ", ")));
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

void check_top(const std::string& text) {
  const auto value = whole_number(text);
  if (!value || *value < 1 || *value > std::numeric_limits<int>::max()) {
    throw UsageError(
        fmt::format("invalid value \"{}\" for --top; allowed: 1 or more (or --all)", text));
  }
}

void run_recommend(RecommendOptions& options, Context& context) {
  require_choice("--format", options.format, k_text_formats);
  if (options.all && options.top_option->count() > 0) {
    throw UsageError("--all and --top cannot be used together: use --all for every fitting "
                     "service, or --top N for the first N");
  }
  auto& profile_options = options.profile;
  check_profile_options(profile_options); // bad usage first, before the catalogue is read
  // --language is the participants' language and the output language; the global option too.
  if (!profile_options.language.empty()) {
    if (context.language_flag.empty()) context.language_flag = profile_options.language;
  } else if (!context.language_flag.empty()) {
    profile_options.language = context.language_flag;
  }
  if (profile_options.category.empty() && profile_options.instead_of.empty()) {
    if (profile_options.no_input || !context.stdin_is_terminal) {
      throw UsageError("missing --category (video, phone, messenger or scheduling) or "
                       "--instead-of ID; questions are asked only on a terminal without "
                       "--no-input");
    }
    // The questions and the answer are in the user's language (--language, else the locale),
    // whatever the participants speak.
    ask_profile(profile_options, context.in, context.err, context.language());
  }
  // Needs not given (nor answered) come from the configuration file; it never sets the output
  // language, which the environment decides before it.
  apply_need_defaults(profile_options, context.config().needs);
  const auto& catalogue = context.catalogue();
  auto profile = make_profile(profile_options, catalogue);
  profile.max_age_months = context.max_age_months();
  check_why_not(options.why_not, catalogue);
  const auto ranking = engine::rank(catalogue, profile, context.today());
  context.out << render(ranking, catalogue, options, context.language(), context.text_style());
  context.exit_code = 0;
}

} // namespace

void setup_recommend(CLI::App& app, Context& context) {
  auto options = std::make_shared<RecommendOptions>();
  auto* command =
      app.add_subcommand("recommend", "Which services fit the group's needs, best first, and why");
  add_profile_options(*command, options->profile);
  options->top_option =
      command->add_option("--top", options->top, "How many fitting services to show (default 3)")
          ->type_name("N")
          ->check(checked_by(check_top));
  command->add_flag("--all", options->all, "Show every fitting service (instead of --top)");
  command->add_flag("--explain", options->explain,
                    "Every point, warning and source of the services shown");
  command->add_option("--why-not", options->why_not, "Explain one service in full")
      ->type_name("ID");
  command->add_option("--format", options->format, "Output format (default text)")
      ->type_name("text|markdown|json");
  command->footer("Examples:\n"
                  "  advisor recommend --category video --people 6 --browser firefox\n"
                  "  advisor recommend --instead-of whatsapp --no-phone-number\n"
                  "  advisor recommend --category video --people 6 --browser firefox --explain\n"
                  "  advisor recommend --category video --people 8 --why-not talky\n"
                  "  advisor recommend --category phone --dial-in --budget 0 --format json\n"
                  "  advisor recommend            (on a terminal: asks one question at a time)");
  command->callback([options, &context] { run_recommend(*options, context); });
}

} // namespace advisor::cli
