#pragma once
// Shared test helpers: run the CLI in-process, compare with golden files.

#include <advisor/catalogue/model.hpp>

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace advisor::test {

struct CliResult {
  int code = 0;
  std::string out;
  std::string err;
};

// Runs `advisor args…` in-process with a fixed environment (LANG=C and SOURCE_DATE_EPOCH for
// 2026-12-03 unless given) and `input` as
// standard input, which is never a terminal here unless `terminal` is true.
CliResult run_cli(const std::vector<std::string>& args,
                  const std::map<std::string, std::string>& environment = {},
                  const std::string& input = "", bool terminal = false);

// Compares `actual` with tests/golden/<name>. With ADVISOR_UPDATE_GOLDEN=1 in the environment the
// file is rewritten instead (review the diff before committing). Fails the test on a difference,
// showing the first differing line.
void check_golden(const std::string& name, const std::string& actual);

// Returns the contents of a file below the source tree ("tests/data/…"); fails when unreadable.
std::string read_source_file(const std::string& relative_path);

// Absolute path of a file or folder in the source tree.
std::string source_path(const std::string& relative_path);

// The day the tests take as today: 2026-12-03.
constexpr Date k_test_today{2026, 12, 3};

// A fresh, empty folder below the system's temporary folder, removed (with everything in it)
// when the object goes out of scope.
struct TemporaryFolder {
  std::filesystem::path path;
  TemporaryFolder();
  ~TemporaryFolder();
  TemporaryFolder(const TemporaryFolder&) = delete;
  TemporaryFolder& operator=(const TemporaryFolder&) = delete;
  // The names of the files and folders in it, sorted.
  std::vector<std::string> names() const;
};

// The built-in catalogue, loaded once for k_test_today; fails the test when it has errors.
const catalogue::Catalogue& builtin_catalogue();

} // namespace advisor::test
