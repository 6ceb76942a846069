// The overview as one self-contained HTML page for screen and print: a table of contents with
// anchors, each service in a box that does not break across pages, a QR code beside each address.
#include <advisor/catalogue/names.hpp>
#include <advisor/render/html.hpp>
#include <advisor/render/messages.hpp>
#include <advisor/render/overview/overview.hpp>
#include <advisor/render/qr_svg.hpp>

#include <fmt/format.h>

namespace advisor::render {
namespace {

struct HtmlWriter {
  Language language;
  bool qr;
  std::string out;

  std::string label(std::string_view key) const { return overview_heading(key, language); }
  void add(const std::string& html) { out += html + '\n'; }

  void points(const std::vector<std::string>& items, std::string_view css = "points") {
    if (items.empty()) return;
    add(fmt::format("<ul class=\"{}\">", css));
    for (const auto& item : items)
      add("<li>" + html_with_links(item) + "</li>");
    add("</ul>");
  }

  void address(const OverviewService& s) {
    if (s.url.empty()) {
      add("<p class=\"no-address\">" + html_with_links(s.no_address) + "</p>");
      return;
    }
    const std::string link =
        fmt::format("<a href=\"{}\">{}</a>", escape_html(s.url), escape_html(s.url));
    if (!qr) {
      add("<p class=\"url\">" + link + "</p>");
      return;
    }
    add(fmt::format("<div class=\"address\"><img src=\"{}\" alt=\"{}\"><p class=\"url\">{}</p>"
                    "</div>",
                    svg_data_uri(qr_svg(s.url)),
                    escape_html(message("out.html.qr-code", language, {{"url", s.url}})), link));
  }

  void service(const OverviewService& s) {
    add(fmt::format("<div class=\"service{}\" id=\"{}\">", s.local ? " local" : "",
                    overview_anchor(s.id, true)));
    std::string title =
        escape_html(s.name) + " <span class=\"id\">" + escape_html(s.id) + "</span>";
    if (s.local) title += " <span class=\"mark\">" + escape_html(label("local")) + "</span>";
    add("<h4>" + title + "</h4>");
    address(s);
    if (!s.summary.empty()) add("<p>" + html_with_links(s.summary) + "</p>");
    add("<p><strong>" + escape_html(message("out.verdict", language)) + ":</strong> " +
        escape_html(s.verdict) + "</p>");
    add("<p class=\"facts\"><strong>" + escape_html(label("facts")) + ":</strong> " +
        escape_html(s.facts) + "</p>");
    if (!s.look_out.empty()) {
      add("<p><strong>" + escape_html(label("look-out")) + ":</strong></p>");
      points(s.look_out);
    }
    if (!s.guide.empty()) {
      add("<p><strong>" + escape_html(label("guide")) + ":</strong> <code>" + escape_html(s.guide) +
          "</code></p>");
    }
    add("</div>");
  }

  void lines(const std::string& title, const std::vector<OverviewLine>& items) {
    if (items.empty()) return;
    add("<h3>" + escape_html(title) + "</h3>");
    add("<ul class=\"points\">");
    for (const auto& entry : items) {
      std::string text = "<strong>" + escape_html(entry.name) + "</strong> <span class=\"id\">" +
                         escape_html(entry.id) + "</span>: " + html_with_links(entry.text);
      if (!entry.summary.empty()) text += " " + html_with_links(entry.summary);
      add("<li>" + text + "</li>");
    }
    add("</ul>");
  }
};

} // namespace

std::string render_overview_html(const OverviewView& view, Language language) {
  HtmlWriter w{language, view.qr, {}};
  if (!view.footer.name.empty())
    w.add("<p class=\"organisation-name\">" + escape_html(view.footer.name) + "</p>");
  w.add("<h1>" + escape_html(view.title) + "</h1>");
  if (!view.date_line.empty()) w.add("<p class=\"meta\">" + escape_html(view.date_line) + "</p>");
  w.add("<p>" + escape_html(view.order) + "</p>");
  // The table of contents: each category with its groups of services.
  w.add("<div class=\"toc\"><h2>" + escape_html(w.label("contents")) + "</h2><ol>");
  for (const auto& c : view.categories) {
    std::string services;
    for (const auto& group : c.groups) {
      for (const auto& s : group.services) {
        services += fmt::format("<li><a href=\"#{}\">{}</a></li>", overview_anchor(s.id, true),
                                escape_html(s.name));
      }
    }
    w.add(fmt::format("<li><a href=\"#{}\">{}</a><ul class=\"toc-services\">{}</ul></li>",
                      overview_anchor(catalogue::name_of(c.id), false), escape_html(c.name),
                      services));
  }

  w.add("<li><a href=\"#general\">" + escape_html(w.label("general")) + "</a></li>");
  w.add("<li><a href=\"#changes\">" + escape_html(w.label("changes")) + "</a></li>");
  w.add("<li><a href=\"#sources\">" + escape_html(message("out.sources", language)) + "</a></li>");
  w.add("</ol></div>");
  std::size_t number = 1;
  for (const auto& c : view.categories) {
    w.add(fmt::format("<div class=\"category\" id=\"{}\">",
                      overview_anchor(catalogue::name_of(c.id), false)));
    w.add("<h2>" + std::to_string(number++) + ". " + escape_html(c.name) + "</h2>");
    if (!c.description.empty())
      w.add("<p class=\"summary\">" + html_with_links(c.description) + "</p>");
    if (!c.advice.empty()) {
      w.add("<h3>" + escape_html(w.label("advice")) + "</h3>");
      w.points(c.advice);
    }
    for (const auto& group : c.groups) {
      w.add("<h3>" + escape_html(group.heading) + "</h3>");
      for (const auto& s : group.services)
        w.service(s);
    }
    w.lines(w.label("advised-against"), c.advised_against);
    w.lines(w.label("gone"), c.gone);
    w.lines(w.label("not-fitting"), c.not_fitting);
    w.add("</div>");
  }
  w.add("<div id=\"general\"><h2>" + std::to_string(number++) + ". " +
        escape_html(w.label("general")) + "</h2>");
  w.points(view.general_advice);
  w.add("</div>");
  w.add("<div id=\"changes\"><h2>" + std::to_string(number) + ". " +
        escape_html(w.label("changes")) + "</h2>");
  w.add("<p>" + escape_html(w.label("changes.intro")) + "</p>");
  w.add("<table class=\"changes\"><thead><tr><th></th><th>" + escape_html(w.label("then")) +
        "</th><th>" + escape_html(w.label("today")) + "</th></tr></thead><tbody>");
  for (const auto& change : view.changes) {
    std::string now;
    for (const auto& text : change.now)
      now += "<li>" + escape_html(text) + "</li>";
    w.add("<tr><td><strong>" + escape_html(change.name) + "</strong><br><span class=\"id\">" +
          escape_html(change.id) + "</span></td><td>" + escape_html(change.then) + "</td><td><ul>" +
          now + "</ul></td></tr>");
  }
  w.add("</tbody></table></div>");
  w.add("<div id=\"sources\" class=\"sources\"><h2>" +
        escape_html(message("out.sources", language)) + "</h2><ul>");
  for (const auto& source : view.sources) {
    std::string text =
        "<li><span class=\"id\">" + escape_html(source.id) + "</span> " + escape_html(source.text);
    if (!source.url.empty()) {
      text +=
          fmt::format(" <a href=\"{}\">{}</a>", escape_html(source.url), escape_html(source.url));
    }
    w.add(text + "</li>");
  }
  w.add("</ul></div>");
  w.out += footer_html(view.footer);
  return html_page(language_code(language), view.title,
                   "<div class=\"overview\">\n" + w.out + "</div>\n");
}

} // namespace advisor::render
