#include "support.hpp"

#include <advisor/cli/output_file.hpp>
#include <advisor/core/error.hpp>

#include <algorithm>
#include <csignal>
#include <cstdlib>
#include <doctest/doctest.h>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace fs = std::filesystem;
using advisor::cli::write_file_atomically;
using advisor::test::TemporaryFolder;

namespace {

std::string read(const fs::path& path) {
  std::ifstream file(path, std::ios::binary);
  std::ostringstream content;
  content << file.rdbuf();
  return content.str();
}

} // namespace

TEST_CASE("cli::write_file_atomically") {
  TemporaryFolder folder;
  const std::string target = (folder.path / "h.html").string();

  SUBCASE("writes a new file with the usual permissions and nothing else") {
    const mode_t mask = umask(022);
    write_file_atomically(target, "<p>new</p>\n");
    umask(mask);
    CHECK(read(target) == "<p>new</p>\n");
    CHECK(folder.names() == std::vector<std::string>{"h.html"});
    struct stat info {};
    REQUIRE(stat(target.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0644);
  }
  SUBCASE("replaces an old file and keeps its permissions") {
    std::ofstream(target) << "old";
    REQUIRE(chmod(target.c_str(), 0640) == 0);
    write_file_atomically(target, "new");
    CHECK(read(target) == "new");
    struct stat info {};
    REQUIRE(stat(target.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0640);
    CHECK(folder.names() == std::vector<std::string>{"h.html"});
  }
  SUBCASE("a missing folder is an error naming the path") {
    const std::string missing = (folder.path / "no-such-folder" / "h.html").string();
    CHECK_THROWS_WITH_AS(write_file_atomically(missing, "x"),
                         ("cannot write \"" + missing + "\": No such file or directory").c_str(),
                         advisor::Error);
    CHECK(folder.names().empty());
  }
  SUBCASE("an unwritable folder is an error and leaves nothing behind") {
    std::string unwritable_target;
    if (geteuid() == 0) {
      // root may write anywhere in a normal folder; sysfs refuses new files even to root.
      unwritable_target = "/sys/advisor-test.html";
    } else {
      const fs::path locked = folder.path / "locked";
      fs::create_directory(locked);
      fs::permissions(locked, fs::perms::owner_read | fs::perms::owner_exec);
      unwritable_target = (locked / "h.html").string();
    }
    CHECK_THROWS_WITH_AS(write_file_atomically(unwritable_target, "x"),
                         ("cannot write \"" + unwritable_target + "\": Permission denied").c_str(),
                         advisor::Error);
    CHECK_FALSE(fs::exists(unwritable_target));
  }
  SUBCASE("a failed write removes the temporary file and leaves the old file untouched") {
    std::ofstream(target) << "old";
    // A file size limit makes write() fail half-way (EFBIG) instead of killing the process.
    struct rlimit saved {};
    REQUIRE(getrlimit(RLIMIT_FSIZE, &saved) == 0);
    auto* previous = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit small = saved;
    small.rlim_cur = 1000;
    REQUIRE(setrlimit(RLIMIT_FSIZE, &small) == 0);
    bool threw = false;
    std::string message;
    try {
      write_file_atomically(target, std::string(5000, 'x'));
    } catch (const advisor::Error& e) {
      threw = true;
      message = e.what();
    }
    REQUIRE(setrlimit(RLIMIT_FSIZE, &saved) == 0);
    std::signal(SIGXFSZ, previous);
    CHECK(threw);
    CHECK(message == "cannot write \"" + target + "\": File too large");
    CHECK(read(target) == "old");
    CHECK(folder.names() == std::vector<std::string>{"h.html"});
  }
  SUBCASE("a folder in the way is an error") {
    fs::create_directory(target);
    CHECK_THROWS_WITH_AS(write_file_atomically(target, "x"),
                         ("cannot write \"" + target + "\": Is a directory").c_str(),
                         advisor::Error);
    CHECK(folder.names() == std::vector<std::string>{"h.html"});
  }
}

TEST_CASE("cli::write_file_atomically: links, devices, FIFOs and files the user may not write") {
  TemporaryFolder folder;
  SUBCASE("a symbolic link is followed: its target is replaced, the link stays") {
    const auto target = folder.path / "real.html";
    const auto link = folder.path / "link.html";
    { std::ofstream(target) << "old"; }
    fs::create_symlink("real.html", link);
    write_file_atomically(link.string(), "new");
    CHECK(fs::is_symlink(fs::symlink_status(link)));
    CHECK(read(target) == "new");
    CHECK(folder.names() == std::vector<std::string>{"link.html", "real.html"});
  }
  SUBCASE("a link to a file that does not exist yet creates the file") {
    const auto link = folder.path / "link.html";
    fs::create_symlink("made.html", link);
    write_file_atomically(link.string(), "new");
    CHECK(fs::is_symlink(fs::symlink_status(link)));
    CHECK(read(folder.path / "made.html") == "new");
  }
  SUBCASE("a FIFO is written to, not replaced") {
    const auto fifo = folder.path / "pipe";
    REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
    const int reader = open(fifo.c_str(), O_RDONLY | O_NONBLOCK);
    REQUIRE(reader >= 0);
    write_file_atomically(fifo.string(), "through the pipe");
    char buffer[64] = {};
    const auto n = ::read(reader, buffer, sizeof buffer);
    close(reader);
    CHECK(std::string(buffer, n > 0 ? static_cast<std::size_t>(n) : 0) == "through the pipe");
    CHECK(fs::is_fifo(fs::status(fifo)));
  }
  SUBCASE("a FIFO nobody reads is an error, not a hang") {
    const auto fifo = folder.path / "pipe";
    REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
    CHECK_THROWS_WITH_AS(write_file_atomically(fifo.string(), "x"),
                         ("cannot write \"" + fifo.string() + "\": Broken pipe").c_str(),
                         advisor::Error);
    CHECK(fs::is_fifo(fs::status(fifo)));
  }
  SUBCASE("a device stays a device") {
    write_file_atomically("/dev/null", "gone");
    CHECK(fs::is_character_file(fs::status("/dev/null")));
  }
  SUBCASE("a full device is an error with the reason") {
    if (!fs::exists("/dev/full")) return;
    CHECK_THROWS_WITH_AS(write_file_atomically("/dev/full", "x"),
                         "cannot write \"/dev/full\": No space left on device", advisor::Error);
    CHECK(fs::is_character_file(fs::status("/dev/full")));
  }
  SUBCASE("a read-only file is left alone unless the user may write it (root may)") {
    const auto target = folder.path / "locked.html";
    { std::ofstream(target) << "old"; }
    fs::permissions(target, fs::perms::owner_read);
    if (geteuid() == 0) {
      write_file_atomically(target.string(), "new");
      CHECK(read(target) == "new");
    } else {
      CHECK_THROWS_WITH_AS(write_file_atomically(target.string(), "new"),
                           ("cannot write \"" + target.string() + "\": Permission denied").c_str(),
                           advisor::Error);
      CHECK(read(target) == "old");
    }
  }
}

TEST_CASE("a failed write to standard output is reported once, with exit 1") {
  // The real binary, so that standard output is a real file descriptor.
  TemporaryFolder folder;
  const auto err = folder.path / "err.txt";
  const std::string binary = ADVISOR_BINARY;
  for (const std::string redirect : {"> /dev/full", ">&-"}) {
    CAPTURE(redirect);
    const std::string command = "'" + binary + "' list " + redirect + " 2> '" + err.string() + "'";
    const int status = std::system(command.c_str());
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 1);
    CHECK(read(err) == "advisor: error: cannot write to standard output\n");
  }
}
