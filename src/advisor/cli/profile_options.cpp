#include <advisor/catalogue/names.hpp>
#include <advisor/cli/choice.hpp>
#include <advisor/cli/option_check.hpp>
#include <advisor/cli/profile_options.hpp>
#include <advisor/cli/unknown_id.hpp>
#include <advisor/core/error.hpp>
#include <advisor/core/suggest.hpp>

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

void add_profile_options(CLI::App& command, ProfileOptions& options) {
  command.add_option("--category", options.category, "What kind of tool")
      ->type_name("video|phone|messenger|scheduling");
  // Numbers are checked as they are read, so an empty one is refused like any bad one.
  command.add_option("--people", options.people, "Group size (1-10000)")
      ->type_name("N")
      ->check(checked_by([](const std::string& text) { parse_people(text); }));
  command.add_option("--browser", options.browser, "What most participants use")
      ->type_name("chrome|chromium|firefox|safari|edge");
  command
      .add_option("--language", options.language,
                  "The participants' language; also the output language")
      ->type_name("de|en");
  command
      .add_option("--budget", options.budget,
                  "What may be paid per month; 0 = nothing (a one-off app price counts)")
      ->type_name("EUR")
      ->check(checked_by([](const std::string& text) { parse_budget(text); }));
  command.add_option("--duration", options.duration, "Length of one meeting")
      ->type_name("MINUTES")
      ->check(checked_by([](const std::string& text) { parse_duration(text); }));
  command.add_flag("--screen-sharing", options.screen_sharing, "Screen sharing is needed");
  command.add_flag("--dial-in", options.dial_in, "Some join by ordinary telephone");
  command.add_flag("--no-install", options.no_install,
                   "Participants cannot install anything (browser only)");
  command.add_flag("--no-account", options.no_account, "Participants must not need an account");
  command.add_flag("--no-phone-number", options.no_phone_number,
                   "Nobody should have to give a phone number");
  command.add_flag("--processing-agreement", options.processing_agreement,
                   "A GDPR data-processing agreement (AVV) with the provider is needed");
  command.add_flag("--organisation", options.organisation,
                   "Used by a centre or group, not privately (free plans for private use only "
                   "do not fit)");
  command.add_flag("--sensitive", options.sensitive,
                   "Health, addiction or other special categories of data (Art. 9 GDPR)");
  command.add_flag("--own-server", options.own_server,
                   "The organisation runs or rents a server (BigBlueButton, Jitsi, Mumble)");
  command.add_flag("--smartphone-only", options.smartphone_only,
                   "Participants only have a smartphone");
  command.add_flag("--calls", options.calls,
                   "Messengers: the group also calls (the call limit applies)");
  command
      .add_option("--instead-of", options.instead_of,
                  "Find alternatives to a tool (sets the category from it)")
      ->type_name("ID");
  command.add_flag("--no-input", options.no_input, "Never ask questions, even on a terminal");
}

Category parse_category(const std::string& text) {
  return parse_enum<Category>("--category", text);
}

int parse_people(const std::string& text) {
  auto value = whole_number(text);
  if (!value || *value < 1 || *value > k_max_people) {
    throw UsageError(
        fmt::format("invalid value \"{}\" for --people; allowed: a whole number from 1 to {}", text,
                    k_max_people));
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

double parse_budget(const std::string& text) {
  std::string number = text;
  std::replace(number.begin(), number.end(), ',', '.'); // "14,90" as Germans write it
  double value = -1;
  auto [end, ec] = std::from_chars(number.data(), number.data() + number.size(), value);
  if (number.empty() || ec != std::errc() || end != number.data() + number.size() ||
      !std::isfinite(value) || value < 0 || value > k_max_budget) {
    throw UsageError(fmt::format("invalid value \"{}\" for --budget; allowed: an amount in "
                                 "euros per month from 0 to {}, such as 0 or 14.90",
                                 text, static_cast<int>(k_max_budget)));
  }
  return value;
}

int parse_duration(const std::string& text) {
  auto value = whole_number(text);
  if (!value || *value < 1 || *value > k_max_minutes) {
    throw UsageError(fmt::format(
        "invalid value \"{}\" for --duration; allowed: minutes from 1 to {}", text, k_max_minutes));
  }
  return static_cast<int>(*value);
}

void check_profile_options(const ProfileOptions& options) {
  if (!options.category.empty()) parse_category(options.category);
  if (!options.people.empty()) parse_people(options.people);
  if (!options.browser.empty()) parse_browser(options.browser);
  if (!options.language.empty()) parse_participants_language(options.language);
  if (!options.budget.empty()) parse_budget(options.budget);
  if (!options.duration.empty()) parse_duration(options.duration);
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

engine::Profile make_profile(const ProfileOptions& options, const Catalogue& catalogue) {
  check_profile_options(options);
  engine::Profile profile;
  if (!options.category.empty()) profile.category = parse_category(options.category);
  if (!options.instead_of.empty()) {
    const auto* replaced = catalogue.find(options.instead_of);
    if (replaced == nullptr) {
      throw unknown_id(options.instead_of, catalogue, "--instead-of");
    }
    if (profile.category && *profile.category != replaced->category) {
      throw UsageError(fmt::format("--instead-of {} is in category {}, but --category is {}",
                                   options.instead_of, name_of(replaced->category),
                                   name_of(*profile.category)));
    }
    profile.category = replaced->category;
    profile.instead_of = options.instead_of;
  }
  if (!options.people.empty()) profile.people = parse_people(options.people);
  if (!options.browser.empty()) profile.browser = parse_browser(options.browser);
  if (!options.language.empty()) profile.language = parse_participants_language(options.language);
  if (!options.budget.empty()) profile.budget_eur = parse_budget(options.budget);
  if (!options.duration.empty()) profile.duration_minutes = parse_duration(options.duration);
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
