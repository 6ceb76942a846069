// Where catalogue files come from: the binary, a directory, a single file.
#include <advisor/catalogue/diagnostic_messages.hpp>
#include <advisor/catalogue/embedded.hpp>
#include <advisor/catalogue/load.hpp>
#include <advisor/catalogue/names.hpp>
#include <advisor/core/error.hpp>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>

namespace advisor::catalogue {
namespace {

namespace fs = std::filesystem;

// `reason` names a "diag.reason.…" message.
[[noreturn]] void cannot_read(const fs::path& path, const std::string& reason_key) {
  throw FileError("diag.cannot-read", {{"path", path.string()}, {"reason_key", reason_key}});
}

// The system's reason: in the table when it is one a reader meets, else as the system says it.
[[noreturn]] void cannot_read(const fs::path& path, int error) {
  const std::string key = system_reason_key(error);
  if (key.empty()) {
    throw FileError("diag.cannot-read",
                    {{"path", path.string()}, {"reason", std::strerror(error)}});
  }
  cannot_read(path, key);
}

// Closes a file descriptor when it goes out of scope.
class OpenFile {
public:
  explicit OpenFile(int descriptor) : m_descriptor(descriptor) {}
  OpenFile(const OpenFile&) = delete;
  OpenFile& operator=(const OpenFile&) = delete;
  ~OpenFile() { ::close(m_descriptor); }
  int descriptor() const { return m_descriptor; }

private:
  int m_descriptor;
};

// Why a file that is not a regular file is not read: reading a named pipe or a device could wait
// forever or never end.
std::string not_regular(mode_t mode) {
  if (S_ISDIR(mode)) return "diag.reason.directory";
  if (S_ISFIFO(mode)) return "diag.reason.fifo";
  if (S_ISCHR(mode) || S_ISBLK(mode)) return "diag.reason.device";
  if (S_ISSOCK(mode)) return "diag.reason.socket";
  return "diag.reason.not-regular";
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
  // O_NONBLOCK: opening a named pipe must not wait for a writer; fstat on the open file then
  // refuses it (checking before opening would race with a file replaced in between).
  const OpenFile file(::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC));
  if (file.descriptor() < 0) cannot_read(path, errno);
  struct stat status {};
  if (::fstat(file.descriptor(), &status) != 0) cannot_read(path, errno);
  if (!S_ISREG(status.st_mode)) cannot_read(path, not_regular(status.st_mode));
  // Only the bytes read are kept: a buffer of the size limit per file would add up to gigabytes
  // over thousands of files. One byte past the limit is enough for the loader to report it.
  const std::size_t limit = k_max_file_size + 1;
  std::string content;
  content.reserve(std::min(static_cast<std::size_t>(std::max<off_t>(status.st_size, 0)), limit));
  std::array<char, 16 * 1024> buffer{};
  while (content.size() < limit) {
    const std::size_t wanted = std::min(buffer.size(), limit - content.size());
    const ssize_t count = ::read(file.descriptor(), buffer.data(), wanted);
    if (count < 0 && errno == EINTR) continue;
    if (count < 0) cannot_read(path, errno);
    if (count == 0) break;
    content.append(buffer.data(), static_cast<std::size_t>(count));
  }
  content.shrink_to_fit();
  return {path.generic_string(), std::move(content)};
}

CatalogueFiles CatalogueFiles::listed_in(const fs::path& directory) {
  std::error_code error;
  if (!fs::is_directory(directory, error)) {
    if (error) cannot_read(directory, error.value());
    cannot_read(directory, fs::exists(directory, error) ? "diag.reason.not-directory"
                                                        : "diag.reason.no-directory");
  }
  std::vector<std::string> relative_paths;
  fs::recursive_directory_iterator it(directory, error);
  if (error) cannot_read(directory, error.value());
  for (; it != fs::recursive_directory_iterator(); it.increment(error)) {
    if (error) cannot_read(directory, error.value());
    // A catalogue is its top folder and one level of category folders; deeper folders are not
    // read (a wrong --catalogue such as a home folder must not read a whole tree).
    if (it.depth() >= 1 && it->is_directory(error)) it.disable_recursion_pending();
    const auto extension = it->path().extension();
    if (extension != ".yaml" && extension != ".yml") continue;
    // Anything else named *.yaml (a named pipe, a device) is refused by read_catalogue_file.
    if (it->is_directory(error)) continue;
    relative_paths.push_back(it->path().lexically_relative(directory).generic_string());
  }
  if (error) cannot_read(directory, error.value());
  std::sort(relative_paths.begin(), relative_paths.end());
  CatalogueFiles files;
  for (const auto& relative : relative_paths) {
    files.m_listed.push_back((directory / relative).generic_string());
  }
  return files;
}

const std::string& CatalogueFiles::path(std::size_t index) const {
  return m_listed.empty() ? m_in_memory[index].path : m_listed[index];
}

SourceFile CatalogueFiles::read(std::size_t index) const {
  return m_listed.empty() ? m_in_memory[index] : read_catalogue_file(m_listed[index]);
}

std::vector<SourceFile> read_catalogue_directory(const fs::path& directory) {
  const auto listed = CatalogueFiles::listed_in(directory);
  std::vector<SourceFile> files;
  for (std::size_t i = 0; i < listed.size(); ++i) {
    files.push_back(listed.read(i));
  }
  return files;
}

} // namespace advisor::catalogue
