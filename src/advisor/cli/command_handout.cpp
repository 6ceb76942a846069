// advisor handout: a printable document for a group, for one service or the best fit for a query.
#include <advisor/cli/commands.hpp>
#include <advisor/cli/document_options.hpp>
#include <advisor/cli/output_file.hpp>
#include <advisor/cli/profile_options.hpp>
#include <advisor/cli/unknown_id.hpp>
#include <advisor/core/ascii.hpp>
#include <advisor/core/error.hpp>
#include <advisor/engine/ranking.hpp>
#include <advisor/render/handout/handout.hpp>
#include <advisor/render/messages.hpp>
#include <advisor/render/reason_text.hpp>
#include <advisor/render/terminal.hpp>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cctype>
#include <fmt/format.h>
#include <memory>

namespace advisor::cli {
namespace {

// How many of the strongest reasons a handout shows under "Why …?".
constexpr std::size_t k_reasons_shown = 4;

struct HandoutOptions {
  std::string id;
  ProfileOptions profile;
  std::string audience = "participant";
  std::string format;
  std::string output;
  render::Footer footer;
  CLI::Option* date_option = nullptr;
  std::string date;
  render::Meeting meeting;
};

// Returns the host of an http(s) address in lower case, without "www." and port; "" when the
// address is not one.
std::string web_host(const std::string& url) {
  const std::string text = ascii_lowercase(url);
  std::size_t start = 0;
  if (text.rfind("https://", 0) == 0) {
    start = 8;
  } else if (text.rfind("http://", 0) == 0) {
    start = 7;
  } else {
    return {};
  }
  std::string host = text.substr(start, text.find_first_of("/?#", start) - start);
  if (const auto at = host.rfind('@'); at != std::string::npos) host.erase(0, at + 1);
  if (const auto colon = host.find(':'); colon != std::string::npos) host.erase(colon);
  if (host.rfind("www.", 0) == 0) host.erase(0, 4);
  return host;
}

// Refuses what cannot be a meeting's address; warns when it is not on the service's host. Both in
// `language`.
void check_meeting(const render::Meeting& meeting, const catalogue::Entry& entry, std::ostream& err,
                   Language language) {
  for (const auto* text :
       {&meeting.url, &meeting.code, &meeting.dial_in_number, &meeting.pin, &meeting.when}) {
    const bool control = std::any_of(text->begin(), text->end(),
                                     [](unsigned char c) { return c < 0x20 || c == 0x7f; });
    if (control) throw UsageError(render::message("cmd.handout.meeting-control", language));
  }
  if (meeting.url.empty()) return;
  const std::string host = web_host(meeting.url);
  if (host.empty() || meeting.url.find(' ') != std::string::npos) {
    throw UsageError(
        render::message("cmd.handout.meeting-url.invalid", language, {{"value", meeting.url}}));
  }
  const std::string service = web_host(entry.url);
  const bool same = host == service || (host.size() > service.size() &&
                                        host.compare(host.size() - service.size() - 1,
                                                     std::string::npos, "." + service) == 0);
  if (!service.empty() && !same) {
    err << render::message("cmd.handout.meeting-elsewhere", language,
                           {{"host", host}, {"service", service}, {"name", entry.name}})
        << '\n';
  }
}

// The service the recommendation puts first, and why, in the output language.
struct Choice {
  const catalogue::Entry* entry = nullptr;
  std::vector<Text> reasons;
  std::vector<Text> warnings;
};

Text in_both(const engine::Reason& reason, const catalogue::Entry& entry,
             const catalogue::Catalogue& catalogue) {
  return {render::reason_text(reason, entry, catalogue, Language::de),
          render::reason_text(reason, entry, catalogue, Language::en)};
}

Choice best_fit(HandoutOptions& options, Context& context) {
  const Language interface_language = context.interface_language;
  auto& profile_options = options.profile;
  if (profile_options.category.empty() && profile_options.instead_of.empty()) {
    throw UsageError(render::message("cmd.handout.missing-needs", interface_language));
  }
  apply_need_defaults(profile_options, context.config().needs);
  const auto& catalogue = context.catalogue();
  auto profile = make_profile(profile_options, catalogue, interface_language);
  profile.max_age_months = context.max_age_months();
  const auto ranking = engine::rank(catalogue, profile, context.today());
  if (ranking.fitting.empty()) {
    throw Error(render::message("cmd.handout.nothing-fits", interface_language));
  }
  // Participants need a place to go: a tool that only an organisation's own server provides
  // (BigBlueButton) is passed over for the best fit with a public address, and the organiser's
  // sheet says so. An overlay with the organisation's own server gives it an address.
  const auto has_address = [](const engine::Candidate& candidate) {
    return !candidate.entry->url.empty() || candidate.entry->hosting.empty();
  };
  const auto found = std::find_if(ranking.fitting.begin(), ranking.fitting.end(), has_address);
  if (found == ranking.fitting.end()) {
    throw Error(render::message("cmd.handout.no-public-address", interface_language));
  }
  const auto& best = *found;
  Choice choice{best.entry, {}, {}};
  for (auto it = ranking.fitting.begin(); it != found; ++it) {
    const render::MessageArgs names{{"skipped", it->entry->name}, {"name", best.entry->name}};
    choice.warnings.push_back({render::message("out.handout.no-address", Language::de, names),
                               render::message("out.handout.no-address", Language::en, names)});
  }
  std::vector<const engine::Reason*> strongest;
  for (const auto& reason : best.points) {
    if (reason.points > 0) strongest.push_back(&reason);
  }
  std::stable_sort(strongest.begin(), strongest.end(),
                   [](const auto* a, const auto* b) { return a->points > b->points; });
  if (strongest.size() > k_reasons_shown) strongest.resize(k_reasons_shown);
  for (const auto* reason : strongest) {
    choice.reasons.push_back(in_both(*reason, *best.entry, catalogue));
  }
  for (const auto& warning : best.warnings) {
    choice.warnings.push_back(in_both(warning, *best.entry, catalogue));
  }
  return choice;
}

void run_handout(HandoutOptions& options, Context& context) {
  const auto audience = parse_audience(options.audience);
  const Language interface_language = context.interface_language;
  const auto format = parse_document_format(options.format, options.output, DocumentFormat::html,
                                            {"html", "markdown", "text"}, interface_language);
  const auto date = document_date(options.date_option, options.date, context);
  auto& profile_options = options.profile;
  // --language is the participants' language and the output language; the global option too.
  take_language_flag(profile_options.language, context);
  if (profile_options.language.empty()) profile_options.language = context.language_flag;
  if (!options.id.empty() && has_needs(profile_options)) {
    throw UsageError(render::message("cmd.handout.id-with-needs", interface_language));
  }
  const auto& catalogue = context.catalogue();
  Choice choice;
  if (!options.id.empty()) {
    choice.entry = &find_entry(catalogue, options.id);
  } else {
    choice = best_fit(options, context);
  }
  check_meeting(options.meeting, *choice.entry, context.err, interface_language);
  auto view = render::make_handout_view(
      catalogue, *choice.entry, audience, interface_language, context.today(),
      footer_of(options.footer, context.config().organisation), date, options.meeting);
  // Why the service was chosen, and the ranking's warnings, are for whoever chooses it; a
  // participant's sheet keeps to what they have to do.
  if (audience != render::Audience::participant) {
    view.reasons = choice.reasons;
    view.guide.notices.insert(view.guide.notices.begin(), choice.warnings.begin(),
                              choice.warnings.end());
  }
  const Language language = context.language();
  const auto document = render_as(format, view, language, &render::render_handout_html,
                                  &render::render_handout_markdown, &render::render_handout_text);
  write_output(context, options.output, document);
  context.exit_code = 0;
}

} // namespace

void setup_handout(CLI::App& app, Context& context) {
  auto options = std::make_shared<HandoutOptions>();
  const Language language = context.interface_language;
  const auto help = [language](std::string_view key) { return render::message(key, language); };
  auto* command = app.add_subcommand("handout", help("cmd.handout.description"));
  command->add_option("--id", options->id, help("cmd.handout.id"))->type_name("ID");
  add_profile_options(*command, options->profile, language);
  command->add_option("--for", options->audience, help("cmd.handout.for"))
      ->type_name("organiser|participant|all");
  command->add_option("--format", options->format, help("cmd.handout.format"))
      ->type_name("html|markdown|text");
  command->add_option("-o,--output", options->output, help("cmd.any.output"))->type_name("FILE");
  add_footer_options(*command, options->footer, language);
  command->add_option("--meeting-url", options->meeting.url, help("cmd.handout.meeting-url"))
      ->type_name("URL");
  command->add_option("--meeting-code", options->meeting.code, help("cmd.handout.meeting-code"))
      ->type_name("CODE");
  command
      ->add_option("--dial-in-number", options->meeting.dial_in_number,
                   help("cmd.handout.dial-in-number"))
      ->type_name("NUMBER");
  command->add_option("--pin", options->meeting.pin, help("cmd.handout.pin"))->type_name("PIN");
  command->add_option("--when", options->meeting.when, help("cmd.handout.when"))->type_name("TEXT");
  options->date_option = add_date_option(*command, options->date, language);
  command->footer(render::message("cmd.handout.footer", language));
  command->callback([options, &context] { run_handout(*options, context); });
}

} // namespace advisor::cli
