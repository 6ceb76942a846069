#pragma once
// Reading the catalogue's shared files: sources.yaml, categories.yaml and rules.yaml.
// Internal to the catalogue layer.

#include <advisor/catalogue/drafts.hpp>

namespace advisor::catalogue {

// Reads sources.yaml: every source and every assessor; ids must be unique.
SourcesFile read_sources_file(Reader& reader, const yaml::Node& root);

// Reads categories.yaml: each of the four categories exactly once, and the general advice.
CategoriesFile read_categories_file(Reader& reader, const yaml::Node& root);

// Reads rules.yaml: `weights` and `thresholds`, flat maps of dotted keys to whole numbers.
Rules read_rules_file(Reader& reader, const yaml::Node& root);

} // namespace advisor::catalogue
