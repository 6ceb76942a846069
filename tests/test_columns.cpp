#include <advisor/render/columns.hpp>

#include <doctest/doctest.h>

using namespace advisor::render;

TEST_CASE("render::display_width") {
  CHECK(display_width("") == 0);
  CHECK(display_width("talky") == 5);
  CHECK(display_width("Einschätzung") == 12);
  CHECK(display_width("a → b — c") == 9);
}

TEST_CASE("render::pad_right") {
  CHECK(pad_right("ä", 3) == "ä  ");
  CHECK(pad_right("abcd", 2) == "abcd");
}

TEST_CASE("render::align_columns") {
  CHECK(
      align_columns({{"ID", "Name", "Stand"}, {"blizz", "Blizz", "eingestellt"}, {"ä", "", ""}}) ==
      "ID     Name   Stand\n"
      "blizz  Blizz  eingestellt\n"
      "ä\n");
  SUBCASE("rows of different length") {
    CHECK(align_columns({{"a", "b"}, {"ccc"}}) == "a    b\nccc\n");
  }
}

TEST_CASE("render::markdown_escape") {
  CHECK(markdown_escape("a|b *c* [d] <e> _f_ `g` \\") ==
        "a\\|b \\*c\\* \\[d\\] \\<e\\> \\_f\\_ \\`g\\` \\\\");
  CHECK(markdown_escape("one\ntwo") == "one two");
}

TEST_CASE("render::markdown_table") {
  CHECK(markdown_table({"ID", "Name"}, {{"a|b", "Ä"}}) == "| ID | Name |\n"
                                                          "| --- | --- |\n"
                                                          "| a\\|b | Ä |\n");
}
