// Every loader error with its exact message: one defect per file in tests/data/invalid/video/,
// the expected lines next to it in NAME.expected; and inputs too odd to keep as files.
#include "support.hpp"

#include <advisor/catalogue/load.hpp>

#include <algorithm>
#include <doctest/doctest.h>
#include <filesystem>
#include <fmt/format.h>

namespace advisor::test {
namespace {

using catalogue::SourceFile;

const Date k_today{2026, 12, 3};

// Loads the valid test catalogue plus `file`; returns every diagnostic, one per line.
std::string check_with_valid_catalogue(const SourceFile& file) {
  auto files = catalogue::read_catalogue_directory(source_path("tests/data/valid"));
  files.push_back(file);
  const auto result = catalogue::load_catalogue(files, k_today);
  std::string lines;
  for (const auto& diagnostic : result.diagnostics.all()) {
    lines += format_diagnostic(diagnostic) + "\n";
  }
  return lines;
}

std::string check_content(const std::string& content) {
  return check_with_valid_catalogue({"video/odd.yaml", content});
}

} // namespace

TEST_CASE("load_catalogue: each file in tests/data/invalid gives exactly its expected messages") {
  std::vector<std::string> names;
  for (const auto& entry :
       std::filesystem::directory_iterator(source_path("tests/data/invalid/video"))) {
    if (entry.path().extension() == ".yaml") names.push_back(entry.path().stem().string());
  }
  std::sort(names.begin(), names.end());
  REQUIRE(names.size() >= 40);
  for (const auto& name : names) {
    CAPTURE(name);
    const std::string relative = "invalid/video/" + name + ".yaml";
    const std::string expected =
        read_source_file("tests/data/" + relative.substr(0, relative.size() - 5) + ".expected");
    CHECK(!expected.empty());
    CHECK(check_with_valid_catalogue({relative, read_source_file("tests/data/" + relative)}) ==
          expected);
  }
}

TEST_CASE("load_catalogue: bytes that are not UTF-8 text") {
  CHECK(check_content("id: odd\nname: caf\xE9\n") ==
        "video/odd.yaml:2:10: error: invalid UTF-8 (byte 0xE9); save the file as UTF-8\n");
  CHECK(check_content("id: odd\nname: \xC3\xA4\xC3\xA4\xED\xA0\x80\n") ==
        "video/odd.yaml:2:9: error: invalid UTF-8 (byte 0xED); save the file as UTF-8\n");
  CHECK(check_content("id: odd\nname: a\x07z\n") ==
        "video/odd.yaml:2:8: error: control character U+0007 is not allowed\n");
  CHECK(check_content(std::string("id: odd\0", 8)) ==
        "video/odd.yaml:1:8: error: control character U+0000 is not allowed\n");
}

TEST_CASE("load_catalogue: a file over the size limit") {
  std::string content = "id: odd\n# ";
  content.resize(catalogue::k_max_file_size + 1, 'x');
  CHECK(check_content(content) ==
        "video/odd.yaml:1:1: error: the file is larger than 256 KiB, the limit for a catalogue "
        "file\n");
}

TEST_CASE("load_catalogue: deep nesting is refused at the limit") {
  std::string content = "id: ";
  content += std::string(5000, '[') + std::string(5000, ']') + "\n";
  // The top mapping is the first level; the 32nd "[" (column 4 + 32) would be the 33rd.
  CHECK(check_content(content) == "video/odd.yaml:1:36: error: nested more than 32 levels deep\n");
}

TEST_CASE("load_catalogue: an alias bomb is refused at its first anchor") {
  // Nine levels of ten aliases each would expand to 10^9 strings.
  std::string content = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
  for (int level = 1; level < 9; ++level) {
    content += fmt::format("a{0}: &a{0} [", level);
    for (int i = 0; i < 10; ++i) {
      content += fmt::format("{}*a{}", i == 0 ? "" : ", ", level - 1);
    }
    content += "]\n";
  }
  const std::string output = check_content(content);
  CHECK(output.starts_with(
      "video/odd.yaml:1:5: error: anchors (&a0) are not allowed in a catalogue\n"
      "video/odd.yaml:2:5: error: anchors (&a1) are not allowed in a catalogue\n"
      "video/odd.yaml:2:10: error: aliases (*a0) are not allowed in a catalogue; "
      "write the value out\n"));
  CHECK(output.find("error: too many problems; the rest of this file is not checked\n") !=
        std::string::npos);
}

TEST_CASE("load_catalogue: every prefix of a valid file is handled without a crash") {
  const std::string content = read_source_file("tests/data/valid/video/talky.yaml");
  auto files = catalogue::read_catalogue_directory(source_path("tests/data/valid"));
  auto talky = std::find_if(files.begin(), files.end(), [](const SourceFile& f) {
    return f.path.ends_with("video/talky.yaml");
  });
  REQUIRE(talky != files.end());
  std::size_t with_errors = 0;
  for (std::size_t length = 0; length < content.size(); length += 5) {
    talky->content = content.substr(0, length);
    const auto result = catalogue::load_catalogue(files, k_today);
    for (const auto& diagnostic : result.diagnostics.all()) {
      CAPTURE(length);
      CAPTURE(format_diagnostic(diagnostic));
      CHECK(diagnostic.where.line >= 1);
    }
    if (result.diagnostics.has_errors()) ++with_errors;
  }
  // A prefix that ends between keys can be complete only at the very end of the file.
  CHECK(with_errors > content.size() / 5 - 3);
}

} // namespace advisor::test
