// The overview as plain text, for the terminal or an e-mail.
#include <advisor/render/messages.hpp>
#include <advisor/render/overview/overview.hpp>
#include <advisor/render/terminal.hpp>

namespace advisor::render {
namespace {

struct TextWriter {
  Language language;
  std::size_t width;
  std::string out;

  void line(const std::string& text = {}) { out += text + '\n'; }
  void item(const std::string& prefix, const std::string& text) {
    if (!text.empty()) line(wrap_hanging(prefix, text, width));
  }
  void heading(const std::string& text, char underline) {
    line(text);
    line(std::string(display_width(text), underline));
  }
  std::string label(std::string_view key) const { return overview_heading(key, language); }

  void service(const OverviewService& s) {
    std::string title = s.name + " (" + s.id + ")";
    if (s.local) title += " – " + label("local");
    item("", title);
    item("  ", s.url.empty() ? s.no_address : s.url);
    item("  ", s.summary);
    item("  ", message("out.verdict", language) + ": " + s.verdict);
    item("  ", label("facts") + ": " + s.facts);
    if (!s.look_out.empty()) {
      item("  ", label("look-out") + ":");
      for (const auto& text : s.look_out)
        item("    - ", text);
    }
    if (!s.guide.empty()) item("  ", label("guide") + ": " + s.guide);
    line();
  }

  void lines(const std::string& title, const std::vector<OverviewLine>& items) {
    if (items.empty()) return;
    heading(title, '-');
    for (const auto& entry : items) {
      item("  - ", entry.name + " (" + entry.id + "): " + entry.text);
      item("    ", entry.summary);
    }
    line();
  }

  void category(const OverviewCategory& c, std::size_t number) {
    heading(std::to_string(number) + ". " + c.name, '=');
    item("", c.description);
    line();
    if (!c.advice.empty()) {
      item("", label("advice") + ":");
      for (const auto& advice : c.advice)
        item("  - ", advice);
      line();
    }
    for (const auto& group : c.groups) {
      heading(group.heading, '-');
      for (const auto& s : group.services)
        service(s);
    }
    lines(label("advised-against"), c.advised_against);
    lines(label("gone"), c.gone);
    lines(label("not-fitting"), c.not_fitting);
  }
};

} // namespace

std::string render_overview_text(const OverviewView& view, Language language, std::size_t width) {
  TextWriter w{language, width, {}};
  w.heading(view.title, '#');
  if (!view.footer.name.empty()) w.item("", view.footer.name);
  w.item("", view.date_line);
  w.item("", view.order);
  w.line();
  w.item("", w.label("contents") + ":");
  std::size_t number = 1;
  for (const auto& c : view.categories)
    w.item("  ", std::to_string(number++) + ". " + c.name);
  w.item("  ", std::to_string(number++) + ". " + w.label("general"));
  w.item("  ", std::to_string(number) + ". " + w.label("changes"));
  w.line();
  number = 1;
  for (const auto& c : view.categories)
    w.category(c, number++);
  w.heading(std::to_string(number++) + ". " + w.label("general"), '=');
  for (const auto& advice : view.general_advice)
    w.item("  - ", advice);
  w.line();
  w.heading(std::to_string(number) + ". " + w.label("changes"), '=');
  w.item("", w.label("changes.intro"));
  w.line();
  for (const auto& change : view.changes) {
    w.item("", change.name + " (" + change.id + ")");
    w.item("  ", w.label("then") + ": " + change.then);
    w.item("  ", w.label("today") + ":");
    for (const auto& now : change.now)
      w.item("    - ", now);
  }
  w.line();
  w.heading(message("out.sources", language), '=');
  for (const auto& source : view.sources) {
    w.item(source.id + std::string(source.id.size() < 6 ? 6 - source.id.size() : 1, ' '),
           source.text + (source.url.empty() ? "" : " " + source.url));
  }
  if (!view.footer.empty()) {
    w.line();
    w.item("", view.footer.name);
    for (const auto& contact : view.footer.contact)
      w.item("", contact);
    w.item("", view.footer.address);
  }
  return w.out;
}

} // namespace advisor::render
