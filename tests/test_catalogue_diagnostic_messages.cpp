// catalogue::format_diagnostic: every message of the checker in German and English, and the
// checker's output under a German locale.
#include "support.hpp"

#include <advisor/catalogue/diagnostic_messages.hpp>
#include <advisor/catalogue/load.hpp>

#include <cerrno>
#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>

namespace advisor::test {
namespace {

const std::map<std::string, std::string> k_german = {{"LANG", "de_DE.UTF-8"}};

std::set<std::string> placeholders(std::string_view text) {
  std::set<std::string> names;
  static const std::regex k_placeholder(R"(\{([a-z0-9_]+)\})");
  const std::string copy(text);
  for (std::sregex_iterator it(copy.begin(), copy.end(), k_placeholder), end; it != end; ++it) {
    names.insert((*it)[1]);
  }
  return names;
}

} // namespace

TEST_CASE("catalogue::diagnostic_messages: every key once, in order, in both languages, with the "
          "same placeholders") {
  const auto rows = catalogue::diagnostic_messages();
  REQUIRE(!rows.empty());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto& row = rows[i];
    CAPTURE(row.key);
    CHECK(row.key.starts_with("diag."));
    if (i > 0) CHECK(rows[i - 1].key < row.key); // sorted, so no key twice
    CHECK(!row.de.empty());
    CHECK(!row.en.empty());
    CHECK(placeholders(row.de) == placeholders(row.en));
    // Filled with every placeholder, each language renders.
    MessageArgs args;
    for (const auto& name : placeholders(row.en))
      args[name] = "<" + name + ">";
    CHECK_NOTHROW(catalogue::diagnostic_text(row.key, Language::de, args));
    CHECK_NOTHROW(catalogue::diagnostic_text(row.key, Language::en, args));
  }
}

TEST_CASE("every diag.… key the catalogue and the engine name is in the table") {
  std::set<std::string> keys;
  for (const auto& row : catalogue::diagnostic_messages())
    keys.emplace(row.key);
  // Keys put together at run time, from a kind or a language code.
  for (const char* kind : {"advice", "assessor", "source"})
    CHECK(keys.count(std::string("diag.duplicate-id.") + kind) == 1);
  for (const char* kind : {"assessor", "source"}) {
    CHECK(keys.count(std::string("diag.overlay.other-content.") + kind) == 1);
    CHECK(keys.count(std::string("diag.overlay.overridden.") + kind) == 1);
  }
  for (const char* kind : {"threshold", "weight"}) {
    CHECK(keys.count(std::string("diag.rules.missing.") + kind) == 1);
    CHECK(keys.count(std::string("diag.rules.unknown.") + kind) == 1);
  }
  CHECK(keys.count("diag.language.de") == 1);
  CHECK(keys.count("diag.language.en") == 1);
  static const std::regex k_key(R"re("(diag\.[a-z0-9.-]+[a-z0-9])")re");
  std::size_t found = 0;
  for (const char* folder : {"src/advisor/catalogue", "src/advisor/engine"}) {
    for (const auto& file : std::filesystem::directory_iterator(source_path(folder))) {
      const auto relative = std::string(folder) + "/" + file.path().filename().string();
      if (relative.ends_with("diagnostic_messages.cpp")) continue;
      const std::string text = read_source_file(relative);
      for (std::sregex_iterator it(text.begin(), text.end(), k_key), end; it != end; ++it) {
        CAPTURE(relative);
        CHECK_MESSAGE(keys.count(it->str(1)) == 1, it->str(1));
        ++found;
      }
    }
  }
  CHECK(found > 80);
}

TEST_CASE("catalogue::system_reason_key: the reasons of reading and writing files, in words") {
  using catalogue::diagnostic_text;
  using catalogue::system_reason_key;
  CHECK(system_reason_key(ENOENT) == "diag.errno.ENOENT");
  CHECK(diagnostic_text(system_reason_key(ENOSPC), Language::de, {}) ==
        "kein Platz mehr auf dem Datenträger");
  CHECK(diagnostic_text(system_reason_key(EROFS), Language::en, {}) == "Read-only file system");
  for (const int error : {EACCES, EDQUOT, EISDIR, ELOOP, ENOENT, ENOSPC, ENOTDIR, EPERM, EROFS}) {
    CAPTURE(error);
    const std::string key = system_reason_key(error);
    REQUIRE_FALSE(key.empty());
    CHECK_FALSE(diagnostic_text(key, Language::de, {}).empty());
  }
  CHECK(system_reason_key(EINVAL).empty()); // the system's own words (strerror) describe it
  CHECK(system_reason_key(0).empty());
}

TEST_CASE("catalogue::format_diagnostic: German, English as core writes it, nested messages") {
  const auto diagnostic =
      catalogue::make_diagnostic(Severity::error, {"video/x.yaml", 3, 5}, "diag.expected",
                                 {{"what", "needs.people"},
                                  {"expected_key", "diag.shape.whole-number-min"},
                                  {"minimum", "1"},
                                  {"found_key", "diag.found.list"}});
  CHECK(diagnostic.message == "needs.people: expected a whole number of at least 1, found a list");
  CHECK(catalogue::format_diagnostic(diagnostic, Language::en) == format_diagnostic(diagnostic));
  CHECK(catalogue::format_diagnostic(diagnostic, Language::de) ==
        "video/x.yaml:3:5: Fehler: needs.people: erwartet wird eine ganze Zahl ab 1, hier steht "
        "eine Liste");
  const auto warning =
      catalogue::make_diagnostic(Severity::warning, {"rules.yaml", 0, 0}, "diag.unknown-key",
                                 {{"key", "x"}, {"hint_key", ""}});
  CHECK(catalogue::format_diagnostic(warning, Language::de) ==
        "rules.yaml: Warnung: unbekannter Schlüssel „x“");
  const auto future =
      catalogue::make_diagnostic(Severity::warning, {"video/x.yaml", 2, 1}, "diag.future-date",
                                 {{"what", "date"},
                                  {"value", "2027"},
                                  {"today", "2026-12-03"},
                                  {"more_key", "diag.future-date.more"},
                                  {"count", "2"}});
  CHECK(future.message == "date: 2027 is after today (2026-12-03), and so are 2 more dates; the "
                          "clock looks wrong (check the system clock or SOURCE_DATE_EPOCH)");
  CHECK(catalogue::format_diagnostic(future, Language::de) ==
        "video/x.yaml:2:1: Warnung: date: 2027 liegt nach dem heutigen Tag (2026-12-03), ebenso 2 "
        "weitere Daten; die Uhr scheint falsch zu gehen (prüfen Sie die Systemuhr oder "
        "SOURCE_DATE_EPOCH)");
  // A diagnostic made without a key keeps its English words after a German prefix.
  Diagnostics plain;
  plain.error({"a.yaml", 1, 1}, "something");
  CHECK(catalogue::format_diagnostic(plain.all()[0], Language::de) ==
        "a.yaml:1:1: Fehler: something");
  CHECK_THROWS_WITH(catalogue::diagnostic_text("diag.nonsense", Language::de, {}),
                    "no message \"diag.nonsense\"");
}

TEST_CASE("check under a German locale: the checker's messages in German, English unchanged") {
  struct Case {
    std::string name; // tests/data/invalid/video/<name>.yaml
    std::string german;
    std::string summary;
  };
  const std::vector<Case> cases = {
      {"unknown-key", ":8:1: Fehler: unbekannter Schlüssel „reviewd“ (meinten Sie „reviewed“?)",
       "1 Fehler"},
      {"wrong-type",
       ":12:29: Fehler: max_participants: erwartet wird eine ganze Zahl ab 1 oder „none“, hier "
       "steht „lots“",
       "1 Fehler"},
      {"unknown-value-no-match",
       ":29:17: Fehler: e2ee: unbekannter Wert „maybe“ (erlaubt: default, optional, "
       "one-to-one-only, none)",
       "1 Fehler"},
      {"missing-required", ":2:1: Fehler: der nötige Schlüssel „status“ fehlt", "1 Fehler"},
      {"syntax-error", ":11:6: Fehler: kein gültiges YAML: das Ende einer Zuordnung in { } fehlt",
       "1 Fehler"},
      {"stale",
       ":7:11: Warnung: „stale“ wurde seit 32 Monaten nicht überprüft (Stand 2024-04); prüfen Sie "
       "seine Quellen erneut",
       "1 Warnung"},
      {"root-list",
       ":2:1: Fehler: die Datei muss ein Werkzeug (eine Zuordnung mit id, name, category, …) sein, "
       "ist aber eine Liste",
       "1 Fehler"},
  };
  const std::string catalogue = source_path("tests/data/valid");
  for (const auto& [name, german, summary] : cases) {
    CAPTURE(name);
    const std::string path = source_path("tests/data/invalid/video/" + name + ".yaml");
    const auto result = run_cli({"--catalogue", catalogue, "check", path}, k_german);
    CHECK(result.out == path + german + "\n1 Datei geprüft: " + summary + "\n");
    // English: the line tests/data/invalid/video/<name>.expected holds.
    const std::string expected = read_source_file("tests/data/invalid/video/" + name + ".expected");
    const auto english = run_cli({"--catalogue", catalogue, "check", path});
    CHECK(english.out.starts_with(source_path("tests/data/") + expected));
  }
}

TEST_CASE("a broken configuration file under a German locale: every message in German") {
  const std::string path = source_path("tests/data/config/broken.yaml");
  const auto result = run_cli({"--config", path, "list"}, k_german);
  CHECK(result.code == 1);
  CHECK(result.out == "");
  CHECK(result.err ==
        "advisor: Fehler: Die Konfigurationsdatei enthält Fehler:\n" + path +
            ":2:1: Fehler: unbekannter Schlüssel „organization“ (meinten Sie „organisation“?)\n" +
            path + ":4:11: Fehler: language: unbekannter Wert „fr“ (erlaubt: de, en)\n" + path +
            ":6:12: Fehler: needs.browser: unbekannter Wert „firefix“ (meinten Sie „firefox“?)\n" +
            path +
            ":7:11: Fehler: needs.people: erwartet wird eine ganze Zahl von 1 bis 10000, hier "
            "steht „0“\n" +
            path +
            ":8:13: Fehler: needs.duration: erwartet wird eine ganze Zahl von 1 bis 1440, hier "
            "steht „2000“\n" +
            path +
            ":9:11: Fehler: needs.budget: erwartet wird ein Betrag in Euro wie 14.90, hier steht "
            "„lots“\n" +
            path +
            ":10:17: Fehler: max_age_months: erwartet wird eine ganze Zahl von 1 bis 1200, hier "
            "steht „0“\n");
}

TEST_CASE("a file that cannot be read: the reason in German under a German locale") {
  const auto config = run_cli({"--config", "/nonexistent/config.yaml", "list"}, k_german);
  CHECK(config.code == 1);
  CHECK(config.err == "advisor: Fehler: „/nonexistent/config.yaml“ lässt sich nicht lesen: Datei "
                      "oder Ordner gibt es nicht\n");
  const std::string file = source_path("tests/data/valid/rules.yaml");
  const auto folder = run_cli({"--overlay", file, "list"}, k_german);
  CHECK(folder.err ==
        "advisor: Fehler: „" + file + "“ lässt sich nicht lesen: das ist kein Ordner\n");
  CHECK(run_cli({"check", "/nonexistent"}).err ==
        "advisor: error: cannot read \"/nonexistent\": No such file or directory\n");
}

TEST_CASE("a broken overlay stops a command with German messages under a German locale") {
  const TemporaryFolder overlay;
  std::filesystem::create_directory(overlay.path / "video");
  std::ofstream(overlay.path / "video" / "talky.yaml") << "id: talky\noverride: true\nnmae: x\n";
  const std::string file = (overlay.path / "video" / "talky.yaml").generic_string();
  const auto result = run_cli({"--overlay", overlay.path.string(), "list"}, k_german);
  CHECK(result.code == 1);
  CHECK(result.err == "advisor: Fehler: Der Katalog enthält Fehler:\n" + file +
                          ":3:1: Fehler: unbekannter Schlüssel „nmae“ (meinten Sie „name“?)\n"
                          "(Einzelheiten zeigt „advisor check“)\n");
}

TEST_CASE("every diagnostic of tests/data/invalid has a key and a German text") {
  std::size_t count = 0;
  for (const auto& entry :
       std::filesystem::directory_iterator(source_path("tests/data/invalid/video"))) {
    if (entry.path().extension() != ".yaml") continue;
    auto files = catalogue::read_catalogue_directory(source_path("tests/data/valid"));
    files.push_back(catalogue::read_catalogue_file(entry.path()));
    const auto result = catalogue::load_catalogue(files, k_test_today);
    for (const auto& diagnostic : result.diagnostics.all()) {
      CAPTURE(diagnostic.message);
      CHECK(!diagnostic.key.empty());
      CHECK(catalogue::diagnostic_text(diagnostic.key, Language::en, diagnostic.args) ==
            diagnostic.message);
      const std::string prefix =
          diagnostic.severity == Severity::error ? ": Fehler: " : ": Warnung: ";
      CHECK(catalogue::format_diagnostic(diagnostic, Language::de).find(prefix) !=
            std::string::npos);
      ++count;
    }
  }
  CHECK(count > 50);
}

} // namespace advisor::test
