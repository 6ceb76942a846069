#include <advisor/render/guide/guide.hpp>
#include <advisor/render/messages.hpp>
#include <advisor/render/terminal.hpp>

#include <fmt/format.h>

namespace advisor::render {
namespace {

// `text` wrapped to `width`, the first line after `prefix` and the others aligned with it.
std::string para(std::string_view prefix, std::string_view text, std::size_t width) {
  return wrap_hanging(prefix, text, width) + "\n";
}

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

std::string guide_body_text(const GuideView& view, Language language, std::size_t width,
                            std::string_view after_address) {
  const auto& entry = *view.entry;
  std::vector<std::string> blocks;
  if (!entry.summary.in(language).empty()) {
    blocks.push_back(para("", entry.summary.in(language), width));
  }
  if (const auto line = checked_line(view, language); !line.empty()) {
    blocks.push_back(para("", line, width));
  }
  for (const auto& notice : view.notices) {
    if (notice.in(language).empty()) continue;
    blocks.push_back(
        para(message("out.guide.important", language) + ": ", notice.in(language), width));
  }
  if (!entry.url.empty() && !view.discontinued) {
    blocks.push_back(message("out.guide.address", language) + ": " + entry.url + "\n");
  } else if (!entry.hosting.in(language).empty() && view.audience != Audience::participant) {
    const std::string where = message("out.guide.where", language) + ": ";
    blocks.push_back(wrap(where + entry.hosting.in(language), width) + "\n");
  }
  blocks.emplace_back(after_address);
  if (!view.services.empty()) {
    std::string list = para("", services_intro(view, language), width);
    for (const auto& service : view.services) {
      std::string line = service.id + ": " + service.name;
      if (!service.url.empty()) line += ", " + service.url;
      if (!service.status_note.in(language).empty()) {
        line += " (" + service.status_note.in(language) + ")";
      }
      list += para("  - ", line, width);
    }
    blocks.push_back(list);
    blocks.push_back(services_hint(language) + "\n  " + services_example(view) + "\n");
  }
  if (view.sections.empty() && !view.discontinued && view.services.empty()) {
    blocks.push_back(para("", no_steps_line(view, language), width));
  }
  for (const auto& section : view.sections) {
    std::string block = underlined(section.title.in(language), '-');
    int number = 0;
    for (const auto& step : section.steps) {
      if (section.numbered) {
        block += para(fmt::format("{:>3}. ", ++number), step.in(language), width);
      } else {
        block += para("  - ", step.in(language), width);
      }
    }
    blocks.push_back(block);
  }
  return join_blocks(blocks);
}

std::string render_guide_text(const GuideView& view, Language language, std::size_t width) {
  return underlined(guide_title(view, language), '=') + "\n" +
         guide_body_text(view, language, width);
}

} // namespace advisor::render
