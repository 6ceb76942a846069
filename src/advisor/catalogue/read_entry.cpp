#include <advisor/catalogue/read_entry.hpp>
#include <advisor/catalogue/read_fact.hpp>

namespace advisor::catalogue {
namespace {

enum class Level { tool, service };

const std::vector<std::string>& allowed_keys(Level level) {
  static const std::vector<std::string> tool{
      "id",          "name",     "category",   "url",     "website", "summary",
      "hosting",     "reviewed", "sources",    "verdict", "status",  "facts",
      "assessments", "changes",  "conditions", "guide",   "services"};
  static const std::vector<std::string> service{
      "id",     "name",  "url",         "summary", "reviewed",   "sources", "verdict",
      "status", "facts", "assessments", "changes", "conditions", "guide"};
  return level == Level::tool ? tool : service;
}

std::vector<Reference> read_source_list(Reader& reader, const yaml::Node& node) {
  std::vector<Reference> listed;
  if (const auto* items = reader.list(node, "sources")) {
    for (const auto& item : *items) {
      if (auto id = reader.source_id(item, "sources")) listed.push_back({*id, item.where});
    }
  }
  return listed;
}

void read_optional_parts(Reader& reader, const Fields& fields, EntryDraft& draft) {
  Entry& entry = draft.entry;
  if (const auto* node = fields.optional("assessments")) {
    entry.assessments = read_assessments(reader, *node, draft.assessor_uses);
  }
  if (const auto* node = fields.optional("changes")) entry.changes = read_changes(reader, *node);
  if (const auto* node = fields.optional("conditions")) {
    entry.conditions = read_conditions(reader, *node);
  }
  if (const auto* node = fields.optional("guide")) entry.guide = read_guide(reader, *node);
}

// The keys allowed at `level`; `override` only in an overlay.
std::vector<std::string> allowed_keys(Level level, bool in_overlay) {
  std::vector<std::string> keys = allowed_keys(level);
  if (in_overlay) keys.emplace_back("override");
  return keys;
}

// Reads `override: true|false` (docs/catalogue.md "Overlays"); outside an overlay the key is
// unknown (reported with the other keys).
bool read_override(Reader& reader, const yaml::Node& node, bool in_overlay) {
  const yaml::Node* value = node.find("override");
  if (value == nullptr || !in_overlay) return false;
  if (value->kind == yaml::Kind::scalar && (value->value == "true" || value->value == "false")) {
    return value->value == "true";
  }
  reader.expected(*value, "override", "diag.shape.true-false");
  return false;
}

// Reads the keys tools and services share. `prefix` is "" for a tool, "tool/" for a service.
// An override (only in an overlay) needs nothing but its id.
EntryDraft read_entry(Reader& reader, const yaml::Node& node, Level level,
                      const std::string& prefix, bool in_overlay) {
  EntryDraft draft;
  Entry& entry = draft.entry;
  entry.where = node.where;
  const Fields fields(reader, node, allowed_keys(level, in_overlay));
  draft.override = read_override(reader, node, in_overlay);
  if (in_overlay) { // only an overlay's entries are changed key by key
    draft.keys.reserve(node.members.size());
    for (const auto& member : node.members)
      draft.keys.push_back(member.key);
  }
  const auto required = [&](std::string_view key) {
    return draft.override ? fields.optional(key) : fields.required(key);
  };
  if (const auto* id = fields.required("id")) {
    draft.id_where = id->where;
    if (auto value = reader.id(*id, "id")) entry.id = prefix + *value;
  }
  if (const auto* name = required("name")) {
    entry.name = reader.string(*name, "name").value_or("");
  }
  const auto* url = level == Level::tool ? fields.optional("url") : required("url");
  if (url != nullptr) entry.url = reader.url(*url, "url").value_or("");
  if (const auto* website = fields.optional("website")) {
    entry.website = reader.url(*website, "website").value_or("");
  }
  if (const auto* summary = required("summary")) {
    entry.summary = reader.text(*summary, "summary").value_or(Text{});
  }
  if (const auto* hosting = fields.optional("hosting")) {
    entry.hosting = reader.text(*hosting, "hosting").value_or(Text{});
  }
  if (const auto* reviewed = required("reviewed")) {
    draft.reviewed_where = reviewed->where;
    if (auto date = reader.date(*reviewed, "reviewed")) entry.reviewed = *date;
  }
  if (const auto* sources = required("sources")) {
    draft.listed_sources = read_source_list(reader, *sources);
    draft.has_source_list = sources->kind == yaml::Kind::sequence;
    for (const auto& listed : draft.listed_sources) {
      entry.sources.push_back(listed.id);
    }
  }
  if (const auto* verdict = required("verdict")) entry.verdict = read_verdict(reader, *verdict);
  if (const auto* status = required("status")) entry.status = read_status(reader, *status);
  const bool complete = level == Level::tool && !draft.override;
  const auto* facts = complete ? fields.required("facts") : fields.optional("facts");
  if (facts != nullptr) read_facts(reader, *facts, entry.facts, complete);
  read_optional_parts(reader, fields, draft);
  draft.source_uses = reader.take_source_uses();
  return draft;
}

void read_category(Reader& reader, const yaml::Node& root, const ToolFileName& name, Entry& entry) {
  entry.category = name.folder;
  const yaml::Node* node = root.find("category");
  if (node == nullptr) return; // reported as missing by read_entry's caller
  if (auto category = reader.name<Category>(*node, "category")) {
    if (*category != name.folder) {
      reader.error(node->where, "diag.category.folder",
                   {{"category", std::string(name_of(*category))},
                    {"folder", std::string(name_of(name.folder))}});
    }
  }
}

} // namespace

std::optional<ToolDraft> read_tool_file(Reader& reader, const yaml::Node& root,
                                        const ToolFileName& name, const std::string& file,
                                        bool in_overlay) {
  if (root.kind != yaml::Kind::mapping) {
    reader.expected(root, "file", "diag.shape.tool");
    return std::nullopt;
  }
  reader.take_source_uses();
  ToolDraft draft;
  draft.file = file;
  draft.tool = read_entry(reader, root, Level::tool, "", in_overlay);
  Entry& tool = draft.tool.entry;
  if (root.find("category") == nullptr && !draft.tool.override) {
    reader.error(root.where, "diag.missing-key", {{"key", "category"}});
  }
  read_category(reader, root, name, tool);
  if (!tool.id.empty() && tool.id != name.stem) {
    reader.error(draft.tool.id_where, "diag.id.file-name", {{"id", tool.id}, {"stem", name.stem}});
  }
  const yaml::Node* services = root.find("services");
  if (services == nullptr) return draft;
  if (const auto* items = reader.list(*services, "services")) {
    draft.services.reserve(items->size());
    for (const auto& item : *items) {
      if (!expect_mapping(reader, item, "services", "diag.shape.service")) {
        continue;
      }
      EntryDraft service = read_entry(reader, item, Level::service, tool.id + "/", in_overlay);
      service.entry.category = tool.category;
      draft.services.push_back(std::move(service));
    }
  }
  return draft;
}

} // namespace advisor::catalogue
