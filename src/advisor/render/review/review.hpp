#pragma once
// `advisor check --stale`: the entries due for review, each with what to check again (its facts
// whose newest statement is older than the limit, and their sources).

#include <advisor/catalogue/model.hpp>
#include <advisor/core/date.hpp>
#include <advisor/core/language.hpp>
#include <advisor/render/fact_text.hpp>

#include <string>
#include <vector>

namespace advisor::render {

struct ReviewItem {
  const catalogue::Entry* entry = nullptr;
  int months = 0;                  // since its last review
  std::vector<FactView> old_facts; // newest statement older than the limit or undated; oldest first
};

// Returns every tool and service last reviewed more than `max_age_months` months before `today`,
// the longest unreviewed first, then by id.
std::vector<ReviewItem> entries_due(const catalogue::Catalogue& catalogue, const Date& today,
                                    int max_age_months);

// Returns the list as text: a heading, then per entry its review date, the facts to check again
// (oldest first, with source and date) and those facts' sources.
std::string render_review_text(const catalogue::Catalogue& catalogue,
                               const std::vector<ReviewItem>& items, const Date& today,
                               int max_age_months, Language language);

} // namespace advisor::render
