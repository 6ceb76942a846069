#pragma once
// Checks that need the whole catalogue: references to sources and assessors, dates taken from
// sources, the order of histories, staleness, unique ids; and services inheriting their tool's
// facts. Internal to the catalogue layer.

#include <advisor/catalogue/drafts.hpp>

#include <map>

namespace advisor::catalogue {

// The sources and assessors of sources.yaml, by id.
class References {
public:
  References(const std::vector<Source>& sources, const std::vector<Assessor>& assessors);
  // Returns the source with `id`, or nullptr.
  const Source* source(const std::string& id) const;
  // Reports `unknown source "S9"` (with "did you mean") unless `id` exists; returns whether it
  // does.
  bool check_source(Reader& reader, const std::string& id, const Location& where) const;
  // Reports `unknown assessor "x"` unless `id` exists.
  void check_assessor(Reader& reader, const std::string& id, const Location& where) const;

private:
  std::map<std::string, const Source*> m_sources;
  std::vector<std::string> m_source_ids;
  std::vector<std::string> m_assessor_ids;
};

// Checks an entry's source and assessor references, gives undated statements their source's
// date, checks that histories are oldest first, and warns when `reviewed` is more than 24 months
// before today.
void validate_entry(Reader& reader, EntryDraft& draft, const References& references);

// Checks the sources of categories.yaml's advice and gives undated advice its source's date.
void validate_advice(Reader& reader, CategoriesFile& categories, const References& references);

// Reports every id (tool or service) used more than once, at each place it is used.
void check_unique_ids(Reader& reader, const ToolDrafts& tools);

// Completes a service from its tool: every fact the service does not list (and every browser it
// does not name) and, without its own guide, the tool's guide.
void inherit(const Entry& tool, Entry& service);

} // namespace advisor::catalogue
