#pragma once
// The built-in catalogue, compiled into the binary: its files (see cmake/EmbedCatalogue.cmake)
// and the snapshot of its model (src/write_catalogue_snapshot.cpp).

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

// Returns the snapshot of the built-in catalogue's model (snapshot.hpp), written at build time by
// write_catalogue_snapshot from the files above. Defined only in advisor_lib: the program that
// writes it links the catalogue layer without it.
std::string_view embedded_snapshot();

} // namespace advisor::catalogue
