#include "support.hpp"

#include <advisor/catalogue/load.hpp>
#include <advisor/cli/app.hpp>

#include <algorithm>
#include <cstdlib>
#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace advisor::test {

TemporaryFolder::TemporaryFolder() {
  std::string pattern = (std::filesystem::temp_directory_path() / "advisor-test-XXXXXX").string();
  REQUIRE(mkdtemp(pattern.data()) != nullptr);
  path = pattern;
}

TemporaryFolder::~TemporaryFolder() {
  namespace fs = std::filesystem;
  std::error_code ignored;
  fs::permissions(path, fs::perms::owner_all, fs::perm_options::add, ignored);
  fs::remove_all(path, ignored);
}

std::vector<std::string> TemporaryFolder::names() const {
  std::vector<std::string> result;
  for (const auto& item : std::filesystem::directory_iterator(path)) {
    result.push_back(item.path().filename().string());
  }
  std::sort(result.begin(), result.end());
  return result;
}

CliResult run_cli(const std::vector<std::string>& args,
                  const std::map<std::string, std::string>& environment, const std::string& input,
                  bool terminal) {
  std::ostringstream out;
  std::ostringstream err;
  std::istringstream in(input);
  std::map<std::string, std::string> env = environment;
  if (env.find("LANG") == env.end()) env["LANG"] = "C";
  // A fixed day (2026-12-03), so that staleness warnings in golden files never drift.
  if (env.find("SOURCE_DATE_EPOCH") == env.end()) env["SOURCE_DATE_EPOCH"] = "1796256000";
  cli::Context context(out, err, in, [env](std::string_view name) -> std::optional<std::string> {
    auto it = env.find(std::string(name));
    if (it == env.end()) return std::nullopt;
    return it->second;
  });
  context.stdin_is_terminal = terminal;
  context.stdout_is_terminal = false;
  const int code = cli::run(args, context);
  return {code, out.str(), err.str()};
}

std::string source_path(const std::string& relative_path) {
  return (std::filesystem::path(ADVISOR_SOURCE_DIR) / relative_path).string();
}

std::string read_source_file(const std::string& relative_path) {
  std::ifstream file(source_path(relative_path), std::ios::binary);
  REQUIRE_MESSAGE(file.good(), "cannot read " << relative_path);
  std::ostringstream content;
  content << file.rdbuf();
  return content.str();
}

void check_golden(const std::string& name, const std::string& actual) {
  const auto path = std::filesystem::path(ADVISOR_SOURCE_DIR) / "tests" / "golden" / name;
  const char* update = std::getenv("ADVISOR_UPDATE_GOLDEN");
  if (update != nullptr && std::string(update) == "1") {
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << actual;
    return;
  }
  std::ifstream file(path, std::ios::binary);
  REQUIRE_MESSAGE(file.good(), "missing golden file tests/golden/"
                                   << name
                                   << " (run the tests with ADVISOR_UPDATE_GOLDEN=1 to create it)");
  std::ostringstream expected_stream;
  expected_stream << file.rdbuf();
  const std::string expected = expected_stream.str();
  if (expected == actual) return;
  std::istringstream expected_lines(expected);
  std::istringstream actual_lines(actual);
  std::string e;
  std::string a;
  int line = 0;
  while (true) {
    ++line;
    const bool more_e = static_cast<bool>(std::getline(expected_lines, e));
    const bool more_a = static_cast<bool>(std::getline(actual_lines, a));
    if (!more_e && !more_a) break;
    if (!more_e || !more_a || e != a) {
      FAIL_CHECK("tests/golden/" << name << ":" << line
                                 << " differs\n  expected: " << (more_e ? e : "<end of file>")
                                 << "\n  actual:   " << (more_a ? a : "<end of file>"));
      return;
    }
  }
  FAIL_CHECK("tests/golden/" << name << " differs (line endings or final newline)");
}

const catalogue::Catalogue& builtin_catalogue() {
  static const catalogue::Catalogue k_catalogue = [] {
    auto result = catalogue::load_catalogue(catalogue::builtin_catalogue_files(), k_test_today);
    REQUIRE_MESSAGE(!result.diagnostics.has_errors(), "the built-in catalogue has errors");
    return std::move(result.catalogue);
  }();
  return k_catalogue;
}

} // namespace advisor::test
