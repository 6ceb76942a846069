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

} // namespace advisor::catalogue
