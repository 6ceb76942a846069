// The overview as pandoc Markdown: a metadata block for a PDF or DOCX, headings with the same
// anchors as the HTML page, every catalogue text escaped.
#include <advisor/catalogue/names.hpp>
#include <advisor/render/markdown_escape.hpp>
#include <advisor/render/messages.hpp>
#include <advisor/render/overview/overview.hpp>

namespace advisor::render {
namespace {

struct MarkdownWriter {
  Language language;
  std::string out;

  void line(const std::string& text = {}) { out += text + '\n'; }
  std::string label(std::string_view key) const { return overview_heading(key, language); }
  void heading(int level, const std::string& text, const std::string& anchor) {
    line(std::string(static_cast<std::size_t>(level), '#') + " " + markdown_text(text) + " {#" +
         anchor + "}");
    line();
  }

  void service(const OverviewService& s) {
    std::string title = markdown_text(s.name) + " (`" + s.id + "`)";
    if (s.local) title += " – " + markdown_text(label("local"));
    line("#### " + title + " {#" + overview_anchor(s.id, true) + "}");
    line();
    if (!s.url.empty()) {
      line("<" + s.url + ">");
    } else {
      line(markdown_text(s.no_address));
    }
    line();
    if (!s.summary.empty()) {
      line(markdown_text(s.summary));
      line();
    }
    line("- **" + markdown_text(message("out.verdict", language)) + ":** " +
         markdown_text(s.verdict));
    line("- **" + markdown_text(label("facts")) + ":** " + markdown_text(s.facts));
    for (const auto& text : s.look_out)
      line("- **!** " + markdown_text(text));
    if (!s.guide.empty()) line("- **" + markdown_text(label("guide")) + ":** `" + s.guide + "`");
    line();
  }

  void lines(const std::string& title, const std::vector<OverviewLine>& items) {
    if (items.empty()) return;
    line("### " + markdown_text(title));
    line();
    for (const auto& entry : items) {
      std::string text = "- **" + markdown_text(entry.name) + "** (`" + entry.id +
                         "`): " + markdown_text(entry.text);
      if (!entry.summary.empty()) text += " " + markdown_text(entry.summary);
      line(text);
    }
    line();
  }
};

} // namespace

std::string render_overview_markdown(const OverviewView& view, Language language) {
  MarkdownWriter w{language, {}};
  // pandoc reads metadata values as Markdown: escape for Markdown first, then quote for YAML.
  w.line("---");
  w.line("title: " + yaml_quoted(markdown_text(view.title)));
  w.line("lang: " + std::string(language_code(language)));
  if (!view.date_line.empty()) w.line("date: " + yaml_quoted(markdown_text(view.date_line)));
  if (!view.footer.name.empty()) w.line("author: " + yaml_quoted(markdown_text(view.footer.name)));
  w.line("toc: true");
  w.line("...");
  w.line();
  w.line(markdown_text(view.order));
  w.line();
  std::size_t number = 1;
  for (const auto& c : view.categories) {
    w.heading(2, std::to_string(number++) + ". " + c.name,
              overview_anchor(catalogue::name_of(c.id), false));
    if (!c.description.empty()) {
      w.line(markdown_text(c.description));
      w.line();
    }
    if (!c.advice.empty()) {
      w.line("**" + markdown_text(w.label("advice")) + "**");
      w.line();
      for (const auto& advice : c.advice)
        w.line("- " + markdown_text(advice));
      w.line();
    }
    for (const auto& group : c.groups) {
      w.line("### " + markdown_text(group.heading));
      w.line();
      for (const auto& s : group.services)
        w.service(s);
    }
    w.lines(w.label("advised-against"), c.advised_against);
    w.lines(w.label("gone"), c.gone);
    w.lines(w.label("not-fitting"), c.not_fitting);
  }
  w.heading(2, std::to_string(number++) + ". " + w.label("general"), "general");
  for (const auto& advice : view.general_advice)
    w.line("- " + markdown_text(advice));
  w.line();
  w.heading(2, std::to_string(number) + ". " + w.label("changes"), "changes");
  w.line(markdown_text(w.label("changes.intro")));
  w.line();
  for (const auto& change : view.changes) {
    w.line("- **" + markdown_text(change.name) + "** (`" + change.id + "`) – " +
           markdown_text(w.label("then")) + ": " + markdown_text(change.then) + "; " +
           markdown_text(w.label("today")) + ":");
    for (const auto& now : change.now)
      w.line("    - " + markdown_text(now));
  }
  w.line();
  w.heading(2, message("out.sources", language), "sources");
  for (const auto& source : view.sources) {
    std::string text = "- " + source.id + ": " + markdown_text(source.text);
    if (!source.url.empty()) text += " <" + source.url + ">";
    w.line(text);
  }
  if (!view.footer.empty()) {
    w.line();
    w.line("---");
    w.line();
    if (!view.footer.name.empty()) w.line("**" + markdown_text(view.footer.name) + "**  ");
    for (const auto& contact : view.footer.contact)
      w.line(markdown_text(contact) + "  ");
    if (!view.footer.address.empty()) w.line(markdown_text(view.footer.address));
  }
  return w.out;
}

} // namespace advisor::render
