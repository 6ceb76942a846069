#include <advisor/render/guide.hpp>
#include <advisor/render/text_wrap.hpp>

#include <fmt/format.h>

namespace advisor::render {
namespace {

constexpr std::size_t k_width = 78;

std::string underlined(const std::string& title, char line) {
  return title + "\n" + std::string(display_width(title), line) + "\n";
}

} // namespace

std::string guide_body_text(const GuideView& view, Language language,
                            std::string_view after_address) {
  const bool de = language == Language::de;
  const auto& entry = *view.entry;
  std::string out;
  if (!entry.summary.in(language).empty()) {
    out += wrap(entry.summary.in(language), k_width, "", "") + "\n";
  }
  if (view.checked) out += checked_line(view, language) + "\n";
  for (const auto& notice : view.notices) {
    if (notice.in(language).empty()) continue;
    out += "\n" + wrap(notice.in(language), k_width, de ? "Wichtig: " : "Important: ", "  ");
  }
  if (!entry.url.empty() && !view.discontinued) {
    out += "\n" + std::string(de ? "Adresse: " : "Address: ") + entry.url + "\n";
  }
  out += after_address;
  if (!view.services.empty()) {
    out += "\n" + wrap(services_intro(view, language), k_width, "", "");
    for (const auto& service : view.services) {
      std::string line = service.id + ": " + service.name;
      if (!service.url.empty()) line += ", " + service.url;
      if (!service.status_note.in(language).empty()) {
        line += " (" + service.status_note.in(language) + ")";
      }
      out += wrap(line, k_width, "  - ", "    ");
    }
    out += wrap(services_hint(view, language), k_width, "", "");
  }
  if (view.sections.empty() && !view.discontinued && view.services.empty()) {
    out += "\n" + wrap(no_steps_line(view, language), k_width, "", "");
  }
  for (const auto& section : view.sections) {
    out += "\n" + underlined(section.title.in(language), '-');
    int number = 0;
    for (const auto& step : section.steps) {
      if (section.numbered) {
        out += wrap(step.in(language), k_width, fmt::format("{:>3}. ", ++number), "     ");
      } else {
        out += wrap(step.in(language), k_width, "  - ", "    ");
      }
    }
  }
  return out;
}

std::string render_guide_text(const GuideView& view, Language language) {
  return underlined(guide_title(view, language), '=') + "\n" + guide_body_text(view, language);
}

} // namespace advisor::render
