#include <advisor/render/handout/handout.hpp>
#include <advisor/render/html.hpp>

namespace advisor::render {
namespace {

std::string points(const std::vector<Text>& items, Language language) {
  std::string out = "<ul class=\"points\">\n";
  for (const auto& item : items)
    out += "<li>" + html_with_links(item.in(language)) + "</li>\n";
  return out + "</ul>\n";
}

std::string fill_in_box(const HandoutView& view, Language language) {
  if (view.fill_in.empty()) return {};
  std::string out =
      "<div class=\"fill-in\">\n<h3>" + escape_html(fill_in_title(view, language)) + "</h3>\n";
  for (const auto& line : view.fill_in) {
    if (line.value.empty()) {
      out += "<p>" + escape_html(line.label.in(language)) + ":</p><div class=\"line\"></div>\n";
    } else {
      out += "<p>" + escape_html(line.label.in(language)) + ": <strong class=\"filled\">" +
             html_with_links(line.value) + "</strong></p>\n";
    }
  }
  return out + "</div>\n";
}

} // namespace

std::string footer_html(const Footer& footer) {
  if (footer.empty()) return {};
  std::string out = "<div class=\"footer\">\n";
  if (!footer.name.empty()) out += "<p><strong>" + escape_html(footer.name) + "</strong></p>\n";
  for (const auto& line : footer.contact)
    out += "<p>" + html_with_links(line) + "</p>\n";
  if (!footer.address.empty()) out += "<p>" + escape_html(footer.address) + "</p>\n";
  return out + "</div>\n";
}

std::string render_handout_html(const HandoutView& view, Language language) {
  const std::string title = handout_title(view, language);
  std::string body;
  if (!view.footer.name.empty()) {
    body += "<p class=\"organisation-name\">" + escape_html(view.footer.name) + "</p>\n";
  }
  if (!view.footer.contact.empty()) {
    // Whoever gets stuck finds help on the first page, not only in the footer.
    std::string lines;
    for (const auto& line : view.footer.contact) {
      lines += (lines.empty() ? "" : " · ") + html_with_links(line);
    }
    body += "<p class=\"contact\">" + escape_html(contact_prefix(language)) + lines + "</p>\n";
  }
  body += "<h1>" + escape_html(title) + "</h1>\n";
  if (view.date)
    body += "<p class=\"meta\">" + escape_html(handout_date_line(view, language)) + "</p>\n";
  if (!view.reasons.empty()) {
    body += "<h3>" + escape_html(reasons_title(view, language)) + "</h3>\n" +
            points(view.reasons, language);
  }
  body += guide_body_html(view.guide, language, fill_in_box(view, language));
  if (!view.category_tips.empty() || !view.general_tips.empty()) {
    body += "<div class=\"part\">\n";
    if (!view.category_tips.empty()) {
      body += "<div class=\"section\">\n<h2>" + escape_html(category_tips_title(view, language)) +
              "</h2>\n" + points(view.category_tips, language) + "</div>\n";
    }
    if (!view.general_tips.empty()) {
      body += "<div class=\"section\">\n<h2>" + escape_html(general_tips_title(language)) +
              "</h2>\n" + points(view.general_tips, language) + "</div>\n";
    }
    body += "</div>\n";
  }
  body += footer_html(view.footer);
  return html_page(language_code(language), title, body);
}

} // namespace advisor::render
