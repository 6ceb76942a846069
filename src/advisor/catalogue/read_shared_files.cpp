#include <advisor/catalogue/read_fact.hpp>
#include <advisor/catalogue/read_shared_files.hpp>

#include <limits>
#include <map>

namespace advisor::catalogue {
namespace {

// Remembers ids seen in one file and reports a second use of one.
class UniqueIds {
public:
  explicit UniqueIds(std::string kind) : m_kind(std::move(kind)) {}
  // Returns false (after reporting) when `id` was seen before.
  bool add(Reader& reader, const std::string& id, const Location& where) {
    auto [first, inserted] = m_seen.emplace(id, where.line);
    if (inserted) return true;
    reader.error(where, fmt::format("diag.duplicate-id.{}", m_kind),
                 {{"id", id}, {"line", std::to_string(first->second)}});
    return false;
  }

private:
  std::string m_kind;
  std::map<std::string, int> m_seen;
};

bool expect_root(Reader& reader, const yaml::Node& root, const std::string& shape_key) {
  if (root.kind == yaml::Kind::mapping) return true;
  reader.expected(root, "file", shape_key);
  return false;
}

std::optional<Source> read_source(Reader& reader, const yaml::Node& item) {
  const Fields fields(reader, item, {"id", "title", "publisher", "date", "url"});
  Source source;
  const auto* id = fields.required("id");
  if (id != nullptr) source.id = reader.source_id(*id, "id").value_or("");
  if (const auto* title = fields.required("title")) {
    // The source's own title, or {de, en} when the catalogue has it in both languages.
    if (title->kind == yaml::Kind::mapping) {
      source.title = reader.text(*title, "title").value_or(Text{});
    } else {
      const std::string own = reader.string(*title, "title").value_or("");
      source.title = Text{own, own};
    }
  }
  if (const auto* publisher = fields.required("publisher")) {
    source.publisher = reader.string(*publisher, "publisher").value_or("");
  }
  if (const auto* date = fields.required("date")) {
    if (!(date->kind == yaml::Kind::scalar && date->value == "unknown")) {
      source.date = reader.date(*date, "date");
    }
  }
  if (const auto* url = fields.optional("url")) source.url = reader.url(*url, "url").value_or("");
  if (source.id.empty()) return std::nullopt;
  source.where = id->where;
  return source;
}

std::optional<Assessor> read_assessor(Reader& reader, const yaml::Node& item) {
  const Fields fields(reader, item, {"id", "name", "short"});
  Assessor assessor;
  const auto* id = fields.required("id");
  if (id != nullptr) assessor.id = reader.id(*id, "id").value_or("");
  if (const auto* name = fields.required("name")) {
    assessor.name = reader.text(*name, "name").value_or(Text{});
  }
  if (const auto* short_name = fields.optional("short")) {
    assessor.short_name = reader.text(*short_name, "short").value_or(Text{});
  }
  if (assessor.id.empty()) return std::nullopt;
  assessor.where = id->where;
  return assessor;
}

std::optional<Advice> read_advice(Reader& reader, const yaml::Node& item, UniqueIds& ids) {
  const Fields fields(reader, item, {"id", "text", "source", "confidence", "date", "note"});
  Advice advice;
  bool complete = read_provenance(reader, fields, advice.provenance, true);
  if (const auto* id = fields.required("id")) {
    auto value = reader.id(*id, "id");
    complete = complete && value && ids.add(reader, *value, id->where);
    advice.id = value.value_or("");
  }
  if (const auto* text = fields.required("text")) {
    auto value = reader.text(*text, "text");
    complete = complete && value;
    advice.text = value.value_or(Text{});
  }
  if (!complete) return std::nullopt;
  return advice;
}

std::vector<Advice> read_advice_list(Reader& reader, const yaml::Node& node, std::string_view what,
                                     UniqueIds& ids) {
  std::vector<Advice> result;
  for (const auto* item : mappings(reader, node, what, "diag.shape.advice")) {
    if (auto advice = read_advice(reader, *item, ids)) result.push_back(std::move(*advice));
  }
  return result;
}

// Reads one category; `seen` holds the line of each category read so far.
std::optional<CategoryInfo> read_category(Reader& reader, const yaml::Node& item,
                                          std::map<Category, int>& seen, UniqueIds& advice_ids) {
  const Fields fields(reader, item, {"id", "name", "description", "advice"});
  CategoryInfo info;
  const auto* id = fields.required("id");
  std::optional<Category> category;
  if (id != nullptr) category = reader.name<Category>(*id, "id");
  if (const auto* name = fields.required("name")) {
    info.name = reader.text(*name, "name").value_or(Text{});
  }
  if (const auto* description = fields.required("description")) {
    info.description = reader.text(*description, "description").value_or(Text{});
  }
  if (const auto* advice = fields.optional("advice")) {
    info.advice = read_advice_list(reader, *advice, "advice", advice_ids);
  }
  if (!category) return std::nullopt;
  info.id = *category;
  auto [first, inserted] = seen.emplace(*category, id->where.line);
  if (!inserted) {
    reader.error(
        id->where, "diag.duplicate-category",
        {{"category", std::string(name_of(*category))}, {"line", std::to_string(first->second)}});
    return std::nullopt;
  }
  return info;
}

void read_number_map(Reader& reader, const Fields& fields, const char* key,
                     std::map<std::string, int>& into) {
  const auto* node = fields.required(key);
  if (node == nullptr || !expect_mapping(reader, *node, key, "diag.shape.number-map")) {
    return;
  }
  for (const auto& member : node->members) {
    if (auto value = reader.integer(member.value, fmt::format("{}.{}", key, member.key),
                                    std::numeric_limits<int>::min())) {
      into[member.key] = *value;
    }
  }
}

} // namespace

SourcesFile read_sources_file(Reader& reader, const yaml::Node& root) {
  SourcesFile result;
  if (!expect_root(reader, root, "diag.shape.sources-file")) return result;
  const Fields fields(reader, root, {"sources", "assessors"});
  UniqueIds source_ids("source");
  if (const auto* sources = fields.required("sources")) {
    for (const auto* item : mappings(reader, *sources, "sources", "diag.shape.source")) {
      auto source = read_source(reader, *item);
      if (source && source_ids.add(reader, source->id, source->where)) {
        result.sources.push_back(std::move(*source));
      }
    }
  }
  UniqueIds assessor_ids("assessor");
  if (const auto* assessors = fields.optional("assessors")) {
    for (const auto* item : mappings(reader, *assessors, "assessors", "diag.shape.assessor")) {
      auto assessor = read_assessor(reader, *item);
      if (assessor && assessor_ids.add(reader, assessor->id, assessor->where)) {
        result.assessors.push_back(std::move(*assessor));
      }
    }
  }
  return result;
}

CategoriesFile read_categories_file(Reader& reader, const yaml::Node& root) {
  CategoriesFile result;
  if (!expect_root(reader, root, "diag.shape.categories-file")) return result;
  reader.take_source_uses();
  const Fields fields(reader, root, {"categories", "general_advice"});
  UniqueIds advice_ids("advice");
  std::map<Category, int> seen;
  if (const auto* categories = fields.required("categories")) {
    for (const auto* item : mappings(reader, *categories, "categories", "diag.shape.category")) {
      if (auto info = read_category(reader, *item, seen, advice_ids)) {
        result.categories.push_back(std::move(*info));
      }
    }
    for (const Category category : values_of<Category>()) {
      if (categories->kind == yaml::Kind::sequence && seen.count(category) == 0) {
        reader.error(categories->where, "diag.categories.missing",
                     {{"category", std::string(name_of(category))}});
      }
    }
  }
  if (const auto* general = fields.optional("general_advice")) {
    result.general_advice = read_advice_list(reader, *general, "general_advice", advice_ids);
  }
  result.source_uses = reader.take_source_uses();
  return result;
}

Rules read_rules_file(Reader& reader, const yaml::Node& root) {
  Rules rules;
  rules.where = root.where;
  if (!expect_root(reader, root, "diag.shape.rules-file")) return rules;
  const Fields fields(reader, root, {"weights", "thresholds"});
  read_number_map(reader, fields, "weights", rules.weights);
  read_number_map(reader, fields, "thresholds", rules.thresholds);
  return rules;
}

} // namespace advisor::catalogue
