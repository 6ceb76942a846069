#include <advisor/render/messages.hpp>
#include <advisor/render/recommendation/recommendation_common.hpp>
#include <advisor/render/review/review.hpp>
#include <advisor/render/vocabulary.hpp>

#include <algorithm>

namespace advisor::render {
namespace {

using catalogue::Entry;

// True when the newest statement of `fact` is older than `max_age_months` or has no date.
bool old(const FactView& fact, const Date& today, int max_age_months) {
  if (!fact.known()) return false;
  const auto& date = fact.current().provenance.date;
  return !date || months_between(*date, today) > max_age_months;
}

// Undated statements first, then oldest first; the fact order of the catalogue for ties.
bool older(const FactView& a, const FactView& b) {
  const auto& left = a.current().provenance.date;
  const auto& right = b.current().provenance.date;
  if (!left || !right) return !left && right;
  return *left < *right;
}

ReviewItem review(const Entry& entry, const Date& today, int max_age_months, int months) {
  ReviewItem item;
  item.entry = &entry;
  item.months = months;
  std::vector<FactView> facts{describe("verdict", entry.verdict), describe("status", entry.status)};
  for (auto& fact : describe_facts(entry.facts))
    facts.push_back(std::move(fact));
  for (auto& fact : facts) {
    if (old(fact, today, max_age_months)) item.old_facts.push_back(std::move(fact));
  }
  std::stable_sort(item.old_facts.begin(), item.old_facts.end(), older);
  return item;
}

} // namespace

std::vector<ReviewItem> entries_due(const catalogue::Catalogue& catalogue, const Date& today,
                                    int max_age_months) {
  std::vector<ReviewItem> items;
  const auto consider = [&](const Entry& entry) {
    if (entry.reviewed.year == 0) return;
    const int months = months_between(entry.reviewed, today);
    if (months > max_age_months) items.push_back(review(entry, today, max_age_months, months));
  };
  for (const auto& tool : catalogue.tools) {
    consider(tool.entry);
    for (const auto& service : tool.services)
      consider(service);
  }
  std::stable_sort(items.begin(), items.end(), [](const ReviewItem& a, const ReviewItem& b) {
    if (a.months != b.months) return a.months > b.months;
    return a.entry->id < b.entry->id;
  });
  return items;
}

std::string render_review_text(const catalogue::Catalogue& catalogue,
                               const std::vector<ReviewItem>& items, const Date& today,
                               int max_age_months, Language language) {
  const MessageArgs limits{{"threshold", std::to_string(max_age_months)},
                           {"today", format_date(today)}};
  // Each for the threshold in months: "im letzten Monat" for one, "in den letzten 6 Monaten".
  const auto for_threshold = [&](std::string_view key, const MessageArgs& args) {
    return message(counted_key(key, max_age_months), language, args);
  };
  if (items.empty()) return for_threshold("out.review.none", limits) + "\n";
  MessageArgs title = limits;
  title["count"] = std::to_string(items.size());
  std::string out = for_threshold("out.review.title", title) + "\n";
  for (const auto& item : items) {
    const Entry& entry = *item.entry;
    out += "\n" + entry.id + ": " + entry.name;
    out += local_mark(entry, language);
    out +=
        "\n  " +
        message(counted_key("out.review.checked", item.months), language,
                {{"date", format_date(entry.reviewed)}, {"months", std::to_string(item.months)}}) +
        "\n";
    if (item.old_facts.empty()) {
      out += "  " + for_threshold("out.review.fresh", limits) + "\n";
      continue;
    }
    out += "  " + message("out.review.recheck", language) + "\n";
    std::vector<std::string> sources;
    for (const auto& fact : item.old_facts) {
      out += "    " + fact.name.in(language) + ": " + format_current(fact, language) + "\n";
      const std::string& source = fact.current().provenance.source;
      if (std::find(sources.begin(), sources.end(), source) == sources.end()) {
        sources.push_back(source);
      }
    }
    out += "  " + message("out.review.sources", language) + "\n";
    for (const auto& id : sources)
      out += "    " + id + "  " + detail::source_line(catalogue, id, language) + "\n";
  }
  return out;
}

} // namespace advisor::render
