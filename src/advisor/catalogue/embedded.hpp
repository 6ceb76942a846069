#pragma once
// The built-in catalogue files, compiled into the binary (see cmake/EmbedCatalogue.cmake).

#include <span>
#include <string_view>

namespace advisor::catalogue {

struct EmbeddedFile {
  std::string_view path; // relative to the project root, e.g. "catalogue/video/talky.yaml"
  std::string_view content;
};

// Returns every built-in catalogue file, sorted by path.
std::span<const EmbeddedFile> embedded_catalogue_files();

// What the build counted in the built-in catalogue: tools and services, and the newest review.
struct EmbeddedSummary {
  int entries = 0;
  std::string_view reviewed; // "2026-12-03"
};
EmbeddedSummary embedded_catalogue_summary();

} // namespace advisor::catalogue
