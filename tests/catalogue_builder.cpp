#include "catalogue_builder.hpp"

#include <doctest/doctest.h>

namespace advisor::test {

using namespace advisor::catalogue;

Date date_of(const std::string& text) {
  auto date = parse_date(text);
  REQUIRE_MESSAGE(date.has_value(), "bad date in a test: " << text);
  return *date;
}

Provenance said(std::string source, const std::string& date, Confidence confidence, Text note) {
  Provenance provenance;
  provenance.source = std::move(source);
  if (!date.empty()) provenance.date = date_of(date);
  provenance.confidence = confidence;
  provenance.note = std::move(note);
  return provenance;
}

Entry make_entry(std::string id, std::string name, Category category) {
  Entry entry;
  entry.id = std::move(id);
  entry.name = std::move(name);
  entry.category = category;
  entry.summary = {"Kurzbeschreibung von " + entry.name + ".", "Summary of " + entry.name + "."};
  entry.reviewed = date_of("2026-11-30");
  entry.sources = {"S0"};
  entry.verdict = fact(Verdict::recommended, said("S0", "2020-07"));
  entry.status = fact(Status::active, said("S0", "2020-07"));
  for (Browser browser :
       {Browser::chrome, Browser::chromium, Browser::firefox, Browser::safari, Browser::edge}) {
    entry.facts.browsers[browser] = {};
  }
  return entry;
}

Source make_source(std::string id, std::string title, std::string publisher,
                   const std::string& date, std::string url) {
  Source source;
  source.id = std::move(id);
  source.title = Text{title, title};
  source.publisher = std::move(publisher);
  if (!date.empty()) source.date = date_of(date);
  source.url = std::move(url);
  return source;
}

namespace {

// Marks where a fact is written, as the loader does, so inheritance can be seen.
template <class T> void place(Fact<T>& fact, int line) {
  fact.where = {"catalogue/video/jitsi-meet.yaml", line, 3};
}

Entry blizz() {
  Entry entry = make_entry("blizz", "Blizz", Category::video);
  entry.summary = {"Videokonferenzen von TeamViewer; 2020 zunächst empfohlen, dann abgewertet.",
                   "Video meetings by TeamViewer; recommended at first in 2020, then downgraded."};
  entry.sources = {"S0", "S2", "S11", "S16"};
  entry.verdict = history({statement(Verdict::recommended, said("S0", "2020-07")),
                           statement(Verdict::acceptable, said("S0", "2020-07"))});
  auto status = statement(Status::discontinued, said("S11", "2020-11-13"));
  status.replaced_by = "TeamViewer Meeting";
  entry.status = history({status});
  entry.facts.operator_name = fact(Str("TeamViewer Germany GmbH"), said("S16"));
  entry.facts.country = fact(Str("DE"), said("S16"));
  entry.facts.screen_sharing = fact(YesNo::yes, said("S16"));
  entry.facts.dial_in = fact(YesNo::yes, said("S16"));
  entry.facts.max_participants =
      unknown<Limit>({"Keine Quelle nennt eine Zahl.", "No source gives a number."});
  Assessment red;
  red.by = "berlin-dpa";
  red.date = date_of("2020-07-03");
  red.rating = Rating::red;
  red.scope = {"Angebot für Organisationen, vor allem der Vertrag zur Auftragsverarbeitung",
               "Offer for organisations, mainly the data-processing contract"};
  red.summary = {"Mängel im Vertrag; der Anbieter behält sich eigene Zwecke vor.",
                 "Flaws in the contract; the provider keeps its own purposes open."};
  red.provenance = said("S2", "2020", Confidence::medium);
  entry.assessments.push_back(red);
  Change rename;
  rename.date = date_of("2020-11-13");
  rename.text = {"Umbenannt in TeamViewer Meeting.", "Renamed to TeamViewer Meeting."};
  rename.provenance = said("S11", "2020-11-13");
  entry.changes.push_back(rename);
  return entry;
}

Tool jitsi_meet() {
  Tool tool;
  tool.file = "catalogue/video/jitsi-meet.yaml";
  Entry& entry = tool.entry;
  entry = make_entry("jitsi-meet", "Jitsi Meet", Category::video);
  entry.hosting = {"Jeder kann es auf einem eigenen Server betreiben.",
                   "Anyone can run it on their own server."};
  entry.sources = {"S0", "S22"};
  entry.facts.max_participants = fact(Limit{true, 0}, said("S22", "", Confidence::medium));
  entry.facts.browsers[Browser::chrome] = fact(Support::works, said("S0", "2020-07"));
  entry.facts.browsers[Browser::firefox] =
      history({statement(Support::limited, said("S0", "2020-07", Confidence::low)),
               statement(Support::works, said("S22"))});
  entry.facts.price = fact(Price::free, said("S0", "2020-07"));
  entry.facts.open_source = fact(OpenSource::yes, said("S22"));
  place(entry.facts.max_participants, 10);
  place(entry.facts.browsers[Browser::chrome], 12);
  place(entry.facts.browsers[Browser::firefox], 13);
  place(entry.facts.price, 20);
  place(entry.facts.open_source, 22);

  // The service starts as a copy of the tool's facts and overrides some, as the loader does.
  Entry service = make_entry("jitsi-meet/ffmuc", "Freifunk München Meet", Category::video);
  service.url = "https://meet.ffmuc.net/";
  service.sources = {"S0", "S33", "S34"};
  service.facts = entry.facts;
  service.facts.operator_name = fact(Str("Freifunk München"), said("S33"));
  service.facts.country = fact(Str("DE"), said("S33", "", Confidence::medium));
  service.facts.languages =
      fact(std::vector<Str>{"de", "en", "it", "fr", "es", "el"}, said("S33"));
  place(service.facts.operator_name, 40);
  place(service.facts.country, 41);
  place(service.facts.languages, 42);
  Condition condition;
  condition.kind = ConditionKind::browser_degrades_above;
  condition.browser = Browser::firefox;
  condition.people = 6;
  condition.provenance = said("S34", "2020-03-28", Confidence::low);
  service.conditions.push_back(condition);
  tool.services.push_back(service);
  return tool;
}

Entry talky() {
  Entry entry = make_entry("talky", "talky", Category::video);
  entry.url = "https://talky.io/";
  entry.summary = {"Einfacher Video-Chat im Browser ohne Konto, für kleine Gruppen.",
                   "Simple video chat in the browser without an account, for small groups."};
  entry.sources = {"S0", "S42", "S44"};
  entry.facts.max_participants = fact(
      Limit{false, 6},
      said("S0", "2020-07", Confidence::low,
           {"Keine andere Quelle bestätigt die Zahl.", "No other source confirms the number."}));
  entry.facts.languages = fact(std::vector<Str>{"en"}, said("S0", "2020-07"));
  entry.facts.participant_account = fact(YesNo::no, said("S42"));
  entry.facts.e2ee = fact(Encryption::none, said("S44", "2015-06-04", Confidence::medium));
  entry.facts.tracking = history({statement(Tracking::none_found, said("S0", "2020-07")),
                                  statement(Tracking::found, said("S42"))});
  entry.facts.country = fact(Str("US"), said("S42", "", Confidence::medium));
  return entry;
}

Entry threema() {
  Entry entry = make_entry("threema", "Threema", Category::messenger);
  entry.url = "https://threema.ch/";
  entry.sources = {"S0", "S74", "S77"};
  auto price = statement(Price::one_off, said("S77", "", Confidence::low));
  price.amount_eur = 5.0;
  entry.facts.price = history({price});
  entry.facts.phone_number = fact(YesNo::no, said("S77"));
  entry.facts.e2ee = fact(Encryption::by_default, said("S77"));
  entry.facts.open_source = history({statement(OpenSource::no, said("S0", "2020-07")),
                                     statement(OpenSource::partly, said("S74", "2020-12-22"))});
  return entry;
}

} // namespace

Catalogue sample_catalogue() {
  Catalogue catalogue;
  catalogue.sources = {
      make_source("S0", "Datenschutzfreundliche Alternativen", "Selbsthilfezentrum München",
                  "2020-07", "https://www.shz-muenchen.de/"),
      make_source("S2", "Videokonferenzen: nicht rechtskonform", "Südwest Presse", "2020"),
      make_source("S11", "Rename blizz to teamviewermeeting", "Homebrew", "2020-11-13",
                  "https://github.com/Homebrew/homebrew-cask/pull/92623"),
      make_source("S16", "About TeamViewer Meeting", "TeamViewer", ""),
      make_source("S22", "Supported browsers", "Jitsi", "",
                  "https://jitsi.github.io/handbook/docs/user-guide/supported-browsers"),
      make_source("S33", "Meet", "Freifunk München", "", "https://ffmuc.net/wiki/"),
      make_source("S34", "Meet (English)", "Freifunk München", "2020-03-28"),
      make_source("S42", "Privacy", "Talky", "", "https://about.talky.io/privacy"),
      make_source("S44", "Is Talky truly secure?", "&yet", "2015-06-04"),
      make_source("S74", "Threema is open source", "Threema", "2020-12-22"),
      make_source("S77", "Threema", "Wikipedia", ""),
  };
  Assessor berlin;
  berlin.id = "berlin-dpa";
  berlin.name = {"Berliner Beauftragte für Datenschutz und Informationsfreiheit",
                 "Berlin Commissioner for Data Protection and Freedom of Information"};
  Assessor shz;
  shz.id = "shz";
  shz.name = {"Selbsthilfezentrum München", "Self-Help Centre Munich"};
  catalogue.assessors = {berlin, shz};

  Tool tool_blizz;
  tool_blizz.entry = blizz();
  Tool tool_talky;
  tool_talky.entry = talky();
  Tool tool_threema;
  tool_threema.entry = threema();
  catalogue.tools = {tool_blizz, jitsi_meet(), tool_talky, tool_threema};
  return catalogue;
}

} // namespace advisor::test
