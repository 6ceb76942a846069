#include <advisor/catalogue/fact_walk.hpp>
#include <advisor/catalogue/validate.hpp>

#include <set>

namespace advisor::catalogue {
namespace {

// Entries whose `reviewed` date is older than this many months get a warning.
constexpr int k_review_months = 24;

// True when `later` is before `earlier` at the precision both share (2020-07 then 2020 is fine).
bool before(const Date& later, const Date& earlier) {
  if (later.year != earlier.year) return later.year < earlier.year;
  if (later.month == 0 || earlier.month == 0) return false;
  if (later.month != earlier.month) return later.month < earlier.month;
  return later.day != 0 && earlier.day != 0 && later.day < earlier.day;
}

void default_date(Provenance& provenance, const References& references) {
  if (provenance.date) return;
  if (const Source* source = references.source(provenance.source)) provenance.date = source->date;
}

template <class T>
void check_history(Reader& reader, const std::string& key, Fact<T>& fact,
                   const References& references) {
  // The list order says which statement is newest. Dated statements must agree with it. An
  // undated statement (a page without a date) that contradicts a dated one before it would
  // override it silently: it must say that it is newer (`supersedes: true`).
  const Date* latest = nullptr;
  const T* latest_value = nullptr;
  for (auto& statement : fact.history) {
    default_date(statement.provenance, references);
    const auto& date = statement.provenance.date;
    if (!date) {
      if (latest != nullptr && !(statement.value == *latest_value) && !statement.supersedes) {
        reader.error(statement.provenance.where, "diag.history.undated",
                     {{"what", key}, {"before", format_date(*latest)}});
      }
      continue;
    }
    if (statement.supersedes) {
      reader.error(statement.provenance.where, "diag.history.supersedes", {{"what", key}});
    }
    if (latest != nullptr && before(*date, *latest)) {
      reader.error(statement.provenance.where, "diag.history.order",
                   {{"what", key}, {"date", format_date(*date)}, {"before", format_date(*latest)}});
    }
    latest = &*date;
    latest_value = &statement.value;
  }
}

void check_source_list(Reader& reader, const EntryDraft& draft, const References& references) {
  std::set<std::string> listed;
  std::set<std::string> used;
  for (const auto& use : draft.source_uses) {
    used.insert(use.id);
  }
  for (const auto& reference : draft.listed_sources) {
    if (!listed.insert(reference.id).second) {
      reader.error(reference.where, "diag.source.listed-twice", {{"id", reference.id}});
      continue;
    }
    if (!references.check_source(reader, reference.id, reference.where)) continue;
    if (used.count(reference.id) == 0) {
      reader.warning(reference.where, "diag.source.unused", {{"id", reference.id}});
    }
  }
  for (const auto& use : draft.source_uses) {
    if (listed.count(use.id) > 0) continue; // checked in the list
    if (!draft.has_source_list) {
      // Without a readable list every use would be reported as unlisted.
      references.check_source(reader, use.id, use.where);
      continue;
    }
    if (references.check_source(reader, use.id, use.where)) {
      reader.error(use.where, "diag.source.not-listed", {{"id", use.id}});
    }
  }
}

} // namespace

References::References(const std::vector<Source>& sources, const std::vector<Assessor>& assessors) {
  for (const auto& source : sources) {
    m_sources.emplace(source.id, &source);
    m_source_ids.push_back(source.id);
  }
  for (const auto& assessor : assessors) {
    m_assessor_ids.push_back(assessor.id);
  }
}

const Source* References::source(const std::string& id) const {
  auto it = m_sources.find(id);
  return it == m_sources.end() ? nullptr : it->second;
}

bool References::check_source(Reader& reader, const std::string& id, const Location& where) const {
  if (m_sources.count(id) > 0) return true;
  MessageArgs args = did_you_mean_args(id, m_source_ids);
  args["id"] = id;
  reader.error(where, "diag.unknown-source", std::move(args));
  return false;
}

void References::check_assessor(Reader& reader, const std::string& id,
                                const Location& where) const {
  if (std::find(m_assessor_ids.begin(), m_assessor_ids.end(), id) != m_assessor_ids.end()) return;
  MessageArgs args = did_you_mean_args(id, m_assessor_ids);
  args["id"] = id;
  reader.error(where, "diag.unknown-assessor", std::move(args));
}

void validate_entry(Reader& reader, EntryDraft& draft, const References& references) {
  check_source_list(reader, draft, references);
  for (const auto& use : draft.assessor_uses) {
    references.check_assessor(reader, use.id, use.where);
  }
  Entry& entry = draft.entry;
  for_each_fact(entry.facts, [&](const std::string& key, auto& fact) {
    check_history(reader, key, fact, references);
  });
  check_history(reader, "verdict", entry.verdict, references);
  check_history(reader, "status", entry.status, references);
  for (auto& condition : entry.conditions) {
    default_date(condition.provenance, references);
  }
  if (entry.reviewed.year != 0) {
    const int months = months_between(entry.reviewed, reader.today());
    if (months > k_review_months) {
      reader.warning(draft.reviewed_where, "diag.stale",
                     {{"id", entry.id},
                      {"months", std::to_string(months)},
                      {"date", format_date(entry.reviewed)}});
    }
  }
}

void validate_advice(Reader& reader, CategoriesFile& categories, const References& references) {
  for (const auto& use : categories.source_uses) {
    references.check_source(reader, use.id, use.where);
  }
  for (auto& category : categories.categories) {
    for (auto& advice : category.advice) {
      default_date(advice.provenance, references);
    }
  }
  for (auto& advice : categories.general_advice) {
    default_date(advice.provenance, references);
  }
}

void check_unique_ids(Reader& reader, const ToolDrafts& tools) {
  std::map<std::string, std::vector<Location>> places;
  for (const auto& tool : tools) {
    if (!tool.tool.entry.id.empty()) places[tool.tool.entry.id].push_back(tool.tool.id_where);
    for (const auto& service : tool.services) {
      if (!service.entry.id.empty()) places[service.entry.id].push_back(service.id_where);
    }
  }
  for (const auto& [id, where] : places) {
    for (std::size_t i = 0; i < where.size() && where.size() > 1; ++i) {
      const Location& other = where[i == 0 ? 1 : 0];
      reader.error(
          where[i], "diag.duplicate-id",
          {{"id", id},
           {"place", fmt::format("{}:{}:{}", other.file.str(), other.line, other.column)}});
    }
  }
}

void inherit(const Entry& tool, Entry& service) {
  for_each_fact_pair(service.facts, tool.facts, [](auto& mine, const auto& theirs) {
    if (mine.where.line == 0) mine = theirs;
  });
  for (const auto& [browser, fact] : tool.facts.browsers) {
    service.facts.browsers.try_emplace(browser, fact);
  }
  if (service.guide.where.line == 0) service.guide = tool.guide;
}

} // namespace advisor::catalogue
