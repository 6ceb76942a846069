// Hostile input to the loader (issue 12): control characters hidden in YAML escapes, files that
// would block (named pipes), many files, very long lines, a clock in 1980.
#include "support.hpp"

#include <advisor/catalogue/load.hpp>
#include <advisor/catalogue/yaml_document.hpp>
#include <advisor/core/error.hpp>
#include <advisor/render/qr_svg.hpp>

#include <doctest/doctest.h>
#include <fstream>
#include <string>
#include <sys/stat.h>

namespace advisor::test {
namespace {

namespace fs = std::filesystem;

std::string lines(const Diagnostics& diagnostics) {
  std::string result;
  for (const auto& diagnostic : diagnostics.all()) {
    result += format_diagnostic(diagnostic) + "\n";
  }
  return result;
}

void write(const fs::path& path, const std::string& content) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << content;
}

void make_fifo(const fs::path& path) {
  fs::create_directories(path.parent_path());
  REQUIRE(mkfifo(path.c_str(), 0600) == 0);
}

} // namespace

TEST_CASE("parse_document: control characters from escapes and raw C1 bytes are refused") {
  Diagnostics diagnostics;
  const auto root = catalogue::yaml::parse_document(
      "x.yaml", "a: \"\\e[2J\"\nb: ok\nc: [\"\\x9b\", '\\0']\nd: \"tab\\tand\\nnewline\"\n",
      diagnostics);
  CHECK(!root);
  // '\0' in single quotes is two characters, not an escape.
  CHECK(lines(diagnostics) == "x.yaml:1:4: error: control character U+001B is not allowed\n"
                              "x.yaml:3:5: error: control character U+009B is not allowed\n");

  Diagnostics raw;
  CHECK(!catalogue::yaml::parse_document("x.yaml", "name: a\xC2\x9Bz\n", raw));
  CHECK(lines(raw) == "x.yaml:1:8: error: control character U+009B is not allowed\n");

  Diagnostics del;
  CHECK(!catalogue::yaml::parse_document("x.yaml", "name: \"a\\x7f\"\n", del));
  CHECK(lines(del) == "x.yaml:1:7: error: control character U+007F is not allowed\n");
}

TEST_CASE("a configuration file with control characters is refused at their places") {
  const std::string path = source_path("tests/data/config/control-characters.yaml");
  const auto result = run_cli({"--config", path, "list"});
  CHECK(result.code == 1);
  CHECK(result.out == "");
  CHECK(result.err == "advisor: error: the configuration file has errors:\n" + path +
                          ":3:9: error: control character U+001B is not allowed\n" + path +
                          ":4:13: error: control character U+009B is not allowed\n" + path +
                          ":4:41: error: control character U+0000 is not allowed\n" + path +
                          ":5:12: error: control character U+0007 is not allowed\n");
}

TEST_CASE("read_catalogue_file: a named pipe is refused without waiting for a writer") {
  const TemporaryFolder folder;
  const fs::path pipe = folder.path / "config.yaml";
  make_fifo(pipe);
  const std::string refused =
      "cannot read \"" + pipe.string() + "\": it is a named pipe (FIFO), not a regular file";
  CHECK_THROWS_WITH_AS(catalogue::read_catalogue_file(pipe), refused.c_str(), Error);

  const auto config = run_cli({"--config", pipe.string(), "list"});
  CHECK(config.code == 1);
  CHECK(config.err == "advisor: error: " + refused + "\n");

  const auto single = run_cli({"check", pipe.string()});
  CHECK(single.code == 1);
  CHECK(single.err == "advisor: error: " + refused + "\n");

  CHECK_THROWS_WITH_AS(catalogue::read_catalogue_file("/dev/null"),
                       "cannot read \"/dev/null\": it is a device, not a regular file", Error);
  CHECK_THROWS_WITH_AS(catalogue::read_catalogue_file(folder.path),
                       ("cannot read \"" + folder.path.string() + "\": it is a directory").c_str(),
                       Error);
}

TEST_CASE("a named pipe in a catalogue or overlay folder is refused, not skipped or waited on") {
  const TemporaryFolder folder;
  const fs::path pipe = folder.path / "video" / "talky.yaml";
  make_fifo(pipe);
  const std::string refused = "advisor: error: cannot read \"" + pipe.generic_string() +
                              "\": it is a named pipe (FIFO), not a regular file\n";
  const auto check = run_cli({"check", folder.path.string()});
  CHECK(check.code == 1);
  CHECK(check.err == refused);
  const auto overlay = run_cli({"--overlay", folder.path.string(), "list"});
  CHECK(overlay.code == 1);
  CHECK(overlay.err == refused);
}

TEST_CASE("read_catalogue_file keeps only the bytes of the file, not a buffer of the limit") {
  const TemporaryFolder folder;
  write(folder.path / "empty.yaml", "");
  write(folder.path / "small.yaml", "id: small\n");
  const auto empty = catalogue::read_catalogue_file(folder.path / "empty.yaml");
  CHECK(empty.content.empty());
  CHECK(empty.content.capacity() < 64);
  const auto small = catalogue::read_catalogue_file(folder.path / "small.yaml");
  CHECK(small.content == "id: small\n");
  CHECK(small.content.capacity() < 64);

  std::string large(catalogue::k_max_file_size + 100, 'x');
  write(folder.path / "large.yaml", large);
  const auto cut = catalogue::read_catalogue_file(folder.path / "large.yaml");
  CHECK(cut.content.size() == catalogue::k_max_file_size + 1);
}

TEST_CASE("parse_document: a flow list of one hundred thousand items on one line") {
  // Every node's column is looked up; a scan from the line's start per node took minutes.
  std::string content = "x: [\"\xC3\xA4\"";
  for (int i = 1; i < 100000; ++i) {
    content += ",1";
  }
  content += "]\n";
  Diagnostics diagnostics;
  const auto root = catalogue::yaml::parse_document("long.yaml", content, diagnostics);
  REQUIRE(root);
  CHECK(diagnostics.all().empty());
  const auto* list = root->find("x");
  REQUIRE(list != nullptr);
  REQUIRE(list->items.size() == 100000);
  // Columns count characters: "ä" is two bytes, one column.
  CHECK(list->items[1].where.column == 9);
  CHECK(list->items.back().where.column == 9 + 2 * 99998);
}

TEST_CASE(
    "a clock in 1980: the built-in data loads, and check warns once that the clock is wrong") {
  const std::map<std::string, std::string> in_1980{{"SOURCE_DATE_EPOCH", "315532800"}};
  const auto check = run_cli({"check"}, in_1980);
  CHECK(check.code == 0);
  CHECK(check.err == "");
  // The exact words are in tests/data/invalid/video/future-date.expected; the place and count
  // here follow the built-in data.
  const auto first_line = check.out.substr(0, check.out.find('\n') + 1);
  CHECK(first_line.starts_with("catalogue/"));
  CHECK(first_line.find(": warning: reviewed: ") != std::string::npos);
  CHECK(first_line.find(" is after today (1980-01-01), and so are ") != std::string::npos);
  CHECK(first_line.ends_with(" more dates; the clock looks wrong (check the system clock or "
                             "SOURCE_DATE_EPOCH)\n"));
  CHECK(check.out.find('\n') == check.out.rfind('\n', check.out.size() - 2));
  CHECK(check.out.ends_with(" files: 1 warning\n"));
  const auto recommend =
      run_cli({"recommend", "--category", "video", "--people", "4", "--no-input"}, in_1980);
  CHECK(recommend.code == 0);
  CHECK(recommend.err == "");
  CHECK(recommend.out.starts_with("Recommendations: video conferencing, 4 people\n"));
}

} // namespace advisor::test
