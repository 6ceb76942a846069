#include <advisor/render/guide.hpp>
#include <advisor/render/text_wrap.hpp>

#include <fmt/format.h>

namespace advisor::render {
namespace {

constexpr std::size_t k_width = 78;

std::string underlined(const std::string& title, char line) {
  return title + "\n" + std::string(display_width(title), line) + "\n";
}

// Joins blocks of lines with one blank line between them, skipping empty blocks.
std::string join_blocks(const std::vector<std::string>& blocks) {
  std::string out;
  for (const auto& block : blocks) {
    if (block.empty()) continue;
    if (!out.empty()) out += "\n";
    out += block;
  }
  return out;
}

} // namespace

std::string guide_body_text(const GuideView& view, Language language,
                            std::string_view after_address) {
  const bool de = language == Language::de;
  const auto& entry = *view.entry;
  std::vector<std::string> blocks;
  if (!entry.summary.in(language).empty()) {
    blocks.push_back(wrap(entry.summary.in(language), k_width, "", ""));
  }
  if (view.checked) blocks.push_back(checked_line(view, language) + "\n");
  for (const auto& notice : view.notices) {
    if (notice.in(language).empty()) continue;
    blocks.push_back(wrap(notice.in(language), k_width, de ? "Wichtig: " : "Important: ", "  "));
  }
  if (!entry.url.empty() && !view.discontinued) {
    blocks.push_back(std::string(de ? "Adresse: " : "Address: ") + entry.url + "\n");
  }
  blocks.emplace_back(after_address);
  if (!view.services.empty()) {
    std::string list = wrap(services_intro(view, language), k_width, "", "");
    for (const auto& service : view.services) {
      std::string line = service.id + ": " + service.name;
      if (!service.url.empty()) line += ", " + service.url;
      if (!service.status_note.in(language).empty()) {
        line += " (" + service.status_note.in(language) + ")";
      }
      list += wrap(line, k_width, "  - ", "    ");
    }
    blocks.push_back(list);
    blocks.push_back(services_hint(language) + "\n  " + services_example(view) + "\n");
  }
  if (view.sections.empty() && !view.discontinued && view.services.empty()) {
    blocks.push_back(wrap(no_steps_line(view, language), k_width, "", ""));
  }
  for (const auto& section : view.sections) {
    std::string block = underlined(section.title.in(language), '-');
    int number = 0;
    for (const auto& step : section.steps) {
      if (section.numbered) {
        block += wrap(step.in(language), k_width, fmt::format("{:>3}. ", ++number), "     ");
      } else {
        block += wrap(step.in(language), k_width, "  - ", "    ");
      }
    }
    blocks.push_back(block);
  }
  return join_blocks(blocks);
}

std::string render_guide_text(const GuideView& view, Language language) {
  return underlined(guide_title(view, language), '=') + "\n" + guide_body_text(view, language);
}

} // namespace advisor::render
