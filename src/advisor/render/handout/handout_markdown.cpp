#include <advisor/render/handout/handout.hpp>
#include <advisor/render/markdown_escape.hpp>

namespace advisor::render {
namespace {

std::string points(const std::vector<Text>& items, Language language) {
  std::string out;
  for (const auto& item : items)
    out += "- " + markdown_text(item.in(language)) + "\n";
  return out + "\n";
}

} // namespace

std::string render_handout_markdown(const HandoutView& view, Language language) {
  const std::string title = handout_title(view, language);
  // pandoc reads metadata values as Markdown: escape for Markdown first, then quote for YAML.
  std::string out = "---\ntitle: " + yaml_quoted(markdown_text(title)) + "\n";
  out += "lang: " + std::string(language_code(language)) + "\n";
  if (view.date)
    out += "date: " + yaml_quoted(markdown_text(handout_date_line(view, language))) + "\n";
  if (!view.footer.name.empty())
    out += "author: " + yaml_quoted(markdown_text(view.footer.name)) + "\n";
  out += "...\n\n";
  if (!view.footer.contact.empty()) {
    std::string lines;
    for (const auto& line : view.footer.contact) {
      lines += (lines.empty() ? "" : " · ") + markdown_text(line);
    }
    out += markdown_text(contact_prefix(language)) + lines + "\n\n";
  }
  if (!view.reasons.empty()) {
    out += "**" + markdown_text(reasons_title(view, language)) + "**\n\n" +
           points(view.reasons, language);
  }
  std::string fill_in;
  if (!view.fill_in.empty()) {
    fill_in = "**" + markdown_text(fill_in_title(view, language)) + "**\n\n";
    for (const auto& line : view.fill_in) {
      const std::string value = line.value.empty()
                                    ? std::string("..................................")
                                    : "**" + markdown_text(line.value) + "**";
      fill_in += markdown_text(line.label.in(language)) + ": " + value + "\n\n";
    }
  }
  out += guide_body_markdown(view.guide, language, fill_in);
  if (!view.category_tips.empty()) {
    out += "## " + markdown_text(category_tips_title(view, language)) + "\n\n" +
           points(view.category_tips, language);
  }
  if (!view.general_tips.empty()) {
    out += "## " + markdown_text(general_tips_title(language)) + "\n\n" +
           points(view.general_tips, language);
  }
  if (!view.footer.empty()) {
    out += "* * *\n\n";
    std::vector<std::string> lines;
    if (!view.footer.name.empty()) lines.push_back("**" + markdown_text(view.footer.name) + "**");
    for (const auto& line : view.footer.contact)
      lines.push_back(markdown_text(line));
    if (!view.footer.address.empty()) lines.push_back(markdown_text(view.footer.address));
    for (std::size_t i = 0; i < lines.size(); ++i) {
      out += lines[i] + (i + 1 < lines.size() ? "\\\n" : "\n");
    }
    out += "\n";
  }
  while (out.ends_with("\n\n"))
    out.pop_back();
  return out;
}

} // namespace advisor::render
