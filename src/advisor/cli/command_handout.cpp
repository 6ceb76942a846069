// advisor handout: a printable document for a group, for one service or the best fit for a query.
#include <advisor/cli/commands.hpp>
#include <advisor/cli/document_options.hpp>
#include <advisor/cli/output_file.hpp>
#include <advisor/cli/profile_options.hpp>
#include <advisor/cli/unknown_id.hpp>
#include <advisor/core/doc_paths.hpp>
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

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

// Returns the host of an http(s) address in lower case, without "www." and port; "" when the
// address is not one.
std::string web_host(const std::string& url) {
  const std::string text = lower(url);
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

// Refuses what cannot be a meeting's address; warns when it is not on the service's host.
void check_meeting(const render::Meeting& meeting, const catalogue::Entry& entry,
                   std::ostream& err) {
  for (const auto* text :
       {&meeting.url, &meeting.code, &meeting.dial_in_number, &meeting.pin, &meeting.when}) {
    const bool control = std::any_of(text->begin(), text->end(),
                                     [](unsigned char c) { return c < 0x20 || c == 0x7f; });
    if (control) throw UsageError("the meeting options must not contain control characters");
  }
  if (meeting.url.empty()) return;
  const std::string host = web_host(meeting.url);
  if (host.empty() || meeting.url.find(' ') != std::string::npos) {
    throw UsageError(
        fmt::format("--meeting-url \"{}\" is not a web address; give one that starts with https://",
                    meeting.url));
  }
  const std::string service = web_host(entry.url);
  const bool same = host == service || (host.size() > service.size() &&
                                        host.compare(host.size() - service.size() - 1,
                                                     std::string::npos, "." + service) == 0);
  if (!service.empty() && !same) {
    err << fmt::format("advisor: warning: the meeting address is on {}, not on {} ({}): check "
                       "for a typo or the wrong service\n",
                       host, service, entry.name);
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
  auto& profile_options = options.profile;
  if (profile_options.category.empty() && profile_options.instead_of.empty()) {
    throw UsageError("missing --category (video, phone, messenger or scheduling) or "
                     "--instead-of ID, or --id ID for a service of your choice");
  }
  apply_need_defaults(profile_options, context.config().needs);
  const auto& catalogue = context.catalogue();
  auto profile = make_profile(profile_options, catalogue);
  profile.max_age_months = context.max_age_months();
  const auto ranking = engine::rank(catalogue, profile, context.today());
  if (ranking.fitting.empty()) {
    throw Error("no service fits these needs, so there is nothing to hand out; \"advisor "
                "recommend\" with the same flags says why and what to relax");
  }
  // Participants need a place to go: a tool that only an organisation's own server provides
  // (BigBlueButton) is passed over for the best fit with a public address, and the organiser's
  // sheet says so. An overlay with the organisation's own server gives it an address.
  const auto has_address = [](const engine::Candidate& candidate) {
    return !candidate.entry->url.empty() || candidate.entry->hosting.empty();
  };
  const auto found = std::find_if(ranking.fitting.begin(), ranking.fitting.end(), has_address);
  if (found == ranking.fitting.end()) {
    throw Error("no service that fits these needs has a public address, so there is nothing to "
                "hand out to participants; \"advisor recommend\" with the same flags lists them");
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
  const auto format = parse_document_format(options.format, options.output, DocumentFormat::html,
                                            {"html", "markdown", "text"});
  const auto date = document_date(options.date_option, options.date, context);
  auto& profile_options = options.profile;
  // --language is the participants' language and the output language; the global option too.
  take_language_flag(profile_options.language, context);
  if (profile_options.language.empty()) profile_options.language = context.language_flag;
  if (!options.id.empty() && has_needs(profile_options)) {
    throw UsageError("--id names the service itself: leave out the need flags (--category, "
                     "--people, …), or leave out --id to hand out the best fit for them");
  }
  const auto& catalogue = context.catalogue();
  Choice choice;
  if (!options.id.empty()) {
    choice.entry = &find_entry(catalogue, options.id);
  } else {
    choice = best_fit(options, context);
  }
  check_meeting(options.meeting, *choice.entry, context.err);
  auto view = render::make_handout_view(catalogue, *choice.entry, audience, context.today(),
                                        footer_of(options.footer, context.config().organisation),
                                        date, options.meeting);
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
  auto* command = app.add_subcommand(
      "handout", "A printable handout for a group: steps, tips and your organisation's footer");
  command
      ->add_option("--id", options->id,
                   "The service the handout is for (else: the best fit for the needs that "
                   "participants can open, i.e. with a public address)")
      ->type_name("ID");
  add_profile_options(*command, options->profile);
  command->add_option("--for", options->audience, "Whom the handout is for (default: participant)")
      ->type_name("organiser|participant|all");
  command
      ->add_option("--format", options->format,
                   "Output format (default: from the -o file's extension, else html)")
      ->type_name("html|markdown|text");
  command
      ->add_option("-o,--output", options->output,
                   "Write to FILE (atomically) instead of standard output")
      ->type_name("FILE");
  add_footer_options(*command, options->footer);
  command
      ->add_option("--meeting-url", options->meeting.url,
                   "The group's meeting or poll: printed in the box, and the QR code opens it")
      ->type_name("URL");
  command->add_option("--meeting-code", options->meeting.code, "The room's code or password")
      ->type_name("CODE");
  command
      ->add_option("--dial-in-number", options->meeting.dial_in_number,
                   "The number to call for the meeting")
      ->type_name("NUMBER");
  command->add_option("--pin", options->meeting.pin, "The PIN for callers")->type_name("PIN");
  command
      ->add_option("--when", options->meeting.when,
                   "Day and time, as you would write them (\"Dienstag, 19 Uhr\")")
      ->type_name("TEXT");
  options->date_option = add_date_option(*command, options->date);
  command->footer(
      "Examples:\n"
      "  advisor handout --category video --people 6 --browser firefox --format html -o h.html\n"
      "  advisor handout --id talky --language de --org-name \"SHG Sonnenschein\" \\\n"
      "      --org-contact \"Tel. 0000 000000\" --org-contact \"shg@example.org\" --date -o "
      "talky.html\n"
      "  advisor handout --id jitsi-meet/ffmuc --for organiser --format markdown -o ffmuc.md\n"
      "  advisor handout --id jitsi-meet/ffmuc --language de \\\n"
      "      --meeting-url https://meet.ffmuc.net/SHG-Sonnenschein --when \"Dienstag, 19 Uhr\" "
      "-o treffen.html\n\n"
      "The need flags are those of \"advisor recommend\"; the handout is for the service it puts "
      "first.\nMore: " ADVISOR_DOCS "handouts.md");
  command->callback([options, &context] { run_handout(*options, context); });
}

} // namespace advisor::cli
