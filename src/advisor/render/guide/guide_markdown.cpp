#include <advisor/render/guide/guide.hpp>
#include <advisor/render/markdown_escape.hpp>
#include <advisor/render/messages.hpp>

#include <fmt/format.h>

namespace advisor::render {

std::string guide_body_markdown(const GuideView& view, Language language,
                                std::string_view after_address) {
  const auto& entry = *view.entry;
  std::string out;
  if (!entry.summary.in(language).empty()) {
    out += markdown_text(entry.summary.in(language)) + "\n\n";
  }
  if (const auto line = checked_line(view, language); !line.empty()) {
    out += markdown_text(line) + "\n\n";
  }
  for (const auto& notice : view.notices) {
    if (notice.in(language).empty()) continue;
    out += fmt::format("> **{}:** {}\n\n", markdown_text(message("out.guide.important", language)),
                       markdown_text(notice.in(language)));
  }
  if (!entry.url.empty() && !view.discontinued) {
    out += "**" + markdown_text(message("out.guide.address", language)) + ":** " +
           markdown_text(entry.url) + "\n\n";
  } else if (!entry.hosting.in(language).empty() && view.audience != Audience::participant) {
    out += "**" + markdown_text(message("out.guide.where", language)) + ":** " +
           markdown_text(entry.hosting.in(language)) + "\n\n";
  }
  out += after_address;
  if (!view.services.empty()) {
    out += markdown_text(services_intro(view, language)) + "\n\n";
    for (const auto& service : view.services) {
      std::string line = "`" + service.id + "`: " + markdown_text(service.name);
      if (!service.url.empty()) line += ", " + markdown_text(service.url);
      if (!service.status_note.in(language).empty()) {
        line += " (" + markdown_text(service.status_note.in(language)) + ")";
      }
      out += "- " + line + "\n";
    }
    out += "\n" + markdown_text(services_hint(language)) + " `" + services_example(view) + "`\n\n";
  }
  if (view.sections.empty() && !view.discontinued && view.services.empty()) {
    out += markdown_text(no_steps_line(view, language)) + "\n\n";
  }
  for (const auto& section : view.sections) {
    out += "## " + markdown_text(section.title.in(language)) + "\n\n";
    int number = 0;
    for (const auto& step : section.steps) {
      const std::string marker = section.numbered ? fmt::format("{}.", ++number) : "-";
      out += marker + " " + markdown_text(step.in(language)) + "\n";
    }
    out += "\n";
  }
  while (out.ends_with("\n\n\n"))
    out.pop_back();
  return out;
}

std::string render_guide_markdown(const GuideView& view, Language language) {
  std::string out = "# " + markdown_text(guide_title(view, language)) + "\n\n" +
                    guide_body_markdown(view, language);
  while (out.ends_with("\n\n"))
    out.pop_back();
  return out;
}

} // namespace advisor::render
