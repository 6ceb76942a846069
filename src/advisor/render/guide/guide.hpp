#pragma once
// A guide as the user sees it: the steps of one tool or service for one audience, with the date
// they were checked and every warning that belongs in front of them. Built once from the
// catalogue, then rendered as text, Markdown or HTML.

#include <advisor/catalogue/model.hpp>

#include <optional>
#include <string>
#include <vector>

namespace advisor::render {

// Whom a guide is for: the organiser, the participants, or both.
enum class Audience { everyone, organiser, participant };

// One part of a guide: a heading and its steps.
struct GuideSection {
  std::string key; // "precautions", "organiser", "participant", "during", "leaving",
                   // "troubleshooting"
  Text title;
  std::vector<Text> steps;
  bool numbered = true; // steps to follow in order, or points to keep in mind
};

// A service of a tool with several, as listed in that tool's guide.
struct ServiceChoice {
  std::string id; // "jitsi-meet/ffmuc"
  std::string name;
  std::string url;
  Text status_note; // empty when active; else "uncertain …" / "discontinued"
};

struct GuideView {
  const catalogue::Entry* entry = nullptr;
  Audience audience = Audience::everyone;
  std::vector<GuideSection> sections;  // empty when the catalogue has no steps for it
  std::optional<Date> checked;         // when the steps were last checked
  std::vector<ServiceChoice> services; // for a tool with several services
  std::vector<Text> notices;           // warnings to read first: discontinued, uncertain, old
  bool discontinued = false;           // then `notices` says what replaced it
  // The group's own meeting (handout --meeting-url): its address and QR code take the place of
  // the service's home page, where a participant would start a room of their own.
  std::string meeting_url;
};

// Returns the guide of `entry`: its own steps, else (for a service) its tool's. The steps shown
// depend on `audience`; `today` decides whether the steps count as old (over 24 months). Throws
// nothing; a missing guide gives a view without sections.
GuideView make_guide_view(const catalogue::Catalogue& catalogue, const catalogue::Entry& entry,
                          Audience audience, const Date& today);

// Returns the note that the service is not in German or not in English (each language's text
// empty when it concerns other readers), or nullopt.
std::optional<Text> language_notice(const catalogue::Entry& entry);

// Returns the guide steps that apply to `entry` (its own, else its tool's), or nullptr.
const catalogue::Guide* find_guide(const catalogue::Catalogue& catalogue,
                                   const catalogue::Entry& entry);

// Returns the guide's title: "talky: Schritt für Schritt" / "talky: step by step".
std::string guide_title(const GuideView& view, Language language);

// Returns "Steps last checked: July 2020" in the language, with a mark for a local entry (from an
// overlay), or an empty string.
std::string checked_line(const GuideView& view, Language language);

// Returns the line that introduces a tool's list of services.
std::string services_intro(const GuideView& view, Language language);

// Returns the hint under that list: how to get the steps of one service ("… for example:").
std::string services_hint(Language language);

// Returns the command the hint shows: "advisor guide jitsi-meet/ffmuc" (a running service).
std::string services_example(const GuideView& view);

// Returns "Nothing in the catalogue yet: …" for an entry without steps.
std::string no_steps_line(const GuideView& view, Language language);

// The guide as plain text, wrapped to `width` columns.
std::string render_guide_text(const GuideView& view, Language language, std::size_t width);

// Returns the guide's text without its title, wrapped to `width` columns; `after_address` is put
// right after the address.
std::string guide_body_text(const GuideView& view, Language language, std::size_t width,
                            std::string_view after_address = {});

// The guide as pandoc-friendly Markdown (without a metadata block; see the handout for that).
std::string render_guide_markdown(const GuideView& view, Language language);

// Returns the guide's Markdown without its title; `after_address` is put right after the
// address. Ends with one blank line.
std::string guide_body_markdown(const GuideView& view, Language language,
                                std::string_view after_address = {});

// The guide as one self-contained, printable HTML page, with a QR code for the address.
std::string render_guide_html(const GuideView& view, Language language);

// Returns the guide's body in HTML (summary, notices, addresses with QR codes, steps) without its
// title, shared by the guide page and the handout. `after_addresses` (HTML) is put right after
// the addresses.
std::string guide_body_html(const GuideView& view, Language language,
                            std::string_view after_addresses = {});

} // namespace advisor::render
