// Every command speaks German (issue 13): its own errors under LANG=de_DE.UTF-8, and its help
// under --language de. The words "advisor: error:" before each error are the program's, not the
// command's, so only the text after them is compared here.
#include "support.hpp"

#include <advisor/render/messages.hpp>

#include <doctest/doctest.h>
#include <filesystem>
#include <regex>
#include <string>
#include <vector>

namespace advisor::test {
namespace {

const std::map<std::string, std::string> k_german = {{"LANG", "de_DE.UTF-8"}};

// The error of `advisor args…` under a German locale without "advisor: <error>: " before it;
// fails unless it ended with exit 2 (usage) or `code`.
std::string german_error(const std::vector<std::string>& args, int code = 2) {
  const auto result = run_cli(args, k_german);
  CHECK(result.code == code);
  const std::string prefix = "advisor: ";
  REQUIRE_MESSAGE(result.err.starts_with(prefix), result.err);
  const auto after = result.err.find(": ", prefix.size());
  REQUIRE_MESSAGE(after != std::string::npos, result.err);
  return result.err.substr(after + 2);
}

// The help of `command` under --language de.
std::string german_help(const std::string& command) {
  const auto result = run_cli({"--language", "de", command, "--help"});
  CHECK(result.code == 0);
  return result.out;
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

} // namespace

TEST_CASE("check: its errors, hints and summary in German") {
  CHECK(german_error({"check", "--stale", "catalogue"}) ==
        "--stale listet die Einträge des verwendeten Katalogs auf; geben Sie dazu keinen Pfad an "
        "(den Katalog wählen Sie mit --catalogue DIR und --overlay DIR)\n");
  const auto overlay = source_path("docs/examples/overlay-shz");
  const auto result = run_cli({"check", overlay}, k_german);
  CHECK(contains(result.out, "\nHinweis: " + overlay +
                                 " enthält weder categories.yaml noch rules.yaml; ist es ein "
                                 "eigener Katalog (Overlay), prüfen Sie ihn mit „advisor check "
                                 "--overlay " +
                                 overlay + "“\n"));
  // One file, as a catalogue: errors enough (it has no categories.yaml).
  CHECK(contains(result.out, "\n1 Datei geprüft: "));
  CHECK(result.out.ends_with(" Fehler\n"));
  CHECK(run_cli({"check"}, k_german).out.ends_with(" Dateien geprüft: keine Probleme\n"));
}

TEST_CASE("compare, show: a missing id in German") {
  CHECK(german_error({"compare", "signal"}) ==
        "compare braucht mindestens zwei Kennungen, z. B. „advisor compare signal threema“\n"
        "„advisor list“ zeigt alle Kennungen.\n");
  CHECK(german_error({"show"}) ==
        "welcher Dienst? Geben Sie seine Kennung an, z. B. „advisor show talky“\n"
        "„advisor list“ zeigt alle Kennungen.\n");
}

TEST_CASE("completion: the shell is named in German") {
  // The sentence around the name is the program's (one_of).
  CHECK(contains(german_error({"completion", "tcsh"}), "tcsh"));
  CHECK(contains(german_error({"completion", "tcsh"}), " die Shell"));
  CHECK(contains(german_help("completion"), "Die Shell, in der ergänzt wird"));
}

TEST_CASE("guide: an -o extension without a format in German") {
  CHECK(german_error({"guide", "talky", "-o", "anleitung.pdf"}) ==
        "-o „anleitung.pdf“: Kein Format hat die Endung „.pdf“; die Formate und ihre Endungen: "
        "text (.txt), markdown (.md, .markdown), html (.html, .htm)\n"
        "Geben Sie der Datei eine dieser Endungen, oder wählen Sie das Format mit --format.\n");
}

TEST_CASE("handout: its errors and its warning in German") {
  CHECK(german_error({"handout", "--id", "talky", "--people", "5"}) ==
        "--id nennt den Dienst schon: Lassen Sie die Angaben zum Bedarf weg (--category, "
        "--people, …), oder lassen Sie --id weg, dann gilt das Blatt dem am besten passenden "
        "Dienst\n");
  CHECK(german_error({"handout", "--id", "talky", "--meeting-url", "talky.io/shg"}) ==
        "--meeting-url „talky.io/shg“ ist keine Webadresse; geben Sie eine an, die mit https:// "
        "beginnt\n");
  CHECK(german_error({"handout", "--people", "6"}) ==
        "es fehlt --category (video, phone, messenger oder scheduling) oder --instead-of ID, oder "
        "--id ID für einen Dienst Ihrer Wahl\n");
  const auto elsewhere =
      run_cli({"handout", "--id", "talky", "--meeting-url", "https://example.org/shg"}, k_german);
  CHECK(elsewhere.code == 0);
  CHECK(elsewhere.err == "advisor: Warnung: Die Adresse des Treffens liegt auf example.org, nicht "
                         "auf talky.io (talky): Ist sie vertippt, oder ist es der falsche "
                         "Dienst?\n");
}

TEST_CASE("overview: a bad --date in German") {
  CHECK(german_error({"overview", "--date", "gestern"}) ==
        "--date: „gestern“ ist kein Datum wie 2026-12-01\n");
}

TEST_CASE("recommend: its errors in German, those of the need flags too") {
  CHECK(german_error({"recommend", "--category", "video", "--all", "--top", "2"}) ==
        "--all und --top gehen nicht zusammen: --all zeigt alle passenden Dienste, --top N die "
        "ersten N\n");
  CHECK(german_error({"recommend", "--category", "video", "--top", "0"}) ==
        "ungültiger Wert „0“ für --top; möglich ist 1 oder mehr (oder --all)\n");
  CHECK(german_error({"recommend", "--people", "0"}) ==
        "ungültiger Wert „0“ für --people; möglich ist eine ganze Zahl von 1 bis 10000\n");
  CHECK(german_error({"recommend", "--category", "video", "--budget", "viel"}) ==
        "ungültiger Wert „viel“ für --budget; möglich ist ein Betrag in Euro im Monat von 0 bis "
        "100000, etwa 0 oder 14,90\n");
  CHECK(german_error({"recommend", "--category", "video", "--duration", "0"}) ==
        "ungültiger Wert „0“ für --duration; möglich sind Minuten von 1 bis 1440\n");
  CHECK(german_error({"recommend", "--no-input"}) ==
        "es fehlt --category (video, phone, messenger oder scheduling) oder --instead-of ID; "
        "Fragen stellt advisor nur im Terminal und ohne --no-input\n");
  CHECK(german_error({"recommend", "--instead-of", "signal", "--category", "video"}) ==
        "--instead-of signal gehört zur Kategorie messenger, aber --category ist video\n");
  CHECK(german_error({"recommend", "--category", "video", "--why-not", "jitsi-meet"})
            .starts_with("--why-not jitsi-meet nennt einen Dienst mit mehreren Angeboten; nennen "
                         "Sie eines davon: jitsi-meet/"));
  // The end of input before the last answer, on a terminal.
  CHECK(run_cli({"recommend"}, k_german, "video\n", true)
            .err.ends_with(": die Fragen endeten vor der letzten Antwort (Ende der Eingabe, "
                           "Strg-D), also gibt es keine Empfehlung; beantworten Sie jede Frage "
                           "(die Eingabetaste übernimmt den Vorschlag), oder geben Sie den Bedarf "
                           "als Optionen an: advisor recommend --help\n"));
}

TEST_CASE("the same errors stay English without a German locale") {
  const auto result = run_cli({"recommend", "--category", "video", "--all", "--top", "2"});
  CHECK(result.err == "advisor: error: --all and --top cannot be used together: use --all for "
                      "every fitting service, or --top N for the first N\n");
}

TEST_CASE("every command's help in German under --language de") {
  const auto recommend = german_help("recommend");
  CHECK(recommend.starts_with(
      "Welche Dienste zum Bedarf der Gruppe passen, die besten zuerst, und warum\n"));
  CHECK(contains(recommend, "Wie viele Personen teilnehmen (1–10000)"));
  CHECK(contains(recommend, "Nie nachfragen, auch nicht im Terminal"));
  CHECK(contains(recommend, "Alle passenden Dienste zeigen (statt --top)"));
  CHECK(contains(recommend, "\nBeispiele:\n"));
  CHECK(!contains(recommend, "Examples:"));

  const auto handout = german_help("handout");
  CHECK(contains(handout, "Der Name Ihrer Organisation (Fußzeile)"));
  CHECK(contains(handout, "Die PIN für Anrufende"));
  CHECK(contains(handout, "Ein Datum aufdrucken: heute"));

  const auto overview = german_help("overview");
  CHECK(contains(overview, "HTML: kein QR-Code neben den Adressen"));
  CHECK(contains(overview, "Nur diese Kategorien, in dieser Reihenfolge"));

  CHECK(contains(german_help("check"), "Die Einträge auflisten, die wieder geprüft werden"));
  CHECK(contains(german_help("compare"), "Nur die Zeilen zeigen, in denen sich die Werte"));
  CHECK(contains(german_help("guide"), "Nur die Schritte für diesen Personenkreis"));
  CHECK(contains(german_help("list"), "Nur Einträge mit dieser aktuellen Einschätzung"));
  CHECK(contains(german_help("show"), "Ein Dienst (talky) oder ein Angebot"));

  // A German locale gives the same help as --language de.
  CHECK(run_cli({"show", "--help"}, k_german).out == german_help("show"));
}

TEST_CASE("every cmd.… key the commands name is in the table") {
  // Keys put together at run time (check's counts) are not literals and are left out here.
  static const std::regex k_key(R"re("(cmd\.[a-z0-9.-]+)")re");
  std::size_t found = 0;
  for (const auto& file : std::filesystem::directory_iterator(source_path("src/advisor/cli"))) {
    const auto relative = "src/advisor/cli/" + file.path().filename().string();
    const std::string text = read_source_file(relative);
    for (std::sregex_iterator it(text.begin(), text.end(), k_key), end; it != end; ++it) {
      CAPTURE(relative);
      CHECK_MESSAGE(render::has_message(it->str(1)), it->str(1));
      ++found;
    }
  }
  CHECK(found > 90);
}

} // namespace advisor::test
