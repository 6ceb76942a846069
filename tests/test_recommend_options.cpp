// `advisor recommend`: flags, their validation, and asking on a terminal.
#include "support.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using advisor::test::run_cli;

namespace {

std::string error_of(const std::vector<std::string>& args) {
  const auto result = run_cli(args);
  CHECK(result.code == 2);
  CHECK(result.out.empty());
  return result.err;
}

} // namespace

TEST_CASE("recommend from a script without a category exits 2 at once, naming the flag") {
  const auto result = run_cli({"recommend", "--people", "6"}, {}, "video\n");
  CHECK(result.code == 2);
  CHECK(result.out.empty());
  CHECK(result.err ==
        "advisor: error: missing --category (video, phone, messenger or scheduling) or "
        "--instead-of ID; questions are asked only on a terminal without --no-input\n");
  // --no-input never asks, even on a terminal.
  const auto no_input = run_cli({"recommend", "--no-input"}, {}, "video\n", true);
  CHECK(no_input.code == 2);
  CHECK(no_input.err == result.err);
}

TEST_CASE("recommend rejects bad values, naming what is allowed") {
  CHECK(error_of({"recommend", "--instead-of", "whatsap"}) ==
        "advisor: error: unknown id \"whatsap\" for --instead-of (did you mean \"whatsapp\"?)\n"
        "Run \"advisor list\" to see every id.\n");
  CHECK(
      error_of({"recommend", "--instead-of", "whatsapp", "--category", "video"}) ==
      "advisor: error: --instead-of whatsapp is in category messenger, but --category is video\n");
  CHECK(error_of({"recommend", "--category", "video", "--why-not", "tlaky"}) ==
        "advisor: error: unknown id \"tlaky\" for --why-not (did you mean \"talky\"?)\n"
        "Run \"advisor list\" to see every id.\n");
  CHECK(error_of({"recommend", "--category", "video", "--why-not", "jitsi-meet"}) ==
        "advisor: error: --why-not jitsi-meet names a tool with several services; name one of "
        "them: jitsi-meet/adminforge, jitsi-meet/ffmuc, jitsi-meet/freifunk-hamburg, "
        "jitsi-meet/fairmeeting, jitsi-meet/meet-jit-si, jitsi-meet/in-berlin, "
        "jitsi-meet/buehl-palim-palim\n");
  CHECK(error_of({"recommend", "--category", "vidoe"}) ==
        "advisor: error: invalid value \"vidoe\" for --category (did you mean \"video\"?); "
        "allowed: video, phone, messenger, scheduling\n");
  CHECK(error_of({"recommend", "--category", "video", "--people", "0"}) ==
        "advisor: error: invalid value \"0\" for --people; allowed: a whole number from 1 to "
        "10000\n");
  CHECK(error_of({"recommend", "--category", "video", "--people", "10001"}) ==
        "advisor: error: invalid value \"10001\" for --people; allowed: a whole number from 1 "
        "to 10000\n");
  CHECK(error_of({"recommend", "--category", "video", "--browser", "firefxo"}) ==
        "advisor: error: invalid value \"firefxo\" for --browser (did you mean \"firefox\"?); "
        "allowed: chrome, chromium, firefox, safari, edge\n");
  CHECK(error_of({"recommend", "--category", "video", "--language", "fr"}) ==
        "advisor: error: invalid value \"fr\" for --language; allowed: de, en\n");
  CHECK(error_of({"recommend", "--category", "video", "--budget", "-5"}) ==
        "advisor: error: invalid value \"-5\" for --budget; allowed: an amount in euros per "
        "month from 0 to 100000, such as 0 or 14.90\n");
  CHECK(error_of({"recommend", "--category", "video", "--duration", "90min"}) ==
        "advisor: error: invalid value \"90min\" for --duration; allowed: minutes from 1 to "
        "1440\n");
  CHECK(error_of({"recommend", "--category", "video", "--format", "jsno"}) ==
        "advisor: error: invalid value \"jsno\" for --format (did you mean \"json\"?); "
        "allowed: text, markdown, json\n");
  CHECK(error_of({"recommend", "--category", "video", "--top", "0"}) ==
        "advisor: error: invalid value \"0\" for --top; allowed: 1 or more (or --all)\n");
}

TEST_CASE("recommend on a terminal asks one question at a time and asks again after a bad answer") {
  // category, people (bad, then good), browser, language (default), budget, duration (empty),
  // screen sharing, dial-in (bad, then yes), no-install, no-account, smartphone only, sensitive
  // (yes), organisation, processing agreement, own server.
  const std::string answers =
      "vidoe\nvideo\nzwölf\n12\nFirefox\n\n0\n\nj\nvielleicht\nja\n\n\n\nj\n\nn\n\n";
  const auto result =
      run_cli({"recommend", "--format", "json"}, {{"LANG", "de_DE.UTF-8"}}, answers, true);
  CHECK(result.code == 0);
  CHECK(result.err ==
        "Ein paar Fragen zu Ihrer Gruppe. Mit der Eingabetaste übernehmen Sie den Vorschlag.\n"
        "Welche Art von Dienst? (video, phone, messenger, scheduling) [video]: "
        "„vidoe“ ist hier keine gültige Antwort (meinten Sie „video“?); möglich sind: video, "
        "phone, messenger, scheduling.\n"
        "Welche Art von Dienst? (video, phone, messenger, scheduling) [video]: "
        "Wie viele Personen nehmen teil? (1 bis 10000; leer = egal): "
        "„zwölf“ ist hier keine gültige Antwort; möglich sind: eine Zahl von 1 bis 10000.\n"
        "Wie viele Personen nehmen teil? (1 bis 10000; leer = egal): "
        "Welchen Browser nutzen die meisten Teilnehmenden? (chrome, chromium, firefox, safari, "
        "edge; leer = egal): "
        "Welche Sprache sprechen die Teilnehmenden? (de, en) [de]: "
        "Wie viel darf es im Monat kosten, in Euro? (0 = nichts; leer = egal): "
        "Wie lange dauert ein Treffen, in Minuten? (leer = egal): "
        "Muss jemand den Bildschirm teilen? (j/n) [n]: "
        "Wählen sich manche per Telefon ein? (j/n) [n]: "
        "„vielleicht“ ist hier keine gültige Antwort; möglich sind: j oder n.\n"
        "Wählen sich manche per Telefon ein? (j/n) [n]: "
        "Muss alles ohne Installation gehen, nur im Browser? (j/n) [n]: "
        "Müssen Teilnehmende ohne Konto auskommen? (j/n) [n]: "
        "Haben manche Teilnehmende nur ein Smartphone? (j/n) [n]: "
        "Geht es um Gesundheit, Sucht oder andere besonders schutzbedürftige Themen? (j/n) [n]: "
        "Nutzt eine Organisation (Zentrum, Verein, Gruppe) den Dienst, nicht eine Privatperson? "
        "(j/n) [n]: "
        "Braucht Ihre Organisation einen Auftragsverarbeitungsvertrag (AVV)? (j/n) [n]: "
        "Betreibt oder mietet Ihre Organisation einen eigenen Server? (j/n) [n]: ");
  const auto json = nlohmann::ordered_json::parse(result.out);
  CHECK(json["language"] == "de");
  CHECK(json["query"].dump() ==
        R"({"category":"video","people":12,"browser":"firefox","language":"de","budget_eur":0.0,)"
        R"("duration_minutes":null,"screen_sharing":true,"dial_in":true,"no_install":false,)"
        R"("no_account":false,"no_phone_number":false,"processing_agreement":false,)"
        R"("organisation":false,"sensitive":true,"own_server":false,"smartphone_only":false,)"
        R"("calls":false,"instead_of":null})");
}

TEST_CASE("recommend on a terminal: Ctrl-D ends the questions without a result (exit 2)") {
  const auto result = run_cli({"recommend", "--format", "json", "--people", "4"},
                              {{"LANG", "en_GB.UTF-8"}}, "video\n", true);
  CHECK(result.code == 2);
  CHECK(result.out.empty());
  CHECK(result.err.find("advisor: error: the questions ended before the last answer (end of "
                        "input, Ctrl-D), so nothing is recommended;") != std::string::npos);
}

TEST_CASE("recommend on a terminal: Enter takes every suggestion") {
  const auto result = run_cli({"recommend", "--format", "json", "--people", "4"},
                              {{"LANG", "en_GB.UTF-8"}}, std::string(20, '\n'), true);
  CHECK(result.code == 0);
  const auto json = nlohmann::json::parse(result.out);
  CHECK(json["query"]["category"] == "video");
  CHECK(json["query"]["people"] == 4);
  CHECK(json["query"]["language"] == "en");
  CHECK(json["query"]["dial_in"] == false);
}

TEST_CASE("recommend on a terminal asks per category: no browser, dial-in or processing "
          "agreement for a poll, in the user's language whatever the participants speak") {
  // category, people, browser, participants' language (de), budget, no-install, no-account,
  // organisation: nothing else for a poll.
  const std::string answers = "scheduling\n\n\nde\n\n\n\n\n";
  const auto result =
      run_cli({"recommend", "--format", "json"}, {{"LANG", "en_GB.UTF-8"}}, answers, true);
  CHECK(result.code == 0);
  CHECK(result.err ==
        "A few questions about your group. Press Enter to take the suggestion.\n"
        "What kind of service? (video, phone, messenger, scheduling) [video]: "
        "How many people take part? (1 to 10000; empty = any): "
        "Which browser do most participants use? (chrome, chromium, firefox, safari, edge; "
        "empty = any): "
        "Which language do the participants speak? (de, en) [en]: "
        "How much may it cost per month, in euros? (0 = nothing; empty = any): "
        "Must it work without installing anything, in the browser only? (y/n) [n]: "
        "Must participants manage without an account? (y/n) [n]: "
        "Is the service used by an organisation (centre, association, group), not privately? "
        "(y/n) [n]: ");
  const auto json = nlohmann::json::parse(result.out);
  CHECK(json["language"] == "en");
  CHECK(json["query"]["language"] == "de");
}

TEST_CASE("recommend: colour for verdicts and marks with --color always, never in a pipe") {
  const std::vector<std::string> query = {"recommend", "--category", "video", "--people", "6"};
  auto coloured = query;
  coloured.insert(coloured.begin(), {"--color", "always"});
  const auto with = run_cli(coloured);
  REQUIRE(with.code == 0);
  CHECK(with.out.find("\x1b[") != std::string::npos);
  const auto piped = run_cli(query);
  REQUIRE(piped.code == 0);
  CHECK(piped.out.find('\x1b') == std::string::npos);
  auto json = coloured;
  json.insert(json.end(), {"--format", "json"});
  CHECK(run_cli(json).out.find('\x1b') == std::string::npos);
}

TEST_CASE("recommend on a terminal asks per category: a messenger's own questions, no browser, "
          "dial-in or meeting length") {
  // category, people, participants' language, budget, no-install, no-account, no phone number
  // (yes), calls, smartphone only, sensitive, organisation, processing agreement.
  const std::string answers = "messenger\n\n\n\n\n\ny\n\n\n\n\n\n";
  const auto result =
      run_cli({"recommend", "--format", "json"}, {{"LANG", "en_GB.UTF-8"}}, answers, true);
  CHECK(result.code == 0);
  CHECK(result.err ==
        "A few questions about your group. Press Enter to take the suggestion.\n"
        "What kind of service? (video, phone, messenger, scheduling) [video]: "
        "How many people take part? (1 to 10000; empty = any): "
        "Which language do the participants speak? (de, en) [en]: "
        "How much may it cost per month, in euros? (0 = nothing; empty = any): "
        "Must it work without installing anything, in the browser only? (y/n) [n]: "
        "Must participants manage without an account? (y/n) [n]: "
        "Should nobody have to give a phone number? (y/n) [n]: "
        "Does the group also call each other (group calls)? (y/n) [n]: "
        "Do some participants only have a smartphone? (y/n) [n]: "
        "Is it about health, addiction or other especially sensitive matters? (y/n) [n]: "
        "Is the service used by an organisation (centre, association, group), not privately? "
        "(y/n) [n]: "
        "Does your organisation need a data-processing agreement (AVV)? (y/n) [n]: ");
  const auto json = nlohmann::json::parse(result.out);
  CHECK(json["query"]["category"] == "messenger");
  CHECK(json["query"]["no_phone_number"] == true);
}

TEST_CASE("recommend on a terminal asks per category: a phone conference asks about dial-in and "
          "length, not about browsers, installing or smartphones") {
  // category, people, participants' language, budget, duration, dial-in, no-account, sensitive,
  // organisation, processing agreement, own server.
  const std::string answers = "phone\n10\n\n0\n60\n\n\n\n\n\n\n";
  const auto result =
      run_cli({"recommend", "--format", "json"}, {{"LANG", "de_DE.UTF-8"}}, answers, true);
  CHECK(result.code == 0);
  CHECK(result.err ==
        "Ein paar Fragen zu Ihrer Gruppe. Mit der Eingabetaste übernehmen Sie den Vorschlag.\n"
        "Welche Art von Dienst? (video, phone, messenger, scheduling) [video]: "
        "Wie viele Personen nehmen teil? (1 bis 10000; leer = egal): "
        "Welche Sprache sprechen die Teilnehmenden? (de, en) [de]: "
        "Wie viel darf es im Monat kosten, in Euro? (0 = nichts; leer = egal): "
        "Wie lange dauert ein Treffen, in Minuten? (leer = egal): "
        "Wählen sich manche per Telefon ein? (j/n) [n]: "
        "Müssen Teilnehmende ohne Konto auskommen? (j/n) [n]: "
        "Geht es um Gesundheit, Sucht oder andere besonders schutzbedürftige Themen? (j/n) [n]: "
        "Nutzt eine Organisation (Zentrum, Verein, Gruppe) den Dienst, nicht eine Privatperson? "
        "(j/n) [n]: "
        "Braucht Ihre Organisation einen Auftragsverarbeitungsvertrag (AVV)? (j/n) [n]: "
        "Betreibt oder mietet Ihre Organisation einen eigenen Server? (j/n) [n]: ");
  const auto json = nlohmann::json::parse(result.out);
  CHECK(json["query"]["category"] == "phone");
  CHECK(json["query"]["people"] == 10);
  CHECK(json["query"]["duration_minutes"] == 60);
}
