#include <advisor/render/guide/guide.hpp>
#include <advisor/render/html.hpp>
#include <advisor/render/messages.hpp>
#include <advisor/render/qr_svg.hpp>
#include <advisor/render/urls.hpp>

#include <algorithm>
#include <fmt/format.h>

namespace advisor::render {
namespace {

// Every address a reader has to open: the group's meeting or else the service's own first, then
// those named in the steps shown, each once.
std::vector<std::string> addresses(const GuideView& view, Language language) {
  std::vector<std::string> result;
  const auto add = [&result](std::string url) {
    if (std::find(result.begin(), result.end(), url) == result.end()) {
      result.push_back(std::move(url));
    }
  };
  if (!view.meeting_url.empty()) {
    add(view.meeting_url);
  } else if (!view.entry->url.empty()) {
    add(view.entry->url);
  }
  for (const auto& section : view.sections) {
    for (const auto& step : section.steps) {
      const std::string& text = step.in(language);
      for (const auto& span : find_urls(text))
        add(text.substr(span.start, span.length));
    }
  }
  return result;
}

std::string address_box(const std::string& url, Language language) {
  return fmt::format("<div class=\"address\"><img src=\"{}\" alt=\"{}\">"
                     "<div><p class=\"url\"><a href=\"{}\">{}</a></p><p>{}</p></div></div>\n",
                     svg_data_uri(qr_svg(url)),
                     escape_html(message("out.html.qr-code", language, {{"url", url}})),
                     escape_html(url), escape_html(url),
                     // Our own sentence, as written: escaping would turn its apostrophe into &#39;.
                     message("out.guide.scan", language));
}

} // namespace

std::string guide_body_html(const GuideView& view, Language language,
                            std::string_view after_addresses) {
  const auto& entry = *view.entry;
  std::string out;
  if (!entry.summary.in(language).empty()) {
    out += "<p class=\"summary\">" + html_with_links(entry.summary.in(language)) + "</p>\n";
  }
  if (const auto line = checked_line(view, language); !line.empty()) {
    out += "<p class=\"meta\">" + escape_html(line) + "</p>\n";
  }
  std::string notices;
  for (const auto& notice : view.notices) {
    if (!notice.in(language).empty())
      notices += "<p>" + html_with_links(notice.in(language)) + "</p>";
  }
  if (!notices.empty()) {
    out += fmt::format("<div class=\"notice\"><strong>{}</strong>{}</div>\n",
                       escape_html(message("out.guide.important", language) + ":"), notices);
  }
  std::string boxes;
  if (!view.discontinued) {
    for (const auto& url : addresses(view, language))
      boxes += address_box(url, language);
  }
  // A handout's box "For our group" stands beside the QR code, so that page one holds both.
  const bool beside = !boxes.empty() && !after_addresses.empty();
  out += beside ? "<div class=\"where\">\n" + boxes + std::string(after_addresses) + "</div>\n"
                : boxes;
  if (entry.url.empty() && !entry.hosting.in(language).empty() &&
      view.audience != Audience::participant) {
    out += fmt::format("<div class=\"notice\"><strong>{}</strong><p>{}</p></div>\n",
                       escape_html(message("out.guide.where", language) + ":"),
                       html_with_links(entry.hosting.in(language)));
  }
  if (!beside) out += after_addresses;
  if (!view.services.empty()) {
    out += "<p>" + escape_html(services_intro(view, language)) + "</p>\n<ul class=\"points\">\n";
    for (const auto& service : view.services) {
      out += "<li><strong>" + escape_html(service.name) + "</strong>";
      if (!service.url.empty()) out += ", " + html_with_links(service.url);
      if (!service.status_note.in(language).empty()) {
        out += " (" + escape_html(service.status_note.in(language)) + ")";
      }
      out += "<br>" + escape_html(message("out.guide.id", language) + ": ") + "<code>" +
             escape_html(service.id) + "</code></li>\n";
    }
    out += "</ul>\n<p class=\"meta\">" + escape_html(services_hint(language)) + " <code>" +
           escape_html(services_example(view)) + "</code></p>\n";
  }
  if (view.sections.empty() && !view.discontinued && view.services.empty()) {
    out += "<p>" + escape_html(no_steps_line(view, language)) + "</p>\n";
  }
  for (const auto& section : view.sections) {
    out += fmt::format("<div class=\"section {}\">\n<h2>{}</h2>\n", escape_html(section.key),
                       escape_html(section.title.in(language)));
    out += section.numbered ? "<ol class=\"steps\">\n" : "<ul class=\"points\">\n";
    for (const auto& step : section.steps) {
      out += "<li>" + html_with_links(step.in(language)) + "</li>\n";
    }
    out += section.numbered ? "</ol>\n" : "</ul>\n";
    out += "</div>\n";
  }
  return out;
}

std::string render_guide_html(const GuideView& view, Language language) {
  const std::string title = guide_title(view, language);
  const std::string body =
      "<h1>" + escape_html(title) + "</h1>\n" + guide_body_html(view, language);
  return html_page(language_code(language), title, body);
}

} // namespace advisor::render
