#pragma once
// A handout: one document a group leader prints or sends to a group. The guide of one service,
// the general tips of its category and of every category, and the organisation's footer.

#include <advisor/catalogue/model.hpp>
#include <advisor/render/guide/guide.hpp>

#include <optional>
#include <string>
#include <vector>

namespace advisor::render {

// Who hands the sheet out. Filled from flags (--org-name, --org-contact, --org-address) and,
// later, from a configuration file; every part may be empty.
struct Footer {
  std::string name;
  std::vector<std::string> contact; // one line each: phone, e-mail, opening hours …
  std::string address;
  // Returns true when there is nothing to show.
  bool empty() const { return name.empty() && contact.empty() && address.empty(); }
};

// A line of the box "For our group": its label and what the organiser gave (empty: a line to fill
// in by hand).
struct FillIn {
  Text label;
  std::string value;
};

// The meeting a handout is for (handout --meeting-url, --meeting-code, --dial-in-number, --pin,
// --when); every part may be empty. The url is checked by the caller (http or https only).
struct Meeting {
  std::string url;
  std::string code;
  std::string dial_in_number;
  std::string pin;
  std::string when;
};

struct HandoutView {
  GuideView guide;
  Text category_name;              // "Videokonferenzen" / "Video conferencing"
  std::vector<Text> category_tips; // advice of the service's category
  std::vector<Text> general_tips;  // advice for every category
  std::vector<FillIn> fill_in;     // the box "For our group", filled from the Meeting or blank
  std::vector<Text> reasons;       // why this service was chosen (from a query); may be empty
  Footer footer;
  std::optional<Date> date; // printed only when asked for
};

// Returns the handout for `entry`. Throws UsageError when `entry` is a tool with several services
// (a handout needs one place to go), or is discontinued; throws Error when the catalogue has no
// steps for it; the message in `language`.
HandoutView make_handout_view(const catalogue::Catalogue& catalogue, const catalogue::Entry& entry,
                              Audience audience, Language language, const Date& today,
                              Footer footer, std::optional<Date> date, const Meeting& meeting = {});

// Returns the handout's title ("talky: so nehmen Sie teil").
std::string handout_title(const HandoutView& view, Language language);

// Returns "Stand: 30. November 2026" / "As of 30 November 2026", or "" without a date.
std::string handout_date_line(const HandoutView& view, Language language);

// Returns the headings of the tips parts and of the reasons.
std::string category_tips_title(const HandoutView& view, Language language);
std::string general_tips_title(Language language);
std::string fill_in_title(const HandoutView& view, Language language);

// Returns "Bei Fragen: " / "Questions? ", the words before the contact lines on the first page.
std::string contact_prefix(Language language);
std::string reasons_title(const HandoutView& view, Language language);

// Returns the organisation's footer as HTML ("" when it is empty).
std::string footer_html(const Footer& footer);

// The handout as one self-contained, printable HTML page (A4, QR codes, no external resource).
std::string render_handout_html(const HandoutView& view, Language language);

// The handout as pandoc Markdown with a YAML metadata block (title, lang, date when asked).
std::string render_handout_markdown(const HandoutView& view, Language language);

// The handout as plain text (for e-mail), wrapped to `width` columns.
std::string render_handout_text(const HandoutView& view, Language language, std::size_t width);

} // namespace advisor::render
