// The command line in German and English: errors, hints and "did you mean" in the interface
// language (the same choice as the output's), and values read without regard to case where that
// cannot mislead.
#include "support.hpp"

#include <doctest/doctest.h>

namespace advisor::test {
namespace {

const std::map<std::string, std::string> k_german = {{"LANG", "de_DE.UTF-8"}};

} // namespace

TEST_CASE("errors and hints of the command line in German under a German locale") {
  struct Case {
    std::vector<std::string> args;
    std::string err;
  };
  const std::vector<Case> cases = {
      {{"recomend"},
       "advisor: Fehler: unbekannter Befehl „recomend“ (meinten Sie „recommend“?)\n"
       "Alle Befehle zeigt „advisor --help“.\n"},
      {{"--colr", "never", "list"},
       "advisor: Fehler: unbekannte Option „--colr“ (meinten Sie „--color“?) vor dem Befehl\n"
       "Die Optionen und Befehle zeigt „advisor --help“.\n"},
      {{"recommend", "--categry", "video"},
       "advisor: Fehler: unbekannte Option „--categry“ (meinten Sie „--category“?)\n"
       "Die Optionen zeigt „advisor recommend --help“.\n"},
      {{"recommend", "--category", "vidoe"},
       "advisor: Fehler: ungültiger Wert „vidoe“ für --category (meinten Sie „video“?); möglich: "
       "video, phone, messenger, scheduling\n"},
      {{"recommend", "--people"},
       "advisor: Fehler: --people braucht einen Wert (N)\n"
       "Wie der Aufruf aussieht, zeigt „advisor recommend --help“.\n"},
      {{"handout", "--id", "talky", "--org-name", ""},
       "advisor: Fehler: ungültiger Wert „“ für --org-name; möglich: ein Name\n"},
      {{"show", "talki"},
       "advisor: Fehler: unbekannte ID „talki“ (meinten Sie „talky“?)\n"
       "Alle IDs zeigt „advisor list“.\n"},
      {{"handout", "--id", "talky", "--date="},
       "advisor: Fehler: ungültiger Wert „“ für --date; möglich: ein Datum wie 2026-12-01 oder "
       "--date ohne Wert\n"},
      {{"--max-age", "abc", "list"},
       "advisor: Fehler: --max-age: „abc“ ist keine ganze Zahl von Monaten von 1 bis 1200\n"},
      {{"completion"},
       "advisor: Fehler: shell fehlt (bash, zsh, fish)\n"
       "Wie der Aufruf aussieht, zeigt „advisor completion --help“.\n"},
      {{"list", "extra"},
       "advisor: Fehler: unerwartetes Argument „extra“\n"
       "Wie der Aufruf aussieht, zeigt „advisor list --help“.\n"},
      {{"help", "list", "show"},
       "advisor: Fehler: help nimmt höchstens einen Befehl, nicht „show“\n"},
  };
  for (const auto& [args, err] : cases) {
    CAPTURE(args);
    const auto result = run_cli(args, k_german);
    CHECK(result.code == 2);
    CHECK(result.out == "");
    CHECK(result.err == err);
  }
}

TEST_CASE("--language en keeps errors English under a German locale, and the reverse") {
  CHECK(run_cli({"--language", "en", "recomend"}, k_german).err ==
        "advisor: error: unknown command \"recomend\" (did you mean \"recommend\"?)\n"
        "Run \"advisor --help\" for the list of commands.\n");
  CHECK(run_cli({"recomend", "--language=de"}).err.starts_with("advisor: Fehler: "));
}

TEST_CASE("a handout that cannot be made says why in German") {
  const auto blizz = run_cli({"handout", "--id", "blizz"}, k_german);
  CHECK(blizz.code == 2);
  CHECK(blizz.err == "advisor: Fehler: „blizz“ wird nicht mehr angeboten (Nachfolger: "
                     "„TeamViewer Meeting“); ein Blatt würde zu einem Dienst schicken, den es "
                     "nicht mehr gibt\n");
  const auto jitsi = run_cli({"handout", "--id", "jitsi-meet"}, k_german);
  CHECK(jitsi.code == 2);
  CHECK(jitsi.err.starts_with(
      "advisor: Fehler: „jitsi-meet“ wird von mehreren Anbietern betrieben; ein Blatt braucht "
      "einen davon: jitsi-meet/"));
}

TEST_CASE("a write error names its reason in German") {
  const auto result = run_cli({"guide", "talky", "-o", "/nonexistent/folder/guide.txt"}, k_german);
  CHECK(result.code == 1);
  CHECK(result.err == "advisor: Fehler: „/nonexistent/folder/guide.txt“ lässt sich nicht "
                      "schreiben: Datei oder Ordner gibt es nicht\n");
}

TEST_CASE("values and ids are read without regard to case where that cannot mislead") {
  const auto lower = run_cli({"recommend", "--category", "video", "--browser", "firefox",
                              "--format", "json", "--no-input"});
  REQUIRE(lower.code == 0);
  CHECK(run_cli({"recommend", "--category", "Video", "--browser=FireFox", "--format", "JSON",
                 "--no-input"})
            .out == lower.out);
  CHECK(run_cli({"show", "Talky"}).out == run_cli({"show", "talky"}).out);
  CHECK(run_cli({"guide", "JITSI-MEET/FFMUC"}).out == run_cli({"guide", "jitsi-meet/ffmuc"}).out);
  CHECK(run_cli({"--language", "DE", "list"}).out == run_cli({"--language", "de", "list"}).out);
  // A name stays as it was typed.
  const auto handout = run_cli(
      {"handout", "--id", "talky", "--format", "text", "--org-name", "Selbsthilfe MÜNCHEN"});
  CHECK(handout.out.find("Selbsthilfe MÜNCHEN") != std::string::npos);
}

} // namespace advisor::test
