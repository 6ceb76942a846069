#include "support.hpp"

#include <advisor/render/terminal.hpp>

#include <doctest/doctest.h>
#include <sstream>

using namespace advisor::render;

TEST_CASE("render::use_color") {
  TerminalFacts facts;
  facts.stdout_is_terminal = true;
  CHECK(use_color(facts));

  SUBCASE("not a terminal") {
    facts.stdout_is_terminal = false;
    CHECK_FALSE(use_color(facts));
    facts.mode = ColorMode::always;
    CHECK(use_color(facts));
  }
  SUBCASE("NO_COLOR set and not empty") {
    facts.no_color = "1";
    CHECK_FALSE(use_color(facts));
    facts.mode = ColorMode::always;
    CHECK(use_color(facts));
  }
  SUBCASE("NO_COLOR empty counts as unset") {
    facts.no_color = "";
    CHECK(use_color(facts));
  }
  SUBCASE("TERM=dumb") {
    facts.term = "dumb";
    CHECK_FALSE(use_color(facts));
    facts.term = "xterm-256color";
    CHECK(use_color(facts));
  }
  SUBCASE("never") {
    facts.mode = ColorMode::never;
    CHECK_FALSE(use_color(facts));
  }
}

TEST_CASE("render::parse_color_mode") {
  CHECK(parse_color_mode("auto") == ColorMode::automatic);
  CHECK(parse_color_mode("always") == ColorMode::always);
  CHECK(parse_color_mode("never") == ColorMode::never);
  CHECK_FALSE(parse_color_mode("yes"));
}

TEST_CASE("render::terminal_width") {
  CHECK(terminal_width(std::nullopt, std::nullopt) == 80);
  CHECK(terminal_width(std::nullopt, 132) == 132);
  CHECK(terminal_width("100", 132) == 100);
  CHECK(terminal_width("", 132) == 132);
  CHECK(terminal_width("wide", std::nullopt) == 80);
  CHECK(terminal_width("-5", std::nullopt) == 80);
  CHECK(terminal_width("0", std::nullopt) == 80);
  CHECK(terminal_width("5", std::nullopt) == 20);
}

TEST_CASE("render::display_width of umlauts, wide and combining characters, escapes") {
  CHECK(display_width("") == 0);
  CHECK(display_width("Grüße") == 5);
  CHECK(display_width("ÄÖÜäöüß") == 7);
  CHECK(display_width("a\u0308") == 1); // a + combining diaeresis
  CHECK(display_width("日本") == 4);
  CHECK(display_width("\x1b[1mbold\x1b[0m") == 4);
  CHECK(display_width("\xff") == 1);
}

TEST_CASE("render::wrap_lines") {
  CHECK(wrap_lines("eins zwei drei vier", 9) == std::vector<std::string>{"eins zwei", "drei vier"});
  SUBCASE("umlauts count one column each") {
    // "Größe über" is 10 columns (13 bytes): it fits a width of 10.
    CHECK(wrap_lines("Größe über Straße", 10) == std::vector<std::string>{"Größe über", "Straße"});
  }
  SUBCASE("newlines are kept, spaces collapse") {
    CHECK(wrap_lines("a  b\n\nc", 10) == std::vector<std::string>{"a b", "", "c"});
  }
  SUBCASE("long words") {
    CHECK(wrap_lines("see https://example.org/long", 8) ==
          std::vector<std::string>{"see", "https://example.org/long"});
    CHECK(wrap_lines("see Datenschutzgrundverordnung", 8, true) ==
          std::vector<std::string>{"see", "Datensch", "utzgrund", "verordnu", "ng"});
    CHECK(wrap_lines("Überprüfungsübersicht x", 6, true) ==
          std::vector<std::string>{"Überpr", "üfungs", "übersi", "cht x"});
  }
}

TEST_CASE("render::wrap") {
  CHECK(wrap("eins zwei drei", 10, 2) == "  eins\n  zwei\n  drei");
  CHECK(wrap("eins zwei drei", 80) == "eins zwei drei");
  CHECK(wrap_hanging("- ", "eins zwei drei vier", 11) == "- eins zwei\n  drei vier");
  CHECK(wrap_hanging("10. ", "Öffnen Sie den Link", 14) == "10. Öffnen Sie\n    den Link");
}

TEST_CASE("render::wrap_long_lines aligns under the value") {
  CHECK(wrap_long_lines("Operator    Freifunk München e.V.\nshort", 24) ==
        "Operator    Freifunk\n            München e.V.\nshort");
  CHECK(wrap_long_lines("      Note: eins zwei drei", 18) == "      Note: eins\n      zwei drei");
  CHECK(wrap_long_lines("fits\n\nalso fits\n", 10) == "fits\n\nalso fits\n");
  CHECK(wrap_long_lines("https://example.org/a-very-long-address", 10) ==
        "https://example.org/a-very-long-address");
}

TEST_CASE("advisor show wraps to COLUMNS") {
  const auto result = advisor::test::run_cli({"show", "jitsi-meet/ffmuc"}, {{"COLUMNS", "60"}});
  REQUIRE(result.code == 0);
  std::istringstream lines(result.out);
  std::string line;
  while (std::getline(lines, line)) {
    CAPTURE(line);
    // Only an address too long for the line may stick out.
    if (display_width(line) > 60) CHECK(line.find("://") != std::string::npos);
  }
}

TEST_CASE("render::truncate") {
  CHECK(truncate("Teilnehmende", 20) == "Teilnehmende");
  CHECK(truncate("Teilnehmende", 6) == "Teiln…");
  CHECK(truncate("Größe", 4) == "Grö…");
}

TEST_CASE("render::TextStyle::apply") {
  CHECK(TextStyle{false, 80}.apply("x", Emphasis::bold) == "x");
  CHECK(TextStyle{true, 80}.apply("x", Emphasis::bold) == "\x1b[1mx\x1b[0m");
  CHECK(TextStyle{true, 80}.apply("x", Emphasis::bad) == "\x1b[31mx\x1b[0m");
}

TEST_CASE("--color") {
  auto result = advisor::test::run_cli({"--color", "alway", "list"});
  CHECK(result.code == 2);
  CHECK(result.err == "advisor: error: invalid value \"alway\" for --color (did you mean "
                      "\"always\"?); allowed: auto, always, never\n");
}
