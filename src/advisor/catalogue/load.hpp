#pragma once
// Reading a catalogue: files in, a checked Catalogue and every problem found out.

#include <advisor/catalogue/model.hpp>
#include <advisor/core/diagnostic.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace advisor::catalogue {

// One catalogue file: its path as shown in messages, and its bytes.
struct SourceFile {
  std::string path;
  std::string content;
};

// The files of a catalogue in the order they are loaded: in memory (the built-in files, tests), or
// listed in a folder and read one at a time as the loader comes to each, so that a large folder's
// bytes are never all in memory at once.
class CatalogueFiles {
public:
  // Files in memory.
  explicit CatalogueFiles(std::vector<SourceFile> files) : m_in_memory(std::move(files)) {}
  // Lists what read_catalogue_directory() would read, without reading it. Throws Error as it does.
  static CatalogueFiles listed_in(const std::filesystem::path& directory);

  std::size_t size() const { return m_listed.empty() ? m_in_memory.size() : m_listed.size(); }
  // The path of the file at `index` as messages show it.
  const std::string& path(std::size_t index) const;
  // Returns the file at `index`, read now when it was listed. Throws Error ("cannot read …") as
  // read_catalogue_file() does.
  SourceFile read(std::size_t index) const;

private:
  CatalogueFiles() = default;
  std::vector<SourceFile> m_in_memory;
  std::vector<std::string> m_listed;
};

// An overlay folder: an organisation's own tools, services and sources, and its changes to
// built-in entries (docs/catalogue.md "Overlays").
struct Overlay {
  std::string path;              // the folder as given
  std::vector<SourceFile> files; // as read_catalogue_directory() returns them
};

struct LoadResult {
  Catalogue catalogue;     // complete only when diagnostics has no errors
  Diagnostics diagnostics; // every problem, errors and warnings, sorted by place
};

// Largest catalogue file accepted, in bytes (documented in docs/catalogue.md).
inline constexpr std::size_t k_max_file_size = 256 * 1024;

// Longest web address accepted, in bytes (documented in docs/catalogue.md): handouts print every
// address as a QR code, which must still scan on paper (qrencode could hold 2331 bytes at its
// largest, too dense to print).
inline constexpr std::size_t k_max_url_length = 500;

// The built-in catalogue, as compiled into the binary. Paths start with "catalogue/".
std::vector<SourceFile> builtin_catalogue_files();

// The built-in catalogue's model as load_catalogue(builtin_catalogue_files(), …) returns it, read
// from the snapshot the build made (no YAML is parsed) on the first call and kept, never destroyed,
// until the process ends: freeing its thousands of strings at exit would cost a short command
// more than its work. The build refuses a built-in catalogue with errors, and no part of the model
// depends on the day, so there is nothing to report here; the warnings that depend on the day
// are `advisor check`'s, which loads the files.
const Catalogue& read_builtin_catalogue();

// Reads every *.yaml (and *.yml, to report it) file or other non-directory in `directory` and in
// its folders (not deeper: a catalogue has one level of category folders), sorted by path. Paths in
// messages are `directory` joined with the relative path. Throws Error ("cannot read …") when the
// directory or a file in it cannot be read.
std::vector<SourceFile> read_catalogue_directory(const std::filesystem::path& directory);

// Reads one file without blocking; a file over k_max_file_size is cut just after the limit (the
// loader reports it). Throws Error ("cannot read …") when it cannot be read or is not a regular
// file (a directory, a named pipe, a device).
SourceFile read_catalogue_file(const std::filesystem::path& path);

// Returns the name of `path` inside a catalogue: "sources.yaml", "categories.yaml",
// "rules.yaml", or "video/talky.yaml" for a *.yaml file in a folder named after a category;
// nullopt for anything else.
std::optional<std::string> catalogue_name(std::string_view path);

// Parses and validates a whole catalogue (sources.yaml, categories.yaml, rules.yaml and one file
// per tool). Never throws for bad content: every problem becomes a diagnostic. `today` is used
// for staleness warnings.
LoadResult load_catalogue(const std::vector<SourceFile>& files, const Date& today);

// As above, with `overlays` applied in order before the checks; entries they add or change are
// marked local. Problems in an overlay are reported at its files' places.
LoadResult load_catalogue(const std::vector<SourceFile>& files,
                          const std::vector<Overlay>& overlays, const Date& today);

// As above, reading listed files one at a time: only the model is kept, never a file's bytes once
// it is parsed.
LoadResult load_catalogue(const CatalogueFiles& files, const std::vector<Overlay>& overlays,
                          const Date& today);

} // namespace advisor::catalogue
