// render::date_in_words, age_in_words and message_text: dates and ages read from the message table.
#include <advisor/render/date_text.hpp>
#include <advisor/render/messages.hpp>

#include <doctest/doctest.h>

using namespace advisor;
using namespace advisor::render;

TEST_CASE("render::date_in_words") {
  const Text day = date_in_words(Date{2020, 7, 3});
  CHECK(day.de == "3. Juli 2020");
  CHECK(day.en == "3 July 2020");
  const Text month = date_in_words(Date{2020, 12, 0});
  CHECK(month.de == "Dezember 2020");
  CHECK(month.en == "December 2020");
  const Text year = date_in_words(Date{2020, 0, 0});
  CHECK(year.de == "2020");
  CHECK(year.en == "2020");
}

TEST_CASE("render::age_in_words") {
  CHECK(age_in_words(1).de == "1 Monat");
  CHECK(age_in_words(1).en == "1 month");
  CHECK(age_in_words(23).de == "23 Monate");
  CHECK(age_in_words(24).de == "zwei Jahre");
  CHECK(age_in_words(24).en == "two years");
  CHECK(age_in_words(25).de == "über zwei Jahre");
  CHECK(age_in_words(25).en == "over two years");
  CHECK(age_in_words(12 * 12).en == "twelve years");
  CHECK(age_in_words(13 * 12 + 1).de == "über 13 Jahre");
}

TEST_CASE("render::message_text fills each language from the same language of its arguments") {
  const Text why = message_text("out.handout.why", {{"name", untranslated("Talky")}});
  CHECK(why.de == "Warum Talky?");
  CHECK(why.en == "Why Talky?");
  const Text when = message_text("out.guide.when.month", {{"date", {"Juli 2020", "July 2020"}}});
  CHECK(when.de == "im Juli 2020");
  CHECK(when.en == "in July 2020");
  CHECK_THROWS_WITH(message_text("out.handout.why"),
                    "message \"out.handout.why\" needs a value for {name}");
}
