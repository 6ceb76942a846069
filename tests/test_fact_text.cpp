#include "catalogue_builder.hpp"

#include <advisor/render/code_names.hpp>
#include <advisor/render/fact_json.hpp>
#include <advisor/render/fact_text.hpp>

#include <doctest/doctest.h>

using namespace advisor;
using namespace advisor::catalogue;
using namespace advisor::render;
using advisor::test::fact;
using advisor::test::history;
using advisor::test::said;
using advisor::test::statement;

namespace {

const Language de = Language::de;
const Language en = Language::en;

FactView firefox_history() {
  return describe("browsers.firefox",
                  history({statement(Support::limited, said("S0", "2020-07", Confidence::low)),
                           statement(Support::works, said("S22"))}));
}

} // namespace

TEST_CASE("render::describe") {
  SUBCASE("a limit") {
    const auto view = describe("max_participants", fact(Limit{false, 6}, said("S0", "2020-07")));
    CHECK(view.key == "max_participants");
    CHECK(view.name.en == "Participant limit");
    REQUIRE(view.known());
    CHECK(view.current().words.de == "6");
    CHECK(std::get<int>(view.current().raw) == 6);
  }
  SUBCASE("no fixed limit") {
    const auto view = describe("max_participants", fact(Limit{true, 0}, said("S22")));
    CHECK(view.current().words.en == "no fixed limit");
    CHECK(view.current().words.de == "keine feste Grenze");
    CHECK(std::get<std::string>(view.current().raw) == "none");
  }
  SUBCASE("languages in words") {
    const auto view =
        describe("languages", fact(std::vector<Str>{"de", "en", "xx"}, said("S77")));
    CHECK(view.current().words.de == "Deutsch, Englisch, xx");
    CHECK(view.current().words.en == "German, English, xx");
    CHECK(std::get<std::vector<std::string>>(view.current().raw).size() == 3);
  }
  SUBCASE("a country by name, an operator as written") {
    CHECK(describe("country", fact(Str("DE"), said("S33"))).current().words.de ==
          "Deutschland");
    CHECK(describe("operator", fact(Str("DE"), said("S33"))).current().words.de == "DE");
  }
  SUBCASE("a price with its amount") {
    auto once = statement(Price::one_off, said("S77"));
    once.amount_eur = 4.99;
    auto monthly = statement(Price::paid, said("S7"));
    monthly.amount_eur = 14.9;
    monthly.per_month = true;
    CHECK(describe("price", history({once})).current().words.en == "one-off price, 4.99 EUR");
    CHECK(describe("price", history({monthly})).current().words.de ==
          "kostenpflichtig, 14,90 EUR im Monat");
    CHECK(describe("price", history({monthly})).current().words.en == "paid, 14.90 EUR a month");
  }
  SUBCASE("a status with what replaced it") {
    auto gone = statement(Status::discontinued, said("S11", "2020-11-13"));
    gone.replaced_by = "TeamViewer Meeting";
    const auto view = describe("status", history({gone}));
    CHECK(view.name.de == "Stand");
    CHECK(view.current().words.en == "discontinued, replaced by TeamViewer Meeting");
    CHECK(view.current().words.de == "eingestellt, ersetzt durch TeamViewer Meeting");
    CHECK(view.current().replaced_by == "TeamViewer Meeting");
  }
  SUBCASE("an enum in words and in its catalogue spelling") {
    const auto view = describe("e2ee", fact(Encryption::by_default, said("S77")));
    CHECK(view.current().words.en == "yes, by default");
    CHECK(std::get<std::string>(view.current().raw) == "default");
  }
  SUBCASE("unknown keeps the reason") {
    const auto view = describe("dial_in", advisor::test::unknown<YesNo>({"weil", "because"}));
    CHECK_FALSE(view.known());
    CHECK(view.unknown_note.en == "because");
  }
}

TEST_CASE("render::FactView::changed") {
  CHECK(firefox_history().changed());
  CHECK_FALSE(describe("chat", history({statement(YesNo::yes, said("S0", "2020-07")),
                                        statement(YesNo::yes, said("S22"))}))
                  .changed());
  CHECK_FALSE(describe("chat", fact(YesNo::yes, said("S0"))).changed());
}

TEST_CASE("render::describe_facts") {
  Facts facts;
  facts.browsers[Browser::firefox] = fact(Support::fails, said("S0"));
  const auto views = describe_facts(facts);
  REQUIRE(views.size() == 25);
  CHECK(views[0].key == "max_participants");
  CHECK(views[3].key == "browsers.chrome");
  CHECK(views[5].key == "browsers.firefox");
  CHECK(views[5].name.en == "Browser Firefox");
  CHECK(views[5].known());
  CHECK_FALSE(views[3].known()); // missing from the map: unknown
  CHECK(views[24].key == "processing_agreement");
  REQUIRE(find_fact(views, "operator") != nullptr);
  CHECK(find_fact(views, "operator")->name.de == "Betreiber");
  CHECK(find_fact(views, "nope") == nullptr);
}

TEST_CASE("render::format_provenance") {
  CHECK(format_provenance(said("S0", "2020-07", Confidence::low), en) ==
        "S0, 2020-07, confidence: low");
  CHECK(format_provenance(said("S22"), en) == "S22, date unknown, confidence: high");
  CHECK(format_provenance(said("S22", "", Confidence::medium), de) ==
        "S22, Datum unbekannt, Verlässlichkeit: mittel");
}

TEST_CASE("render::format_current") {
  const auto limit =
      describe("max_participants", fact(Limit{false, 6}, said("S0", "2020-07", Confidence::low)));
  CHECK(format_current(limit, en) == "6 (S0, 2020-07, confidence: low)");
  CHECK(format_current(limit, de) == "6 (S0, 2020-07, Verlässlichkeit: gering)");
  CHECK(format_current(describe("chat", Fact<YesNo>{}), en) == "unknown");
  CHECK(format_current(describe("chat", Fact<YesNo>{}), de) == "unbekannt");
  CHECK(format_statement(firefox_history().history.front(), en) ==
        "works with limits (S0, 2020-07, confidence: low)");
}

TEST_CASE("render::format_history") {
  CHECK(format_history(firefox_history(), en) ==
        "2020-07 (S0): works with limits → now (S22, date unknown): works");
  CHECK(format_history(firefox_history(), de) ==
        "2020-07 (S0): eingeschränkt → jetzt (S22, Datum unbekannt): funktioniert");
  SUBCASE("three statements, an undated one among them") {
    const auto view =
        describe("open_source", history({statement(OpenSource::no, said("S0")),
                                         statement(OpenSource::partly, said("S74", "2020-12-22")),
                                         statement(OpenSource::partly, said("S77", "2024"))}));
    CHECK(format_history(view, en) == "undated (S0): no → 2020-12-22 (S74): partly (apps open, "
                                      "server closed) → now (S77, 2024): partly (apps open, "
                                      "server closed)");
    CHECK(format_history(view, de).starts_with("Datum unbekannt (S0): nein → "));
  }
  SUBCASE("nothing changed, nothing to tell") {
    CHECK(format_history(describe("chat", fact(YesNo::yes, said("S0"))), en).empty());
    CHECK(format_history(describe("chat", history({statement(YesNo::yes, said("S0")),
                                                   statement(YesNo::yes, said("S1"))})),
                         en)
              .empty());
  }
}

TEST_CASE("render::describe_condition") {
  Condition condition;
  condition.kind = ConditionKind::free_tier_minutes;
  condition.minutes = 40;
  CHECK(describe_condition(condition).en == "The free tier ends a meeting after 40 minutes");
  CHECK(describe_condition(condition).de ==
        "Im kostenlosen Tarif endet ein Treffen nach 40 Minuten");
  condition.kind = ConditionKind::browser_degrades_above;
  condition.browser = Browser::firefox;
  condition.people = 6;
  CHECK(describe_condition(condition).en == "Firefox works less well with more than 6 people");
  CHECK(describe_condition(condition).de ==
        "In Firefox läuft es mit mehr als 6 Personen schlechter");
  condition.kind = ConditionKind::room_expires_days;
  condition.days = 1;
  CHECK(describe_condition(condition).en == "A room expires after 1 day");
  CHECK(describe_condition(condition).de == "Ein Raum verfällt nach 1 Tag");
}

TEST_CASE("render::format_euros") {
  CHECK(format_euros(5, en) == "5.00 EUR");
  CHECK(format_euros(14.9, de) == "14,90 EUR");
}

TEST_CASE("render::language_name and render::country_name") {
  CHECK(language_name("fr").de == "Französisch");
  CHECK(language_name("xx").en == "xx");
  CHECK(country_name("CH").de == "Schweiz");
  CHECK(country_name("ZZ").de == "ZZ");
}

TEST_CASE("render::fact_json") {
  CHECK(fact_json(firefox_history(), en).dump() ==
        R"({"known":true,"value":"works","text":"works","statements":[)"
        R"({"value":"limited","text":"works with limits","source":"S0","date":"2020-07",)"
        R"("confidence":"L","note":null},)"
        R"({"value":"works","text":"works","source":"S22","date":null,"confidence":"H",)"
        R"("note":null}]})");
  CHECK(
      fact_json(describe("chat", advisor::test::unknown<YesNo>({"weil", "because"})), de).dump() ==
      R"({"known":false,"value":null,"text":"unbekannt","note":"weil",)"
      R"("statements":[]})");
  auto price = statement(Price::paid, said("S7", "2021"));
  price.amount_eur = 9.5;
  price.per_month = true;
  CHECK(fact_json(describe("price", history({price})), en)["statements"][0].dump() ==
        R"({"value":"paid","text":"paid, 9.50 EUR a month","amount_eur":9.5,"period":"month",)"
        R"("source":"S7","date":"2021","confidence":"H","note":null})");
}
