// Str, the catalogue's strings: kept once for the program's duration, compared by content,
// the compiled catalogue's bytes used in place; and a catalogue read from a snapshot whose bytes
// do not last keeps its own copy of every text.
#include "support.hpp"

#include <advisor/catalogue/load.hpp>
#include <advisor/catalogue/snapshot.hpp>
#include <advisor/core/str.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <vector>

#include <doctest/doctest.h>

namespace advisor::test {

TEST_CASE("Str: equal texts are kept once, whatever they were made from") {
  std::string text = "Videokonferenz im Browser";
  const Str a(text);
  const Str b(std::string_view("Videokonferenz im Browser"));
  const Str c("Videokonferenz im Browser");
  CHECK(a.data() == b.data());
  CHECK(a.data() == c.data());
  CHECK(a.data() != text.data()); // a copy: the std::string may go
  text.assign(text.size(), 'x');
  CHECK(a == "Videokonferenz im Browser");
  CHECK(a.size() == 25);
}

TEST_CASE("Str: empty, comparisons, order, concatenation and formatting") {
  CHECK(Str().empty());
  CHECK(Str("").empty());
  CHECK(Str() == Str(""));
  CHECK(Str("S42") == std::string("S42"));
  CHECK(Str("S42") == std::string_view("S42"));
  CHECK(Str("S42") != Str("S43"));
  CHECK(Str("a") < Str("b"));
  CHECK(Str("ab") > std::string_view("aa"));
  CHECK(Str("talky") + "/x" == "talky/x");
  CHECK(std::string("id: ") + Str("talky") == "id: talky");
  CHECK(fmt::format("[{:>6}]", Str("de")) == "[    de]");
  const std::string copy = Str("kept");
  CHECK(copy == "kept");
  std::set<Str> ordered{Str("c"), Str("a"), Str("b")};
  CHECK(std::vector<Str>(ordered.begin(), ordered.end()) == std::vector<Str>{"a", "b", "c"});
}

TEST_CASE("Str: many texts and long ones stay intact") {
  // More than one block of the table, and texts longer than a quarter block (kept on their own).
  std::vector<std::pair<Str, std::string>> kept;
  for (std::size_t i = 0; i < 20000; ++i) {
    std::string text = "text number " + std::to_string(i) + std::string(i % 50, '.');
    kept.emplace_back(Str(text), text);
  }
  const std::string long_text(300000, 'L');
  const Str long_str(long_text);
  for (const auto& [str, text] : kept) {
    REQUIRE(str == text);
  }
  CHECK(long_str == long_text);
  CHECK(Str(long_text).data() == long_str.data());
}

TEST_CASE("Str::lasting: bytes that last are used in place, not copied") {
  static constexpr char bytes[] = "compiled catalogue text";
  const Str lasting = Str::lasting(bytes);
  CHECK(lasting.data() == bytes);
  CHECK(lasting == "compiled catalogue text");
  CHECK(lasting == Str("compiled catalogue text")); // equal to a kept copy of the same text
  CHECK(Str::lasting("").empty());
}

TEST_CASE("read_snapshot: a catalogue outlives bytes that do not last") {
  const auto result = load_catalogue(
      catalogue::read_catalogue_directory(source_path("tests/data/valid")), k_test_today);
  REQUIRE_FALSE(result.diagnostics.has_errors());
  std::string bytes = catalogue::write_snapshot(result.catalogue);
  const std::string expected = bytes;
  const catalogue::Catalogue copy = catalogue::read_snapshot(bytes);
  std::fill(bytes.begin(), bytes.end(), '\0');
  bytes = std::string();
  CHECK(catalogue::write_snapshot(copy) == expected);
  CHECK(copy.tools.front().entry.summary.en == result.catalogue.tools.front().entry.summary.en);
}

} // namespace advisor::test
