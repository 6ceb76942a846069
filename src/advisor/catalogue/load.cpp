// load_catalogue: parse every file, read the model, check what spans files, let services
// inherit, and return the catalogue with every problem found.
#include <advisor/catalogue/load.hpp>
#include <advisor/catalogue/overlay.hpp>
#include <advisor/catalogue/read_entry.hpp>
#include <advisor/catalogue/read_shared_files.hpp>
#include <advisor/catalogue/validate.hpp>

#include <algorithm>
#include <numeric>

namespace advisor::catalogue {
namespace {

constexpr const char* k_shared_files[] = {"sources.yaml", "categories.yaml", "rules.yaml"};

// The files of a catalogue as read, before the checks that span files.
struct Parts {
  std::optional<SourcesFile> sources;
  std::optional<CategoriesFile> categories;
  std::optional<Rules> rules;
  std::map<std::string, std::string> shared_paths; // "rules.yaml" -> the path it came from
  ToolDrafts tools;
  std::string root; // prefix of the catalogue's paths ("catalogue/"), for missing files
};

void report_not_a_catalogue_file(Reader& reader, const std::string& path) {
  std::vector<std::string> folders = names_of<Category>();
  const std::string folder = std::filesystem::path(path).parent_path().filename().string();
  MessageArgs args = {{"hint_key", ""}};
  if (auto match = closest_match(folder, folders); match && !folder.empty()) {
    args = {{"hint_key", "diag.hint.folder"}, {"match", *match}};
  }
  reader.error({path, 1, 1}, "diag.not-catalogue-file", std::move(args));
}

void read_shared_file(Reader& reader, const std::string& name, const SourceFile& file,
                      const std::optional<yaml::Node>& root, Parts& parts) {
  auto [first, inserted] = parts.shared_paths.emplace(name, file.path);
  if (!inserted) {
    reader.error({file.path, 1, 1}, "diag.second-file", {{"name", name}, {"first", first->second}});
    return;
  }
  if (!root) return;
  if (name == "sources.yaml") parts.sources = read_sources_file(reader, *root);
  if (name == "categories.yaml") parts.categories = read_categories_file(reader, *root);
  if (name == "rules.yaml") parts.rules = read_rules_file(reader, *root);
}

void read_file(Reader& reader, Diagnostics& diagnostics, const SourceFile& file, Parts& parts) {
  const auto name = catalogue_name(file.path);
  const auto root = yaml::parse_document(file.path, file.content, diagnostics);
  if (!name) {
    report_not_a_catalogue_file(reader, file.path);
    return;
  }
  if (parts.root.empty() && file.path.ends_with(*name)) {
    parts.root = file.path.substr(0, file.path.size() - name->size());
  }
  const auto slash = name->find('/');
  if (slash == std::string::npos) {
    read_shared_file(reader, *name, file, root, parts);
    return;
  }
  if (!root) return;
  ToolFileName tool_name;
  tool_name.folder = parse_name<Category>(name->substr(0, slash)).value_or(Category::video);
  tool_name.stem = name->substr(slash + 1, name->size() - slash - 1 - 5); // drop ".yaml"
  if (auto tool = read_tool_file(reader, *root, tool_name, file.path)) {
    parts.tools.push_back(std::move(*tool));
  }
}

void report_missing_files(Reader& reader, const Parts& parts) {
  for (const char* name : k_shared_files) {
    if (parts.shared_paths.count(name) > 0) continue;
    reader.error({parts.root + name, 0, 0}, "diag.missing-file");
  }
}

// Frees the memory of `items` (clear() would keep it).
template <class T> void release(std::vector<T>& items) {
  std::vector<T>().swap(items);
}

// Frees what only the reference checks needed: with thousands of entries, the places of every
// source id would otherwise stay in memory beside the model until it is complete.
void drop_references(EntryDraft& draft) {
  release(draft.listed_sources);
  release(draft.source_uses);
  release(draft.source_mentions);
  release(draft.assessor_uses);
  release(draft.keys);
}

Catalogue assemble(Parts& parts) {
  Catalogue catalogue;
  if (parts.sources) {
    catalogue.sources = std::move(parts.sources->sources);
    catalogue.assessors = std::move(parts.sources->assessors);
  }
  if (parts.categories) {
    catalogue.categories = std::move(parts.categories->categories);
    catalogue.general_advice = std::move(parts.categories->general_advice);
  }
  if (parts.rules) catalogue.rules = std::move(*parts.rules);
  // Tools by id (equal ids in the order read): their positions are sorted, and each draft is
  // moved once into its place, so that no second array of tools is needed.
  std::vector<std::size_t> order(parts.tools.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&parts](std::size_t a, std::size_t b) {
    return parts.tools[a].tool.entry.id < parts.tools[b].tool.entry.id;
  });
  catalogue.tools.reserve(order.size());
  for (const std::size_t index : order) {
    ToolDraft& draft = parts.tools[index];
    Tool tool;
    tool.entry = std::move(draft.tool.entry);
    tool.file = draft.file;
    tool.services.reserve(draft.services.size());
    for (auto& service : draft.services) {
      inherit(tool.entry, service.entry);
      tool.services.push_back(std::move(service.entry));
    }
    release(draft.services);
    catalogue.tools.push_back(std::move(tool));
  }
  parts.tools.clear();
  return catalogue;
}

void apply_overlays(Reader& reader, Diagnostics& diagnostics, const std::vector<Overlay>& overlays,
                    Parts& parts) {
  OverlayIds added;
  for (const auto& overlay : overlays) {
    auto overlay_parts = read_overlay(reader, diagnostics, overlay, parts.tools, added);
    if (overlay_parts.sources && parts.sources) {
      merge_overlay_sources(reader, *parts.sources, std::move(*overlay_parts.sources), added);
    }
    apply_overlay(reader, parts.tools, std::move(overlay_parts.tools), added);
  }
}

} // namespace

LoadResult load_catalogue(const std::vector<SourceFile>& files, const Date& today) {
  return load_catalogue(files, {}, today);
}

LoadResult load_catalogue(const std::vector<SourceFile>& files,
                          const std::vector<Overlay>& overlays, const Date& today) {
  return load_catalogue(CatalogueFiles(files), overlays, today);
}

LoadResult load_catalogue(const CatalogueFiles& files, const std::vector<Overlay>& overlays,
                          const Date& today) {
  LoadResult result;
  Reader reader(result.diagnostics, today);
  Parts parts;
  for (std::size_t i = 0; i < files.size(); ++i) {
    // One file's bytes at a time: they are dropped once the file's part of the model is read.
    read_file(reader, result.diagnostics, files.read(i), parts);
  }
  report_missing_files(reader, parts);
  apply_overlays(reader, result.diagnostics, overlays, parts);

  // Without a readable sources.yaml every reference would look wrong: check them only with one.
  if (parts.sources) {
    const References references(parts.sources->sources, parts.sources->assessors);
    for (auto& tool : parts.tools) {
      validate_entry(reader, tool.tool, references);
      drop_references(tool.tool);
      for (auto& service : tool.services) {
        validate_entry(reader, service, references);
        drop_references(service);
      }
    }
    if (parts.categories) validate_advice(reader, *parts.categories, references);
  }
  check_unique_ids(reader, parts.tools);
  reader.report_future_dates();
  result.catalogue = assemble(parts);
  result.diagnostics.sort();
  return result;
}

} // namespace advisor::catalogue
