#include <advisor/catalogue/names.hpp>
#include <advisor/cli/choice.hpp>
#include <advisor/cli/option_check.hpp>
#include <advisor/cli/profile_options.hpp>
#include <advisor/cli/unknown_id.hpp>
#include <advisor/core/error.hpp>
#include <advisor/core/suggest.hpp>
#include <advisor/render/messages.hpp>

#include <CLI/CLI.hpp>
#include <charconv>
#include <cmath>
#include <fmt/format.h>

namespace advisor::cli {
namespace {

using namespace advisor::catalogue;

constexpr int k_max_people = 10000;
constexpr int k_max_minutes = 24 * 60;
constexpr double k_max_budget = 100000.0;

template <class T> T parse_enum(std::string_view flag, const std::string& text) {
  require_choice(flag, text, names_of<T>());
  return *parse_name<T>(text);
}

} // namespace

void add_profile_options(CLI::App& command, ProfileOptions& options, Language language) {
  const auto help = [language](std::string_view key) { return render::message(key, language); };
  command.add_option("--category", options.category, help("cmd.any.category"))
      ->type_name("video|phone|messenger|scheduling");
  // Numbers are checked as they are read, so an empty one is refused like any bad one.
  command.add_option("--people", options.people, help("cmd.any.people"))
      ->type_name("N")
      ->check(checked_by([language](const std::string& text) { parse_people(text, language); }));
  command.add_option("--browser", options.browser, help("cmd.any.browser"))
      ->type_name("chrome|chromium|firefox|safari|edge");
  command.add_option("--language", options.language, help("cmd.any.language"))->type_name("de|en");
  command.add_option("--budget", options.budget, help("cmd.any.budget"))
      ->type_name("EUR")
      ->check(checked_by([language](const std::string& text) { parse_budget(text, language); }));
  command.add_option("--duration", options.duration, help("cmd.any.duration"))
      ->type_name("MINUTES")
      ->check(checked_by([language](const std::string& text) { parse_duration(text, language); }));
  command.add_flag("--screen-sharing", options.screen_sharing, help("cmd.any.screen-sharing"));
  command.add_flag("--dial-in", options.dial_in, help("cmd.any.dial-in"));
  command.add_flag("--no-install", options.no_install, help("cmd.any.no-install"));
  command.add_flag("--no-account", options.no_account, help("cmd.any.no-account"));
  command.add_flag("--no-phone-number", options.no_phone_number, help("cmd.any.no-phone-number"));
  command.add_flag("--processing-agreement", options.processing_agreement,
                   help("cmd.any.processing-agreement"));
  command.add_flag("--organisation", options.organisation, help("cmd.any.organisation"));
  command.add_flag("--sensitive", options.sensitive, help("cmd.any.sensitive"));
  command.add_flag("--own-server", options.own_server, help("cmd.any.own-server"));
  command.add_flag("--smartphone-only", options.smartphone_only, help("cmd.any.smartphone-only"));
  command.add_flag("--calls", options.calls, help("cmd.any.calls"));
  command.add_option("--instead-of", options.instead_of, help("cmd.any.instead-of"))
      ->type_name("ID");
  command.add_flag("--no-input", options.no_input, help("cmd.any.no-input"));
}

Category parse_category(const std::string& text) {
  return parse_enum<Category>("--category", text);
}

int parse_people(const std::string& text, Language language) {
  auto value = whole_number(text);
  if (!value || *value < 1 || *value > k_max_people) {
    throw UsageError(render::message("cmd.any.people.invalid", language,
                                     {{"value", text}, {"limit", std::to_string(k_max_people)}}));
  }
  return static_cast<int>(*value);
}

Browser parse_browser(const std::string& text) {
  return parse_enum<Browser>("--browser", text);
}

Language parse_participants_language(const std::string& text) {
  require_choice("--language", text, {"de", "en"});
  return *parse_language(text);
}

double parse_budget(const std::string& text, Language language) {
  std::string number = text;
  std::replace(number.begin(), number.end(), ',', '.'); // "14,90" as Germans write it
  double value = -1;
  auto [end, ec] = std::from_chars(number.data(), number.data() + number.size(), value);
  if (number.empty() || ec != std::errc() || end != number.data() + number.size() ||
      !std::isfinite(value) || value < 0 || value > k_max_budget) {
    throw UsageError(render::message(
        "cmd.any.budget.invalid", language,
        {{"value", text}, {"limit", std::to_string(static_cast<int>(k_max_budget))}}));
  }
  return value;
}

int parse_duration(const std::string& text, Language language) {
  auto value = whole_number(text);
  if (!value || *value < 1 || *value > k_max_minutes) {
    throw UsageError(render::message("cmd.any.duration.invalid", language,
                                     {{"value", text}, {"limit", std::to_string(k_max_minutes)}}));
  }
  return static_cast<int>(*value);
}

void check_profile_options(const ProfileOptions& options, Language language) {
  if (!options.category.empty()) parse_category(options.category);
  if (!options.people.empty()) parse_people(options.people, language);
  if (!options.browser.empty()) parse_browser(options.browser);
  if (!options.language.empty()) parse_participants_language(options.language);
  if (!options.budget.empty()) parse_budget(options.budget, language);
  if (!options.duration.empty()) parse_duration(options.duration, language);
}

void apply_need_defaults(ProfileOptions& options, const NeedDefaults& defaults) {
  if (options.people.empty() && defaults.people) options.people = std::to_string(*defaults.people);
  if (options.browser.empty() && defaults.browser) {
    options.browser = std::string(name_of(*defaults.browser));
  }
  if (options.language.empty() && defaults.language) {
    options.language = std::string(language_code(*defaults.language));
  }
  if (options.budget.empty() && defaults.budget_eur) {
    options.budget = fmt::format("{}", *defaults.budget_eur);
  }
  if (options.duration.empty() && defaults.duration_minutes) {
    options.duration = std::to_string(*defaults.duration_minutes);
  }
}

engine::Profile make_profile(const ProfileOptions& options, const Catalogue& catalogue,
                             Language language) {
  check_profile_options(options, language);
  engine::Profile profile;
  if (!options.category.empty()) profile.category = parse_category(options.category);
  if (!options.instead_of.empty()) {
    const auto* replaced = catalogue.find(options.instead_of);
    if (replaced == nullptr) {
      throw unknown_id(options.instead_of, catalogue, "--instead-of");
    }
    if (profile.category && *profile.category != replaced->category) {
      throw UsageError(render::message("cmd.any.instead-of.other-category", language,
                                       {{"id", options.instead_of},
                                        {"category", std::string(name_of(replaced->category))},
                                        {"asked", std::string(name_of(*profile.category))}}));
    }
    profile.category = replaced->category;
    profile.instead_of = options.instead_of;
  }
  if (!options.people.empty()) profile.people = parse_people(options.people, language);
  if (!options.browser.empty()) profile.browser = parse_browser(options.browser);
  if (!options.language.empty()) profile.language = parse_participants_language(options.language);
  if (!options.budget.empty()) profile.budget_eur = parse_budget(options.budget, language);
  if (!options.duration.empty()) {
    profile.duration_minutes = parse_duration(options.duration, language);
  }
  profile.screen_sharing = options.screen_sharing;
  profile.dial_in = options.dial_in;
  profile.no_install = options.no_install;
  profile.no_account = options.no_account;
  profile.no_phone_number = options.no_phone_number;
  profile.processing_agreement = options.processing_agreement;
  profile.organisation = options.organisation;
  profile.sensitive = options.sensitive;
  profile.own_server = options.own_server;
  profile.smartphone_only = options.smartphone_only;
  profile.calls = options.calls;
  return profile;
}

bool has_needs(const ProfileOptions& p) {
  return !p.category.empty() || !p.people.empty() || !p.browser.empty() || !p.budget.empty() ||
         !p.duration.empty() || !p.instead_of.empty() || p.screen_sharing || p.dial_in ||
         p.no_install || p.no_account || p.no_phone_number || p.processing_agreement ||
         p.organisation || p.sensitive || p.own_server || p.smartphone_only || p.calls;
}

} // namespace advisor::cli
