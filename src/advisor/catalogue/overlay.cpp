// Overlays: reading an overlay folder and applying it to the catalogue's drafts.
#include <advisor/catalogue/fact_walk.hpp>
#include <advisor/catalogue/overlay.hpp>
#include <advisor/catalogue/read_entry.hpp>
#include <advisor/catalogue/read_shared_files.hpp>

#include <algorithm>
#include <filesystem>

namespace advisor::catalogue {
namespace {

std::string place(const Location& where) {
  return fmt::format("{}:{}:{}", where.file.str(), where.line, where.column);
}

void read_overlay_tool(Reader& reader, const yaml::Node& root, const std::string& name,
                       const std::string& path, OverlayParts& parts) {
  const auto slash = name.find('/');
  ToolFileName tool_name;
  tool_name.folder = parse_name<Category>(name.substr(0, slash)).value_or(Category::video);
  tool_name.stem = name.substr(slash + 1, name.size() - slash - 1 - 5); // drop ".yaml"
  if (auto tool = read_tool_file(reader, root, tool_name, path, true)) {
    parts.tools.push_back(std::move(*tool));
  }
}

// Keys that say which entry is meant rather than what it is.
bool names_the_entry(const std::string& key) {
  return key == "id" || key == "override" || key == "category" || key == "services";
}

void merge_sources(EntryDraft& base, const EntryDraft& overlay) {
  for (const auto& listed : overlay.listed_sources) {
    const auto& ids = base.entry.sources;
    if (std::find(ids.begin(), ids.end(), listed.id) != ids.end()) continue;
    base.listed_sources.push_back(listed);
    base.entry.sources.push_back(listed.id);
  }
  base.has_source_list = base.has_source_list || overlay.has_source_list;
}

void merge_facts(Facts& base, const Facts& overlay) {
  for_each_fact_pair(base, overlay, [](auto& mine, const auto& theirs) {
    if (theirs.where.line != 0) mine = theirs;
  });
  for (const auto& [browser, fact] : overlay.browsers)
    base.browsers[browser] = fact;
}

// Puts every key the overlay wrote in place of the base entry's; facts key by key, sources
// added to the list. Returns whether anything but the entry's name-giving keys was written.
bool merge_entry(EntryDraft& base, EntryDraft& overlay) {
  Entry& to = base.entry;
  Entry& from = overlay.entry;
  bool changed = false;
  for (const auto& key : overlay.keys) {
    if (names_the_entry(key)) continue;
    changed = true;
    if (key == "name") to.name = from.name;
    if (key == "url") to.url = from.url;
    if (key == "website") to.website = from.website;
    if (key == "summary") to.summary = from.summary;
    if (key == "hosting") to.hosting = from.hosting;
    if (key == "reviewed") {
      to.reviewed = from.reviewed;
      base.reviewed_where = overlay.reviewed_where;
    }
    if (key == "sources") merge_sources(base, overlay);
    if (key == "verdict") to.verdict = std::move(from.verdict);
    if (key == "status") to.status = std::move(from.status);
    if (key == "facts") merge_facts(to.facts, from.facts);
    if (key == "assessments") to.assessments = std::move(from.assessments);
    if (key == "changes") to.changes = std::move(from.changes);
    if (key == "conditions") to.conditions = std::move(from.conditions);
    if (key == "guide") to.guide = std::move(from.guide);
  }
  base.source_uses.insert(base.source_uses.end(), overlay.source_uses.begin(),
                          overlay.source_uses.end());
  base.assessor_uses.insert(base.assessor_uses.end(), overlay.assessor_uses.begin(),
                            overlay.assessor_uses.end());
  if (changed) to.local = true;
  return changed;
}

// Reports an id that an overlay adds although it exists: at both places when another overlay
// file added it, else (a service) with a hint to override the catalogue's entry.
void report_existing(Reader& reader, const std::string& id, const Location& where,
                     const Location& existing, const OverlayIds& added) {
  if (added.entries.count(id) > 0) {
    reader.error(where, "diag.overlay.added-twice", {{"id", id}, {"place", place(existing)}});
    reader.error(existing, "diag.overlay.added-twice", {{"id", id}, {"place", place(where)}});
    return;
  }
  reader.error(where, "diag.overlay.exists", {{"id", id}, {"place", place(existing)}});
}

template <class Tools> auto* find_tool(Tools& tools, const std::string& id) {
  decltype(&tools.front()) found = nullptr;
  for (auto& tool : tools) {
    if (tool.tool.entry.id == id) found = &tool;
  }
  return found;
}

// Reports a tool file that adds an id of the catalogue (one no overlay added) without saying
// `override: true`; returns whether it did.
bool adds_existing_id(Reader& reader, const yaml::Node& root, const ToolDrafts& tools,
                      const OverlayIds& added) {
  const yaml::Node* id = root.find("id");
  if (id == nullptr || id->kind != yaml::Kind::scalar || root.find("override") != nullptr) {
    return false;
  }
  const ToolDraft* existing = find_tool(tools, id->value);
  if (existing == nullptr || added.entries.count(id->value) > 0) return false;
  reader.error(id->where, "diag.overlay.exists",
               {{"id", id->value}, {"place", place(existing->tool.id_where)}});
  return true;
}

EntryDraft* find_service(ToolDraft& tool, const std::string& id) {
  for (auto& service : tool.services) {
    if (service.entry.id == id) return &service;
  }
  return nullptr;
}

void report_unknown_service(Reader& reader, const EntryDraft& service, const ToolDraft& tool) {
  std::vector<std::string> ids;
  for (const auto& known : tool.services)
    ids.push_back(known.entry.id);
  MessageArgs args = did_you_mean_args(service.entry.id, ids);
  args["id"] = service.entry.id;
  reader.error(service.id_where, "diag.overlay.no-service", std::move(args));
}

void add_service(Reader& reader, ToolDraft& tool, EntryDraft service, OverlayIds& added) {
  const std::string& id = service.entry.id;
  if (const EntryDraft* existing = find_service(tool, id)) {
    report_existing(reader, id, service.id_where, existing->id_where, added);
    return;
  }
  service.entry.local = true;
  service.entry.category = tool.tool.entry.category;
  added.entries.emplace(id, service.id_where);
  tool.services.push_back(std::move(service));
}

void apply_override(Reader& reader, ToolDraft& base, ToolDraft& overlay, OverlayIds& added) {
  const Entry& tool = base.tool.entry;
  if (overlay.tool.entry.category != tool.category) {
    reader.error(overlay.tool.id_where, "diag.overlay.wrong-folder",
                 {{"id", tool.id}, {"category", std::string(name_of(tool.category))}});
    return;
  }
  merge_entry(base.tool, overlay.tool);
  const auto& keys = overlay.tool.keys;
  const bool inherited = std::find(keys.begin(), keys.end(), "facts") != keys.end() ||
                         std::find(keys.begin(), keys.end(), "guide") != keys.end();
  // Services inherit the tool's facts and guide: a change there changes them too.
  if (inherited) {
    for (auto& service : base.services)
      service.entry.local = true;
  }
  for (auto& service : overlay.services) {
    if (!service.override) {
      add_service(reader, base, std::move(service), added);
    } else if (EntryDraft* existing = find_service(base, service.entry.id)) {
      merge_entry(*existing, service);
      existing->entry.local = true;
    } else if (!service.entry.id.empty()) {
      report_unknown_service(reader, service, base);
    }
  }
}

void add_tool(Reader& reader, ToolDrafts& tools, ToolDraft tool, OverlayIds& added) {
  const std::string& id = tool.tool.entry.id;
  if (const ToolDraft* existing = find_tool(tools, id)) {
    report_existing(reader, id, tool.tool.id_where, existing->tool.id_where, added);
    return;
  }
  tool.tool.entry.local = true;
  added.entries.emplace(id, tool.tool.id_where);
  for (auto& service : tool.services) {
    service.entry.local = true;
    if (service.override) {
      reader.error(service.id_where, "diag.overlay.new-service", {{"id", service.entry.id}});
    }
  }
  tools.push_back(std::move(tool));
}

template <class T, class Same>
void merge_ids(Reader& reader, std::vector<T>& into, std::vector<T> overlay,
               std::map<std::string, Location>& added, std::string_view kind, Same same) {
  for (auto& item : overlay) {
    const auto existing =
        std::find_if(into.begin(), into.end(), [&](const T& known) { return known.id == item.id; });
    if (existing == into.end()) {
      added.emplace(item.id, item.where);
      into.push_back(std::move(item));
      continue;
    }
    if (same(*existing, item)) continue;
    reader.error(item.where, fmt::format("diag.overlay.other-content.{}", kind),
                 {{"id", item.id}, {"place", place(existing->where)}});
    if (added.count(item.id) > 0) {
      reader.error(existing->where, fmt::format("diag.overlay.overridden.{}", kind),
                   {{"id", item.id}, {"place", place(item.where)}});
    }
  }
}

} // namespace

OverlayParts read_overlay(Reader& reader, Diagnostics& diagnostics, const Overlay& overlay,
                          const ToolDrafts& tools, const OverlayIds& added) {
  OverlayParts parts;
  std::string sources_path;
  for (const auto& file : overlay.files) {
    const auto root = yaml::parse_document(file.path, file.content, diagnostics);
    const auto name = catalogue_name(file.path);
    if (!name) {
      reader.error({file.path, 1, 1}, "diag.not-overlay-file");
      continue;
    }
    if (*name == "categories.yaml" || *name == "rules.yaml") {
      reader.error({file.path, 1, 1}, "diag.overlay.shared-file", {{"name", *name}});
      continue;
    }
    if (*name == "sources.yaml") {
      if (!sources_path.empty()) {
        reader.error({file.path, 1, 1}, "diag.second-file",
                     {{"name", "sources.yaml"}, {"first", sources_path}});
        continue;
      }
      sources_path = file.path;
      if (root) parts.sources = read_sources_file(reader, *root);
      continue;
    }
    if (root && !adds_existing_id(reader, *root, tools, added)) {
      read_overlay_tool(reader, *root, *name, file.path, parts);
    }
  }
  return parts;
}

void merge_overlay_sources(Reader& reader, SourcesFile& into, SourcesFile overlay,
                           OverlayIds& added) {
  merge_ids(reader, into.sources, std::move(overlay.sources), added.sources, "source",
            [](const Source& a, const Source& b) {
              return a.title.de == b.title.de && a.title.en == b.title.en &&
                     a.publisher == b.publisher && a.url == b.url && a.date == b.date;
            });
  merge_ids(reader, into.assessors, std::move(overlay.assessors), added.assessors, "assessor",
            [](const Assessor& a, const Assessor& b) {
              return a.name.de == b.name.de && a.name.en == b.name.en;
            });
}

void apply_overlay(Reader& reader, ToolDrafts& tools, ToolDrafts overlay, OverlayIds& added) {
  for (auto& tool : overlay) {
    const std::string& id = tool.tool.entry.id;
    if (!tool.tool.override) {
      if (!id.empty()) add_tool(reader, tools, std::move(tool), added);
      continue;
    }
    if (ToolDraft* base = find_tool(tools, id)) {
      apply_override(reader, *base, tool, added);
      continue;
    }
    if (id.empty()) continue; // a bad id, reported
    std::vector<std::string> ids;
    for (const auto& known : tools)
      ids.push_back(known.tool.entry.id);
    MessageArgs args = did_you_mean_args(id, ids);
    args["id"] = id;
    reader.error(tool.tool.id_where, "diag.overlay.no-entry", std::move(args));
  }
}

} // namespace advisor::catalogue
