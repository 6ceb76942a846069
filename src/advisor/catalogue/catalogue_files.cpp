// Where catalogue files come from: the binary, a directory, a single file.
#include <advisor/catalogue/embedded.hpp>
#include <advisor/catalogue/load.hpp>
#include <advisor/catalogue/names.hpp>
#include <advisor/core/error.hpp>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fmt/format.h>
#include <fstream>
#include <system_error>

namespace advisor::catalogue {
namespace {

namespace fs = std::filesystem;

[[noreturn]] void cannot_read(const fs::path& path, const std::string& reason) {
  throw Error(fmt::format("cannot read \"{}\": {}", path.string(), reason));
}

bool is_shared_file(std::string_view name) {
  return name == "sources.yaml" || name == "categories.yaml" || name == "rules.yaml";
}

} // namespace

std::vector<SourceFile> builtin_catalogue_files() {
  std::vector<SourceFile> files;
  for (const auto& file : embedded_catalogue_files()) {
    files.push_back({std::string(file.path), std::string(file.content)});
  }
  return files;
}

std::optional<std::string> catalogue_name(std::string_view path) {
  const fs::path file_path(path);
  const std::string file = file_path.filename().string();
  const std::string folder = file_path.parent_path().filename().string();
  if (parse_name<Category>(folder) && file.size() > 5 && file.ends_with(".yaml")) {
    return folder + "/" + file;
  }
  if (is_shared_file(file)) return file;
  return std::nullopt;
}

SourceFile read_catalogue_file(const fs::path& path) {
  std::error_code error;
  if (fs::is_directory(path, error)) cannot_read(path, "it is a directory");
  std::ifstream stream(path, std::ios::binary);
  if (!stream) cannot_read(path, std::strerror(errno));
  std::string content(k_max_file_size + 1, '\0');
  stream.read(content.data(), static_cast<std::streamsize>(content.size()));
  if (stream.bad()) cannot_read(path, std::strerror(errno));
  content.resize(static_cast<std::size_t>(stream.gcount()));
  return {path.generic_string(), std::move(content)};
}

std::vector<SourceFile> read_catalogue_directory(const fs::path& directory) {
  std::error_code error;
  if (!fs::is_directory(directory, error)) {
    cannot_read(directory,
                error ? error.message()
                      : (fs::exists(directory, error) ? "not a directory" : "no such directory"));
  }
  std::vector<std::string> relative_paths;
  fs::recursive_directory_iterator it(directory, error);
  if (error) cannot_read(directory, error.message());
  for (; it != fs::recursive_directory_iterator(); it.increment(error)) {
    if (error) cannot_read(directory, error.message());
    // A catalogue is its top folder and one level of category folders; deeper folders are not
    // read (a wrong --catalogue such as a home folder must not read a whole tree).
    if (it.depth() >= 1 && it->is_directory(error)) it.disable_recursion_pending();
    const auto extension = it->path().extension();
    if (extension != ".yaml" && extension != ".yml") continue;
    if (!it->is_regular_file(error)) continue;
    relative_paths.push_back(it->path().lexically_relative(directory).generic_string());
  }
  if (error) cannot_read(directory, error.message());
  std::sort(relative_paths.begin(), relative_paths.end());
  std::vector<SourceFile> files;
  for (const auto& relative : relative_paths) {
    files.push_back(read_catalogue_file(directory / relative));
  }
  return files;
}

} // namespace advisor::catalogue
