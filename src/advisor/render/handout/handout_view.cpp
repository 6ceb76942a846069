#include <advisor/core/error.hpp>
#include <advisor/render/date_text.hpp>
#include <advisor/render/handout/handout.hpp>
#include <advisor/render/messages.hpp>
#include <advisor/render/vocabulary.hpp>

#include <algorithm>
#include <fmt/format.h>

namespace advisor::render {

using catalogue::Category;

namespace {

// What only the group leader knows: given with the meeting flags, else written in by hand.
std::vector<FillIn> fill_in_lines(const catalogue::Entry& entry, const Meeting& meeting) {
  const Text when = message_text("out.handout.fill-in.when");
  switch (entry.category) {
  case Category::video: {
    std::vector<FillIn> lines = {{message_text("out.handout.fill-in.meeting-link"), meeting.url},
                                 {message_text("out.handout.fill-in.password"), meeting.code}};
    const auto& dial_in = entry.facts.dial_in;
    if (dial_in.known() && dial_in.current().value == catalogue::YesNo::yes) {
      std::string by_phone = meeting.dial_in_number;
      if (!meeting.pin.empty()) by_phone += (by_phone.empty() ? "PIN " : ", PIN ") + meeting.pin;
      lines.push_back({message_text("out.handout.fill-in.dial-in"), by_phone});
    }
    lines.push_back({when, meeting.when});
    return lines;
  }
  case Category::phone:
    return {
        {message_text("out.handout.fill-in.number"), meeting.dial_in_number},
        {message_text("out.handout.fill-in.pin"), meeting.pin.empty() ? meeting.code : meeting.pin},
        {when, meeting.when}};
  case Category::messenger:
    return {{message_text("out.handout.fill-in.group-name"), {}},
            {message_text("out.handout.fill-in.group-admin"), {}}};
  case Category::scheduling:
    return {{message_text("out.handout.fill-in.poll-link"), meeting.url},
            {message_text("out.handout.fill-in.vote-by"), meeting.when}};
  }
  return {};
}

} // namespace

HandoutView make_handout_view(const catalogue::Catalogue& catalogue, const catalogue::Entry& entry,
                              Audience audience, Language language, const Date& today,
                              Footer footer, std::optional<Date> date, const Meeting& meeting) {
  HandoutView view;
  view.guide = make_guide_view(catalogue, entry, audience, today);
  if (!view.guide.services.empty()) {
    std::string ids;
    for (const auto& service : view.guide.services)
      ids += (ids.empty() ? "" : ", ") + service.id;
    throw UsageError(
        message("out.handout.error.several", language, {{"id", entry.id}, {"ids", ids}}));
  }
  if (view.guide.discontinued) {
    const auto& replaced_by = entry.status.current().replaced_by;
    throw UsageError(replaced_by.empty()
                         ? message("out.handout.error.discontinued", language, {{"id", entry.id}})
                         : message("out.handout.error.replaced", language,
                                   {{"id", entry.id}, {"replaced_by", replaced_by}}));
  }
  if (view.guide.sections.empty()) {
    throw Error(message("out.handout.error.no-guide", language, {{"id", entry.id}}));
  }
  const catalogue::CategoryInfo* info = catalogue.find_category(entry.category);
  view.category_name = info != nullptr && !info->name.empty() ? info->name : label(entry.category);
  if (info != nullptr) {
    for (const auto& advice : info->advice)
      view.category_tips.push_back(advice.text);
  }
  for (const auto& advice : catalogue.general_advice)
    view.general_tips.push_back(advice.text);
  if (audience != Audience::organiser) view.fill_in = fill_in_lines(entry, meeting);
  // The participants' sheet carries what participants need: whether the service still exists
  // and how old the steps are are the organiser's to check (their sheet says so).
  if (audience == Audience::participant) {
    view.guide.notices.clear();
    if (auto notice = language_notice(entry)) view.guide.notices.push_back(*notice);
    view.guide.checked.reset();
  }
  if (entry.category == Category::video || entry.category == Category::scheduling) {
    view.guide.meeting_url = meeting.url;
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
  return message("out.handout.as-of", language, {{"date", date_in_words(*view.date).in(language)}});
}

std::string category_tips_title(const HandoutView& view, Language language) {
  return message("out.handout.good-to-know", language,
                 {{"category", view.category_name.in(language)}});
}

std::string general_tips_title(Language language) {
  return message("out.handout.general-tips", language);
}

std::string fill_in_title(const HandoutView& view, Language language) {
  const bool blank = std::any_of(view.fill_in.begin(), view.fill_in.end(),
                                 [](const FillIn& line) { return line.value.empty(); });
  return message(blank ? "out.handout.fill-in.blank" : "out.handout.fill-in", language);
}

std::string contact_prefix(Language language) {
  return message("out.handout.contact", language) + " ";
}

std::string reasons_title(const HandoutView& view, Language language) {
  return message("out.handout.why", language, {{"name", view.guide.entry->name}});
}

} // namespace advisor::render
