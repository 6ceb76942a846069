// PLACEHOLDER: replaced by the real loader (issue 2).
#include <advisor/catalogue/embedded.hpp>
#include <advisor/catalogue/load.hpp>
#include <advisor/core/error.hpp>

namespace advisor::catalogue {

std::vector<SourceFile> builtin_catalogue_files() {
  std::vector<SourceFile> files;
  for (const auto& file : embedded_catalogue_files()) {
    files.push_back({std::string(file.path), std::string(file.content)});
  }
  return files;
}

std::vector<SourceFile> read_catalogue_directory(const std::filesystem::path&) {
  throw Error("not implemented yet");
}

LoadResult load_catalogue(const std::vector<SourceFile>&, const Date&) { return {}; }

} // namespace advisor::catalogue
