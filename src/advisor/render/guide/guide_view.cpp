#include <advisor/render/code_names.hpp>
#include <advisor/render/date_text.hpp>
#include <advisor/render/guide/guide.hpp>
#include <advisor/render/messages.hpp>
#include <advisor/render/vocabulary.hpp>

#include <algorithm>

namespace advisor::render {

using catalogue::Category;
using catalogue::Entry;
using catalogue::Status;

namespace {

// Steps older than this many months get a warning (issue 4).
constexpr int k_stale_months = 24;

Text section_title(std::string_view key, Category category) {
  if (key == "during") {
    switch (category) {
    case Category::messenger:
      return message_text("out.guide.section.during.messenger");
    case Category::scheduling:
      return message_text("out.guide.section.during.scheduling");
    default:
      return message_text("out.guide.section.during");
    }
  }
  if (key == "precautions" || key == "organiser" || key == "participant" || key == "leaving") {
    return message_text("out.guide.section." + std::string(key));
  }
  return message_text("out.guide.section.troubleshooting");
}

// "im Juli 2020" / "in July 2020", with the preposition the precision needs.
Text when(const Date& date) {
  const TextArgs args{{"date", date_in_words(date)}};
  if (date.day > 0) return message_text("out.guide.when.day", args);
  if (date.month > 0) return message_text("out.guide.when.month", args);
  return message_text("out.guide.when.year", args);
}

// "Englisch" / "Englisch und Französisch" / "Englisch, Französisch und Italienisch".
Text joined_language_names(const std::vector<Str>& codes) {
  Text result;
  for (std::size_t i = 0; i < codes.size(); ++i) {
    const Text name = language_name(codes[i]);
    if (i == 0) {
      result = name;
    } else {
      const bool last = i + 1 == codes.size();
      result = message_text(last ? "out.guide.languages.last" : "out.guide.languages.next",
                            {{"before", result}, {"after", name}});
    }
  }
  return result;
}

// `text`, then `more` after a space in each language in which `more` says something.
Text followed_by(Text text, const Text& more) {
  if (!more.de.empty()) text.de = text.de + " " + more.de;
  if (!more.en.empty()) text.en = text.en + " " + more.en;
  return text;
}

// What replaced a discontinued service: its name and id when it is in the catalogue.
Text replacement(const catalogue::Catalogue& catalogue, const std::string& replaced_by) {
  if (replaced_by.empty()) return {};
  if (const Entry* other = catalogue.find(replaced_by)) {
    return message_text("out.guide.replaced.guide",
                        {{"name", untranslated(other->name)}, {"id", untranslated(other->id)}});
  }
  return message_text("out.guide.replaced", {{"name", untranslated(replaced_by)}});
}

std::vector<Text> status_notices(const catalogue::Catalogue& catalogue, const Entry& entry) {
  std::vector<Text> notices;
  if (!entry.status.known()) return notices;
  const auto& status = entry.status.current();
  const Text& note = status.provenance.note;
  if (status.value == Status::discontinued) {
    TextArgs args{{"name", untranslated(entry.name)}};
    if (status.provenance.date) args["date"] = date_in_words(*status.provenance.date);
    const Text text = message_text(
        status.provenance.date ? "out.guide.discontinued.dated" : "out.guide.discontinued", args);
    notices.push_back(
        followed_by(followed_by(text, replacement(catalogue, status.replaced_by)), note));
  } else if (status.value == Status::uncertain) {
    const std::string where = entry.url.empty() ? entry.name : entry.url;
    notices.push_back(
        followed_by(message_text("out.guide.uncertain", {{"name", untranslated(entry.name)},
                                                         {"where", untranslated(where)}}),
                    note));
  }
  return notices;
}

// The latest day a date as precise as the source gave may mean ("2024" may be December 2024), so
// that steps are never called old before they surely are.
Date latest_day(Date date) {
  if (date.month == 0) date.month = 12;
  return date;
}

void add_section(GuideView& view, const std::string& key, const std::vector<Text>& steps,
                 bool numbered) {
  if (steps.empty()) return;
  view.sections.push_back({key, section_title(key, view.entry->category), steps, numbered});
}

} // namespace

std::optional<Text> language_notice(const Entry& entry) {
  const auto& languages = entry.facts.languages;
  if (!languages.known() || languages.current().value.empty()) return std::nullopt;
  const auto& codes = languages.current().value;
  const bool has_de = std::find(codes.begin(), codes.end(), "de") != codes.end();
  const bool has_en = std::find(codes.begin(), codes.end(), "en") != codes.end();
  if (has_de && has_en) return std::nullopt;
  Text notice = message_text("out.guide.only-in", {{"name", untranslated(entry.name)},
                                                   {"languages", joined_language_names(codes)}});
  // Each language version only mentions the problem when it concerns its readers.
  if (has_de) notice.de = Str();
  if (has_en) notice.en = Str();
  return notice;
}

const catalogue::Guide* find_guide(const catalogue::Catalogue& catalogue, const Entry& entry) {
  if (!entry.guide.empty()) return &entry.guide;
  const auto slash = entry.id.find('/');
  if (slash == std::string::npos) return nullptr;
  const catalogue::Tool* tool = catalogue.find_tool(entry.id.substr(0, slash));
  if (tool == nullptr || tool->entry.guide.empty()) return nullptr;
  return &tool->entry.guide;
}

GuideView make_guide_view(const catalogue::Catalogue& catalogue, const Entry& entry,
                          Audience audience, const Date& today) {
  GuideView view;
  view.entry = &entry;
  view.audience = audience;
  view.notices = status_notices(catalogue, entry);
  view.discontinued = entry.status.known() && entry.status.current().value == Status::discontinued;
  if (const auto* tool = catalogue.find_tool(entry.id); tool != nullptr) {
    for (const auto& service : tool->services) {
      ServiceChoice choice{service.id, service.name, service.url, {}};
      if (service.status.known() && service.status.current().value != Status::active) {
        choice.status_note = label(service.status.current().value);
      }
      view.services.push_back(choice);
    }
  }
  if (view.discontinued) return view; // steps for a service that is gone would mislead
  if (auto notice = language_notice(entry)) view.notices.push_back(*notice);
  const catalogue::Guide* guide = find_guide(catalogue, entry);
  if (guide == nullptr) return view;
  view.checked = guide->checked;
  if (guide->checked && months_between(latest_day(*guide->checked), today) > k_stale_months) {
    const int months = months_between(latest_day(*guide->checked), today);
    view.notices.push_back(message_text(
        "out.guide.stale", {{"date", when(*guide->checked)}, {"age", age_in_words(months)}}));
  }
  // Whoever sets a meeting up must think of privacy before inviting; participants first need
  // to get in, and read the precautions after the steps that get them there.
  if (audience != Audience::participant) {
    add_section(view, "precautions", guide->precautions, false);
    add_section(view, "organiser", guide->organiser, true);
  }
  if (audience != Audience::organiser) add_section(view, "participant", guide->participant, true);
  if (audience == Audience::participant)
    add_section(view, "precautions", guide->precautions, false);
  add_section(view, "during", guide->during, false);
  add_section(view, "leaving", guide->leaving, false);
  add_section(view, "troubleshooting", guide->troubleshooting, false);
  return view;
}

std::string guide_title(const GuideView& view, Language language) {
  const MessageArgs name{{"name", view.entry->name}};
  switch (view.audience) {
  case Audience::organiser:
    return message("out.guide.title.organiser", language, name);
  case Audience::participant:
    return message("out.guide.title.participant", language, name);
  case Audience::everyone:
    break;
  }
  return message("out.guide.title", language, name);
}

std::string checked_line(const GuideView& view, Language language) {
  std::string line;
  if (view.checked) {
    line = message("out.guide.checked", language,
                   {{"date", date_in_words(*view.checked).in(language)}});
  }
  // Entries from an overlay are marked in every output (docs/organisations.md).
  if (view.entry != nullptr && view.entry->local) {
    if (!line.empty()) line += " · ";
    line += message("out.guide.local", language);
  }
  return line;
}

std::string services_intro(const GuideView& view, Language language) {
  return message("out.guide.services", language, {{"name", view.entry->name}});
}

std::string services_hint(Language language) {
  return message("out.guide.services.hint", language);
}

std::string services_example(const GuideView& view) {
  // A service that is running, so that copying the command gives useful steps.
  for (const auto& service : view.services) {
    if (service.status_note.empty()) return "advisor guide " + service.id;
  }
  return "advisor guide " +
         (view.services.empty() ? view.entry->id.str() : view.services.front().id);
}

std::string no_steps_line(const GuideView& view, Language language) {
  return message("out.guide.no-steps", language, {{"name", view.entry->name}});
}

} // namespace advisor::render
