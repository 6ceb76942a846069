// The snapshot of a catalogue's model: written and read back byte for byte, the built-in one the
// same model as its YAML files give whatever the day, damaged bytes refused; and catalogue folders
// read one file at a time.
#include "support.hpp"

#include <advisor/catalogue/load.hpp>
#include <advisor/catalogue/snapshot.hpp>
#include <advisor/core/error.hpp>

#include <fstream>

#include <doctest/doctest.h>

namespace advisor::test {
namespace {

using namespace advisor::catalogue;

std::string lines(const Diagnostics& diagnostics) {
  std::string result;
  for (const auto& diagnostic : diagnostics.all()) {
    result += format_diagnostic(diagnostic) + "\n";
  }
  return result;
}

bool mentions(const Diagnostics& diagnostics, const std::string& text) {
  return lines(diagnostics).find(text) != std::string::npos;
}

} // namespace

TEST_CASE("write_snapshot: read_snapshot gives back the same catalogue") {
  // The test catalogue sets what the built-in one may not: prices, conditions, every kind of fact.
  for (const char* folder : {"tests/data/valid", "catalogue"}) {
    CAPTURE(folder);
    const auto result = load_catalogue(read_catalogue_directory(source_path(folder)), k_test_today);
    REQUIRE_FALSE(result.diagnostics.has_errors());
    const std::string bytes = write_snapshot(result.catalogue);
    const Catalogue copy = read_snapshot(bytes);
    CHECK(write_snapshot(copy) == bytes);
    REQUIRE(copy.tools.size() == result.catalogue.tools.size());
    CHECK(copy.ids() == result.catalogue.ids());
    const auto& tool = copy.tools.front().entry;
    const auto& original = result.catalogue.tools.front().entry;
    CHECK(tool.where.file == original.where.file);
    CHECK(tool.where.line == original.where.line);
    CHECK(tool.summary.de == original.summary.de);
    CHECK(copy.rules.weights == result.catalogue.rules.weights);
  }
}

TEST_CASE("read_builtin_catalogue: the model its YAML files give, whatever the day") {
  const std::string snapshot = write_snapshot(read_builtin_catalogue());
  // Today, a clock in 1980 (every date is after it) and a day when every entry is stale: the
  // warnings differ, the model does not, so nothing in the snapshot is frozen at build time.
  const Date days[] = {k_test_today, {1980, 1, 1}, {2040, 6, 1}};
  for (const Date& day : days) {
    CAPTURE(format_date(day));
    const auto result = load_catalogue(builtin_catalogue_files(), day);
    CHECK_FALSE(result.diagnostics.has_errors());
    CHECK(write_snapshot(result.catalogue) == snapshot);
  }
  CHECK(mentions(load_catalogue(builtin_catalogue_files(), days[1]).diagnostics,
                 "the clock looks wrong"));
  CHECK(mentions(load_catalogue(builtin_catalogue_files(), days[2]).diagnostics,
                 "has not been reviewed for"));
}

TEST_CASE("read_builtin_catalogue: read once, the same object for every caller") {
  CHECK(&read_builtin_catalogue() == &read_builtin_catalogue());
}

TEST_CASE("read_snapshot: damaged bytes are refused") {
  const auto result =
      load_catalogue(read_catalogue_directory(source_path("tests/data/valid")), k_test_today);
  const std::string bytes = write_snapshot(result.catalogue);
  const std::string message = "the built-in catalogue's snapshot is damaged or of another version";
  CHECK_THROWS_WITH_AS(read_snapshot(""), message.c_str(), Error);
  CHECK_THROWS_WITH_AS(read_snapshot("advisor-catalogue-snapshot-0\n"), message.c_str(), Error);
  CHECK_THROWS_WITH_AS(read_snapshot(bytes.substr(0, bytes.size() - 1)), message.c_str(), Error);
  CHECK_THROWS_WITH_AS(read_snapshot(bytes.substr(0, bytes.size() / 2)), message.c_str(), Error);
  CHECK_THROWS_WITH_AS(read_snapshot(bytes + "x"), message.c_str(), Error);
}

TEST_CASE("CatalogueFiles::listed_in: the files read_catalogue_directory reads, read one by one") {
  const std::string folder = source_path("tests/data/valid");
  const auto read = read_catalogue_directory(folder);
  const auto listed = CatalogueFiles::listed_in(folder);
  REQUIRE(listed.size() == read.size());
  for (std::size_t i = 0; i < read.size(); ++i) {
    CHECK(listed.path(i) == read[i].path);
    CHECK(listed.read(i).content == read[i].content);
  }
  const auto from_list = load_catalogue(listed, {}, k_test_today);
  const auto from_files = load_catalogue(read, k_test_today);
  CHECK(write_snapshot(from_list.catalogue) == write_snapshot(from_files.catalogue));
  CHECK(lines(from_list.diagnostics) == lines(from_files.diagnostics));
}

TEST_CASE("CatalogueFiles::listed_in: a file gone after the listing cannot be read") {
  TemporaryFolder folder;
  std::filesystem::create_directory(folder.path / "video");
  std::ofstream(folder.path / "video/talky.yaml") << "id: talky\n";
  const auto listed = CatalogueFiles::listed_in(folder.path);
  REQUIRE(listed.size() == 1);
  std::filesystem::remove(folder.path / "video/talky.yaml");
  CHECK_THROWS_AS(listed.read(0), Error);
  CHECK_THROWS_AS(load_catalogue(listed, {}, k_test_today), Error);
}

TEST_CASE("FilePath: one stored string per path") {
  const FilePath a(std::string("catalogue/video/talky.yaml"));
  const FilePath b("catalogue/video/talky.yaml");
  const FilePath other("catalogue/video/jitsi-meet.yaml");
  CHECK(a == b);
  CHECK(&a.str() == &b.str());
  CHECK(a != other);
  CHECK(other < a);
  CHECK(FilePath().empty());
  CHECK(FilePath("") == FilePath());
  CHECK(a.str() == "catalogue/video/talky.yaml");
}

} // namespace advisor::test
