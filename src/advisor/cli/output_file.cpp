#include <advisor/catalogue/diagnostic_messages.hpp>
#include <advisor/cli/output_file.hpp>
#include <advisor/cli/say.hpp>
#include <advisor/core/error.hpp>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fmt/format.h>
#include <ostream>
#include <sys/stat.h>
#include <unistd.h>

namespace advisor::cli {
namespace {

// The reason for `error` in the interface language where the table has it, else the system's.
std::string reason(int error) {
  const std::string key = catalogue::system_reason_key(error);
  if (key.empty()) return std::strerror(error);
  return catalogue::diagnostic_text(key, InterfaceLanguage::current(), {});
}

[[noreturn]] void fail(const std::string& path, int error) {
  throw Error(say("cli.error.cannot-write", {{"path", path}, {"reason", reason(error)}}));
}

// Removes the temporary file unless the rename succeeded.
class TemporaryFile {
public:
  explicit TemporaryFile(std::string pattern) : m_path(std::move(pattern)) {
    m_fd = ::mkstemp(m_path.data());
    m_created = m_fd >= 0;
  }
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;
  ~TemporaryFile() {
    if (m_fd >= 0) ::close(m_fd);
    if (m_created && !m_kept) ::unlink(m_path.c_str());
  }
  bool created() const { return m_created; }
  int fd() const { return m_fd; }
  const std::string& path() const { return m_path; }
  // Closes the file; returns 0 or the errno value of the failure.
  int close() {
    const int result = ::close(m_fd);
    m_fd = -1;
    return result == 0 ? 0 : errno;
  }
  // After a successful rename: the file is no longer temporary.
  void keep() { m_kept = true; }

private:
  std::string m_path;
  int m_fd = -1;
  bool m_created = false;
  bool m_kept = false;
};

mode_t new_file_mode() {
  const mode_t mask = ::umask(0);
  ::umask(mask);
  return static_cast<mode_t>(0666 & ~mask);
}

} // namespace

namespace {

// Writes every byte of `content` to `fd`; returns 0 or the errno value of the failure.
int write_all(int fd, std::string_view content) {
  std::size_t written = 0;
  while (written < content.size()) {
    const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      return errno;
    }
    written += static_cast<std::size_t>(n);
  }
  return 0;
}

// The file a path names: a symbolic link is followed to its target (also one that does not
// exist yet), so that the link stays and its target is written.
std::string followed(const std::string& path) {
  constexpr int k_max_links = 40; // as the kernel's SYMLOOP_MAX
  std::filesystem::path current(path);
  for (int i = 0; i < k_max_links; ++i) {
    std::error_code error;
    if (!std::filesystem::is_symlink(std::filesystem::symlink_status(current, error)) || error) {
      break;
    }
    const auto target = std::filesystem::read_symlink(current, error);
    if (error) break;
    current = target.is_absolute() ? target : current.parent_path() / target;
  }
  return current.string();
}

// Something that is not a regular file (a terminal, /dev/null, a FIFO, a socket) is written to
// directly: it cannot be replaced, and replacing it would break whatever reads it.
void write_in_place(const std::string& shown, const std::string& path, std::string_view content) {
  // A FIFO without a reader would block: open without waiting, then write normally.
  const int fd = ::open(path.c_str(), O_WRONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) fail(shown, errno == ENXIO ? EPIPE : errno);
  const int flags = ::fcntl(fd, F_GETFL);
  if (flags >= 0) ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
  const int error = write_all(fd, content);
  const int closed = ::close(fd) == 0 ? 0 : errno;
  if (error != 0) fail(shown, error);
  if (closed != 0) fail(shown, closed);
}

} // namespace

void write_file_atomically(const std::string& shown, std::string_view content) {
  if (shown.empty()) throw Error(say("cli.error.no-file-name"));
  const std::string path = followed(shown);
  const std::filesystem::path target(path);
  const std::filesystem::path parent =
      target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
  const std::string folder = parent.string();
  const std::string name = target.filename().string();
  if (name.empty() || name == "." || name == "..") fail(shown, EISDIR);

  struct stat existing {};
  mode_t mode = new_file_mode();
  if (::stat(path.c_str(), &existing) == 0) {
    if (S_ISDIR(existing.st_mode)) fail(shown, EISDIR);
    if (!S_ISREG(existing.st_mode)) {
      write_in_place(shown, path, content);
      return;
    }
    // Replacing needs only the folder's permission; writing the file needs the file's. A file
    // the user may not write stays as it is.
    if (::access(path.c_str(), W_OK) != 0) fail(shown, errno);
    mode = existing.st_mode & 07777;
  }

  TemporaryFile temporary(fmt::format("{}/.{}.XXXXXX", folder, name));
  if (!temporary.created()) fail(shown, errno);
  if (const int error = write_all(temporary.fd(), content); error != 0) fail(shown, error);
  if (::fchmod(temporary.fd(), mode) != 0) fail(shown, errno);
  if (::fsync(temporary.fd()) != 0) fail(shown, errno);
  if (const int error = temporary.close(); error != 0) fail(shown, error);
  if (::rename(temporary.path().c_str(), path.c_str()) != 0) fail(shown, errno);
  temporary.keep();
  // Make the rename itself durable; a failure here no longer affects the file's content.
  const int folder_fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (folder_fd >= 0) {
    ::fsync(folder_fd);
    ::close(folder_fd);
  }
}

void write_output(Context& context, const std::string& path, std::string_view content) {
  if (path.empty() || path == "-") {
    context.out << content;
    return;
  }
  write_file_atomically(path, content);
}

} // namespace advisor::cli
