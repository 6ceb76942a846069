#pragma once
// advisor overview: the whole list as one document, the seed list kept current. Per category its
// advice and its services in the order the engine ranks them, what people come from (advised
// against), what has gone and what replaced it; then what changed since the 2020 list, and the
// sources. The view holds the words of one language; html, Markdown and text print it.

#include <advisor/catalogue/model.hpp>
#include <advisor/engine/ranking.hpp>
#include <advisor/render/handout/handout.hpp>

#include <optional>
#include <string>
#include <vector>

namespace advisor::render {

struct OverviewService {
  std::string id;
  std::string name;
  std::string url;        // empty: no public address (see `no_address`)
  std::string no_address; // "No public address: …" for software that needs a server
  bool local = false;     // from the organisation's own overlay
  std::string summary;
  std::string verdict;               // "Selbsthilfezentrum München (2020): recommended, …"
  std::string facts;                 // "Participant limit: 100 · Browsers: Chrome, Firefox · …"
  std::vector<std::string> look_out; // what speaks against it and the warnings that matter
  std::string guide;                 // "advisor guide jitsi-meet/ffmuc", "" when it has no steps
};

struct OverviewGroup {
  std::string heading; // "Running, and recommended by the newest judgment"
  std::vector<OverviewService> services;
};

// A service in one line: advised against, gone, or not fitting the needs asked.
struct OverviewLine {
  std::string id;
  std::string name;
  std::string text;    // why: the judgment, what replaced it, or the main reason
  std::string summary; // what it is (and the alternatives its entry names); may be empty
  bool local = false;
};

struct OverviewCategory {
  catalogue::Category id = catalogue::Category::video;
  std::string name;
  std::string description;
  std::vector<std::string> advice;
  std::vector<OverviewGroup> groups;
  std::vector<OverviewLine> advised_against;
  std::vector<OverviewLine> gone;
  std::vector<OverviewLine> not_fitting; // only when needs were asked
};

// One entry of the 2020 list: what the list said then, what holds now.
struct OverviewChange {
  std::string id;
  std::string name;
  std::string then;             // "recommended"
  std::vector<std::string> now; // the judgment, the status and each changed fact, with sources
};

struct OverviewSource {
  std::string id;
  std::string text; // "Publisher: Title (2020-07)"
  std::string url;
};

struct OverviewView {
  std::string title;
  std::string order;     // for whom the order is: "a typical group of 8" or the needs asked
  std::string date_line; // "As of 3 December 2026", or ""
  std::vector<std::string> general_advice;
  std::vector<OverviewCategory> categories;
  std::vector<OverviewChange> changes;
  std::vector<OverviewSource> sources;
  Footer footer;
  bool qr = true; // HTML: a QR code beside each address
};

// What to build an overview of: the catalogue, one ranking per category shown (in order), and
// whether the needs were asked (else the order is for a typical group).
struct OverviewRequest {
  std::vector<engine::Ranking> rankings;
  bool needs_asked = false;
  std::optional<Date> date;
  Footer footer;
  bool qr = true;
};

OverviewView make_overview_view(const catalogue::Catalogue& catalogue,
                                const OverviewRequest& request, Language language);

// Returns the anchor of a category or service in the HTML page: "video", "s-jitsi-meet-ffmuc".
std::string overview_anchor(std::string_view id, bool service);

// Headings and labels every format shares.
std::string overview_heading(std::string_view key, Language language);

// One self-contained, printable HTML page (A4, table of contents, QR codes unless qr is false).
std::string render_overview_html(const OverviewView& view, Language language);

// pandoc Markdown with a YAML metadata block (title, lang, date when asked).
std::string render_overview_markdown(const OverviewView& view, Language language);

// Plain text for the terminal, wrapped to `width` columns.
std::string render_overview_text(const OverviewView& view, Language language, std::size_t width);

} // namespace advisor::render
