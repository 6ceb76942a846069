#pragma once
// Reading a catalogue: files in, a checked Catalogue and every problem found out.

#include <advisor/catalogue/model.hpp>
#include <advisor/core/diagnostic.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace advisor::catalogue {

// One catalogue file: its path as shown in messages, and its bytes.
struct SourceFile {
  std::string path;
  std::string content;
};

struct LoadResult {
  Catalogue catalogue;     // complete only when diagnostics has no errors
  Diagnostics diagnostics; // every problem, errors and warnings, sorted by place
};

// Largest catalogue file accepted, in bytes (documented in docs/catalogue.md).
inline constexpr std::size_t k_max_file_size = 256 * 1024;

// The built-in catalogue, as compiled into the binary. Paths start with "catalogue/".
std::vector<SourceFile> builtin_catalogue_files();

// Reads every *.yaml file below `directory`, sorted by path. Paths in messages are `directory`
// joined with the relative path. Throws Error when the directory cannot be read.
std::vector<SourceFile> read_catalogue_directory(const std::filesystem::path& directory);

// Parses and validates a whole catalogue (sources.yaml, categories.yaml, rules.yaml and one file
// per tool). Never throws for bad content: every problem becomes a diagnostic. `today` is used
// for staleness warnings.
LoadResult load_catalogue(const std::vector<SourceFile>& files, const Date& today);

} // namespace advisor::catalogue
