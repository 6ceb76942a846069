#include <advisor/render/handout/handout.hpp>
#include <advisor/render/terminal.hpp>

namespace advisor::render {
namespace {

std::string underlined(const std::string& title, char line) {
  return title + "\n" + std::string(display_width(title), line) + "\n";
}

std::string points(const std::vector<Text>& items, Language language, std::size_t width) {
  std::string out;
  for (const auto& item : items)
    out += wrap_hanging("  - ", item.in(language), width) + "\n";
  return out;
}

} // namespace

std::string render_handout_text(const HandoutView& view, Language language, std::size_t width) {
  std::string out;
  if (!view.footer.name.empty()) out += view.footer.name + "\n";
  if (!view.footer.contact.empty()) {
    std::string lines;
    for (const auto& line : view.footer.contact)
      lines += (lines.empty() ? "" : " · ") + line;
    out += wrap_hanging("", contact_prefix(language) + lines, width) + "\n";
  }
  if (!view.footer.name.empty() || !view.footer.contact.empty()) out += "\n";
  out += underlined(handout_title(view, language), '=') + "\n";
  if (view.date) out += handout_date_line(view, language) + "\n\n";
  if (!view.reasons.empty()) {
    out += reasons_title(view, language) + "\n" + points(view.reasons, language, width) + "\n";
  }
  std::string fill_in;
  if (!view.fill_in.empty()) {
    fill_in = fill_in_title(view, language) + "\n";
    for (const auto& line : view.fill_in) {
      const std::string value =
          line.value.empty() ? std::string("______________________________") : line.value;
      fill_in += wrap_hanging("  ", line.label.in(language) + ": " + value, width) + "\n";
    }
  }
  out += guide_body_text(view.guide, language, width, fill_in);
  if (!view.category_tips.empty()) {
    out += "\n" + underlined(category_tips_title(view, language), '-') +
           points(view.category_tips, language, width);
  }
  if (!view.general_tips.empty()) {
    out += "\n" + underlined(general_tips_title(language), '-') +
           points(view.general_tips, language, width);
  }
  if (!view.footer.empty()) {
    out += "\n" + std::string(width, '-') + "\n";
    if (!view.footer.name.empty()) out += view.footer.name + "\n";
    for (const auto& line : view.footer.contact)
      out += line + "\n";
    if (!view.footer.address.empty()) out += view.footer.address + "\n";
  }
  return out;
}

} // namespace advisor::render
