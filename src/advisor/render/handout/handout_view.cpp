#include <advisor/core/error.hpp>
#include <advisor/render/date_text.hpp>
#include <advisor/render/handout/handout.hpp>
#include <advisor/render/vocabulary.hpp>

#include <fmt/format.h>

namespace advisor::render {

using catalogue::Category;

namespace {

// What the group leader writes in by hand: the one thing a catalogue cannot know.
std::vector<Text> fill_in_labels(Category category) {
  switch (category) {
  case Category::video:
    return {{"Link zu unserem Treffen", "Link to our meeting"},
            {"Passwort (falls nötig)", "Password (if needed)"},
            {"Tag und Uhrzeit", "Day and time"}};
  case Category::phone:
    return {{"Einwahlnummer", "Number to dial"},
            {"Zugangscode (PIN)", "Access code (PIN)"},
            {"Tag und Uhrzeit", "Day and time"}};
  case Category::messenger:
    return {{"Name unserer Gruppe", "Name of our group"},
            {"Wer Sie in die Gruppe aufnimmt", "Who adds you to the group"}};
  case Category::scheduling:
    return {{"Link zur Umfrage", "Link to the poll"}, {"Bitte abstimmen bis", "Please vote by"}};
  }
  return {};
}

} // namespace

HandoutView make_handout_view(const catalogue::Catalogue& catalogue, const catalogue::Entry& entry,
                              Audience audience, const Date& today, Footer footer,
                              std::optional<Date> date) {
  HandoutView view;
  view.guide = make_guide_view(catalogue, entry, audience, today);
  if (!view.guide.services.empty()) {
    std::string ids;
    for (const auto& service : view.guide.services)
      ids += (ids.empty() ? "" : ", ") + service.id;
    throw UsageError(fmt::format(
        "\"{}\" is run by several providers; a handout needs one of them: {}", entry.id, ids));
  }
  if (view.guide.discontinued) {
    std::string message = fmt::format("\"{}\" has been discontinued", entry.id);
    const auto& replaced_by = entry.status.current().replaced_by;
    if (!replaced_by.empty()) message += fmt::format(" (replaced by \"{}\")", replaced_by);
    throw UsageError(message + "; a handout would send people to a service that is gone");
  }
  if (view.guide.sections.empty()) {
    throw Error(fmt::format("the catalogue has no step-by-step guide for \"{}\"", entry.id));
  }
  const catalogue::CategoryInfo* info = catalogue.find_category(entry.category);
  view.category_name = info != nullptr && !info->name.empty() ? info->name : label(entry.category);
  if (info != nullptr) {
    for (const auto& advice : info->advice)
      view.category_tips.push_back(advice.text);
  }
  for (const auto& advice : catalogue.general_advice)
    view.general_tips.push_back(advice.text);
  if (audience != Audience::organiser) {
    view.fill_in = fill_in_labels(entry.category);
    const auto& dial_in = entry.facts.dial_in;
    if (entry.category == Category::video && dial_in.known() &&
        dial_in.current().value == catalogue::YesNo::yes) {
      view.fill_in.insert(view.fill_in.end() - 1, {"Einwahl per Telefon (Nummer und PIN)",
                                                   "Joining by telephone (number and PIN)"});
    }
  }
  view.footer = std::move(footer);
  view.date = date;
  return view;
}

std::string handout_title(const HandoutView& view, Language language) {
  return guide_title(view.guide, language);
}

std::string handout_date_line(const HandoutView& view, Language language) {
  if (!view.date) return {};
  const Text words = date_in_words(*view.date);
  return language == Language::de ? "Stand: " + words.de : "As of " + words.en;
}

std::string category_tips_title(const HandoutView& view, Language language) {
  return (language == Language::de ? "Gut zu wissen: " : "Good to know: ") +
         view.category_name.in(language);
}

std::string general_tips_title(Language language) {
  return language == Language::de ? "Für alle Dienste" : "For every service";
}

std::string fill_in_title(Language language) {
  return language == Language::de ? "Für unsere Gruppe (bitte ausfüllen)"
                                  : "For our group (please fill in)";
}

std::string contact_prefix(Language language) {
  return language == Language::de ? "Bei Fragen: " : "Questions? ";
}

std::string reasons_title(const HandoutView& view, Language language) {
  return language == Language::de ? fmt::format("Warum {}?", view.guide.entry->name)
                                  : fmt::format("Why {}?", view.guide.entry->name);
}

} // namespace advisor::render
