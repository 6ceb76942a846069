#include "support.hpp"

#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

using advisor::test::check_golden;
using advisor::test::run_cli;

namespace {

const std::vector<std::string> k_footer = {"--org-name",    "Selbsthilfezentrum Musterstadt",
                                           "--org-contact", "Telefon 0000 000000",
                                           "--org-contact", "gruppen@example.org",
                                           "--org-address", "Beispielweg 1, 00000 Musterstadt"};

std::vector<std::string> args(std::vector<std::string> head, const std::vector<std::string>& tail) {
  head.insert(head.end(), tail.begin(), tail.end());
  return head;
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream file(path, std::ios::binary);
  std::ostringstream content;
  content << file.rdbuf();
  return content.str();
}

} // namespace

TEST_CASE("handout: golden files") {
  const std::vector<std::pair<std::string, std::string>> k_cases = {
      {"talky", "talky"},   {"jitsi-meet-ffmuc", "jitsi-meet/ffmuc"},
      {"meebl", "meebl"},   {"signal", "signal"},
      {"nuudel", "nuudel"},
  };
  for (const auto& [variant, id] : k_cases) {
    for (const std::string language : {"de", "en"}) {
      for (const auto& [format, extension] : std::vector<std::pair<std::string, std::string>>{
               {"html", "html"}, {"markdown", "md"}, {"text", "txt"}}) {
        CAPTURE(id);
        CAPTURE(language);
        CAPTURE(format);
        const auto result = run_cli(
            args({"handout", "--id", id, "--language", language, "--format", format, "--date"},
                 k_footer));
        CHECK(result.err == "");
        CHECK(result.code == 0);
        check_golden("handout-" + variant + "-" + language + "." + extension, result.out);
      }
    }
  }
}

TEST_CASE("handout: same input, same bytes") {
  const auto first = run_cli(args({"handout", "--id", "talky", "--date"}, k_footer));
  const auto second = run_cli(args({"handout", "--id", "talky", "--date"}, k_footer));
  CHECK(first.code == 0);
  CHECK(first.out == second.out);
}

TEST_CASE("handout: a date only when asked for") {
  const auto without = run_cli({"handout", "--id", "talky", "--format", "text"});
  CHECK(without.out.find("As of") == std::string::npos);
  const auto today = run_cli({"handout", "--id", "talky", "--format", "text", "--date"});
  CHECK(today.out.find("As of 3 December 2026\n") != std::string::npos);
  const auto given =
      run_cli({"handout", "--id", "talky", "--format", "text", "--date", "2026-12-24"});
  CHECK(given.out.find("As of 24 December 2026\n") != std::string::npos);
  const auto bad = run_cli({"handout", "--id", "talky", "--date", "24.12.2026"});
  CHECK(bad.code == 2);
  CHECK(bad.err == "advisor: error: --date: \"24.12.2026\" is not a date like 2026-12-01\n");
}

TEST_CASE("handout: usage errors") {
  SUBCASE("a tool with several services") {
    const auto result = run_cli({"handout", "--id", "jitsi-meet"});
    CHECK(result.code == 2);
    CHECK(result.err.starts_with("advisor: error: \"jitsi-meet\" is run by several providers; a "
                                 "handout needs one of them: jitsi-meet/adminforge, "));
  }
  SUBCASE("a discontinued service") {
    const auto result = run_cli({"handout", "--id", "blizz"});
    CHECK(result.code == 2);
    CHECK(result.err == "advisor: error: \"blizz\" has been discontinued (replaced by "
                        "\"TeamViewer Meeting\"); a handout would send people to a service "
                        "that is gone\n");
  }
  SUBCASE("unknown id") {
    const auto result = run_cli({"handout", "--id", "signall"});
    CHECK(result.code == 2);
    CHECK(result.err == "advisor: error: unknown id \"signall\" (did you mean \"signal\"?)\n"
                        "Run \"advisor list\" to see every id.\n");
  }
}

TEST_CASE("handout for a query: the first service recommend puts first that has an address") {
  const std::vector<std::string> needs = {"--category", "video",     "--people",
                                          "6",          "--browser", "firefox"};
  const auto recommended =
      nlohmann::json::parse(run_cli(args({"recommend", "--format", "json"}, needs)).out);
  // Nextcloud Talk only runs on an organisation's own server: without --own-server it is not
  // ranked but listed apart, and the handout is for the first service with an address.
  REQUIRE(recommended["server_needed"][0]["id"] == "nextcloud-talk");
  const std::string id = recommended["recommendations"][0]["id"];
  REQUIRE_FALSE(recommended["recommendations"][0]["url"].is_null());

  const auto by_query = run_cli(args(args({"handout", "--format", "text"}, needs), k_footer));
  CHECK(by_query.code == 0);
  CHECK(by_query.err == "");
  // A participant's sheet is the same as the one for the service chosen by hand.
  const auto by_id = run_cli(args({"handout", "--format", "text", "--id", id}, k_footer));
  CHECK(by_query.out == by_id.out);
  // An organiser's sheet says why this service was chosen.
  const auto organiser =
      run_cli(args(args({"handout", "--format", "text", "--for", "organiser"}, needs), k_footer));
  CHECK(organiser.out.find("\nWhy ") != std::string::npos);
  // With a server of its own the organisation gets Nextcloud Talk ranked, with the others.
  const auto own = nlohmann::json::parse(
      run_cli(args({"recommend", "--format", "json", "--own-server"}, needs)).out);
  CHECK(own["server_needed"].empty());
  bool ranked = false;
  for (const auto& item : own["recommendations"])
    ranked = ranked || item["id"] == "nextcloud-talk";
  CHECK(ranked);
  check_golden("handout-video-6-firefox-en.html",
               run_cli(args(args({"handout", "--format", "html", "--date"}, needs), k_footer)).out);
  check_golden("handout-video-6-firefox-organiser-de.md",
               run_cli(args(args({"handout", "--format", "markdown", "--for", "organiser",
                                  "--language", "de"},
                                 needs),
                            k_footer))
                   .out);
}

TEST_CASE("handout: needs and --id exclude each other; one of them is needed") {
  const auto both = run_cli({"handout", "--id", "talky", "--people", "6"});
  CHECK(both.code == 2);
  CHECK(both.err == "advisor: error: --id names the service itself: leave out the need flags "
                    "(--category, --people, …), or leave out --id to hand out the best fit for "
                    "them\n");
  const auto neither = run_cli({"handout", "--people", "6"});
  CHECK(neither.code == 2);
  CHECK(neither.err == "advisor: error: missing --category (video, phone, messenger or "
                       "scheduling) or --instead-of ID, or --id ID for a service of your choice\n");
}

TEST_CASE("handout -o FILE") {
  const auto folder = std::filesystem::temp_directory_path() / "advisor-handout-test";
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder);

  SUBCASE("writes the file, nothing on standard output; the format follows the extension") {
    const auto path = folder / "gruppe.md";
    const auto result =
        run_cli({"handout", "--id", "talky", "--language", "de", "-o", path.string()});
    CHECK(result.code == 0);
    CHECK(result.out == "");
    CHECK(read_file(path).starts_with("---\ntitle: \"talky: so nehmen Sie teil\"\nlang: de\n"));
  }
  SUBCASE("a missing folder: exit 1, the path and the reason") {
    const std::string missing = (folder / "missing" / "h.html").string();
    const auto result = run_cli({"handout", "--id", "talky", "-o", missing});
    CHECK(result.code == 1);
    CHECK(result.out.empty());
    CHECK(result.err ==
          "advisor: error: cannot write \"" + missing + "\": No such file or directory\n");
  }
  std::filesystem::remove_all(folder);
}

TEST_CASE("handout for one meeting: every meeting option in the box, the QR code opens the room") {
  const std::vector<std::string> meeting = {"--id",
                                            "jitsi-meet/ffmuc",
                                            "--meeting-url",
                                            "https://meet.ffmuc.net/SHG-Sonnenschein",
                                            "--meeting-code",
                                            "Sonne42",
                                            "--dial-in-number",
                                            "089 0000 0000",
                                            "--pin",
                                            "123456",
                                            "--when",
                                            "Dienstag, 19 Uhr"};
  for (const std::string language : {"de", "en"}) {
    CAPTURE(language);
    const auto text =
        run_cli(args({"--language", language, "handout"}, args(meeting, {"--format", "text"})));
    REQUIRE(text.code == 0);
    CHECK(text.err.empty());
    check_golden("handout-meeting-" + language + ".txt", text.out);
    const auto html =
        run_cli(args({"--language", language, "handout"}, args(meeting, {"--format", "html"})));
    REQUIRE(html.code == 0);
    check_golden("handout-meeting-" + language + ".html", html.out);
    // The QR code is the room's, not the service's home page (where one starts a room of one's
    // own): the only address box is the room's.
    CHECK(html.out.find("<p class=\"url\"><a href=\"https://meet.ffmuc.net/SHG-Sonnenschein\">") !=
          std::string::npos);
    CHECK(html.out.find("<p class=\"url\"><a href=\"https://meet.ffmuc.net/\">") ==
          std::string::npos);
  }
  const auto text =
      run_cli(args({"--language", "de", "handout"}, args(meeting, {"--format", "text"})));
  CHECK(text.out.find("Für unsere Gruppe\n"
                      "  Link zu unserem Treffen: https://meet.ffmuc.net/SHG-Sonnenschein\n"
                      "  Passwort (falls nötig): Sonne42\n"
                      "  Einwahl per Telefon (Nummer und PIN): 089 0000 0000, PIN 123456\n"
                      "  Tag und Uhrzeit: Dienstag, 19 Uhr\n") != std::string::npos);
}

TEST_CASE("handout for one meeting: a missing part stays a line to fill in") {
  const auto text = run_cli({"--language", "en", "handout", "--id", "jitsi-meet/ffmuc", "--when",
                             "Tuesday, 7 pm", "--format", "text"});
  REQUIRE(text.code == 0);
  CHECK(text.out.find("For our group (please fill in)\n"
                      "  Link to our meeting: ______________________________\n") !=
        std::string::npos);
  CHECK(text.out.find("  Day and time: Tuesday, 7 pm\n") != std::string::npos);
}

TEST_CASE("handout for one meeting: only web addresses; another host is warned about") {
  for (const std::string url :
       {"javascript:alert(1)", "ftp://meet.ffmuc.net/x", "meet.ffmuc.net/x", "https://"}) {
    CAPTURE(url);
    const auto result =
        run_cli({"handout", "--id", "jitsi-meet/ffmuc", "--meeting-url", url, "--format", "text"});
    CHECK(result.code == 2);
    CHECK(result.out.empty());
    CHECK(result.err == "advisor: error: --meeting-url \"" + url +
                            "\" is not a web address; give one that starts with https://\n");
  }
  const auto other = run_cli({"handout", "--id", "jitsi-meet/ffmuc", "--meeting-url",
                              "https://meet.jit.si/SHG-Sonnenschein", "--format", "text"});
  CHECK(other.code == 0);
  CHECK(other.err == "advisor: warning: the meeting address is on meet.jit.si, not on "
                     "meet.ffmuc.net (Freifunk München Meet): check for a typo or the wrong "
                     "service\n");
  const auto same = run_cli({"handout", "--id", "jitsi-meet/ffmuc", "--meeting-url",
                             "HTTPS://Meet.FFMUC.net/Raum", "--format", "text"});
  CHECK(same.code == 0);
  CHECK(same.err.empty());
}

TEST_CASE("handout: the participants' sheet carries no notes for the organiser") {
  const auto participant =
      run_cli({"--language", "en", "handout", "--id", "talky", "--format", "text"});
  REQUIRE(participant.code == 0);
  CHECK(participant.out.find("last checked") == std::string::npos);
  const auto organiser = run_cli(
      {"--language", "en", "handout", "--id", "talky", "--for", "organiser", "--format", "text"});
  REQUIRE(organiser.code == 0);
  CHECK(organiser.out.find("These steps were last checked in July 2020, over six years ago.") !=
        std::string::npos);
}
