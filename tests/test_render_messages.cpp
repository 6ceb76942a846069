// render::message: every sentence exists in German and English with the same placeholders.
#include <advisor/core/error.hpp>
#include <advisor/engine/rule_keys.hpp>
#include <advisor/render/message_table.hpp>
#include <advisor/render/messages.hpp>

#include <doctest/doctest.h>
#include <regex>
#include <set>

using namespace advisor;

namespace {

std::set<std::string> placeholders(const std::string& text) {
  std::set<std::string> names;
  static const std::regex k_placeholder(R"(\{([a-z_]+)\})");
  for (std::sregex_iterator it(text.begin(), text.end(), k_placeholder), end; it != end; ++it) {
    names.insert((*it)[1]);
  }
  return names;
}

// Renders a message with every placeholder filled by "<name>", to see the raw template.
std::string raw(const std::string& key, Language language) {
  render::MessageArgs args;
  for (const char* name :
       {"name",      "value",       "assessor",      "date",        "browser",     "above",
        "people",    "country",     "limit",         "minutes",     "duration",    "budget",
        "amount",    "replaced_by", "skipped",       "language",    "languages",   "seen",
        "months",    "days",        "before_source", "before_date", "before",      "after_source",
        "after",     "answer",      "suggestion",    "allowed",     "default",     "match",
        "count",     "fitting",     "total",         "hosting",     "need",        "excluded",
        "would_fit", "score",       "shown",         "query",       "instead_of",  "place",
        "category",  "asked",       "threshold",     "today",       "after_date",  "judge",
        "history",   "judgments",   "rating",        "verdict",     "age",         "ids",
        "names",     "option",      "path",          "reason",      "placeholder", "argument",
        "help",      "command",     "commands",      "word",        "id",          "version",
        "entries",   "reviewed",    "extension",     "formats",     "host",        "service",
        "url",       "source",      "confidence",    "where",       "whole",       "cents",
        "day",       "month",       "year",          "years",       "files",       "found",
        "errors",    "warnings"}) {
    std::string marked = "<";
    marked.append(name).append(">");
    args[name] = marked;
  }
  return render::message(key, language, args);
}

} // namespace

TEST_CASE("render::message has every key once, in both languages, with the same placeholders") {
  const auto keys = render::message_keys();
  const std::set<std::string> unique(keys.begin(), keys.end());
  CHECK(unique.size() == keys.size());
  for (const auto& key : keys) {
    CAPTURE(key);
    const auto de = raw(key, Language::de);
    const auto en = raw(key, Language::en);
    CHECK(!de.empty());
    CHECK(!en.empty());
    CHECK(placeholders(de).empty()); // every placeholder was known and filled
    CHECK(placeholders(en).empty());
  }
}

TEST_CASE("render::message fills placeholders and reports what is missing") {
  CHECK(render::message("out.score", Language::en, {{"score", "42"}}) == "score 42");
  CHECK(render::message("out.score", Language::de, {{"score", "42"}}) == "42 Punkte");
  CHECK_THROWS_WITH(render::message("out.score", Language::en),
                    "message \"out.score\" needs a value for {score}");
  CHECK_THROWS_WITH(render::message("out.nonsense", Language::en), "no message \"out.nonsense\"");
}

TEST_CASE("render::message has a sentence for every rule of the engine") {
  std::vector<std::string> rules = engine::weight_keys();
  for (const auto& rule : engine::exclusion_rules())
    rules.push_back(rule);
  for (const auto& rule : engine::warning_rules())
    rules.push_back(rule);
  for (const auto& rule : rules) {
    CAPTURE(rule);
    if (rule == "exclude.price.over-budget") {
      CHECK(render::has_message(rule + ".month"));
      CHECK(render::has_message(rule + ".once"));
    } else {
      CHECK(render::has_message(rule));
    }
  }
  CHECK(render::has_message("exclude.status.discontinued.replaced"));
  CHECK(render::has_message("exclude.status.offline.replaced"));
  CHECK(render::has_message("install.no.phone"));
  CHECK(render::has_message("people.within-limit.group"));
  CHECK(render::has_message("people.weak-limit.group"));
  CHECK(render::has_message("warn.people.weak-limit.group"));
}

TEST_CASE("render::message uses the same placeholders in German and English") {
  for (const auto& key : render::message_keys()) {
    CAPTURE(key);
    // Render with only the placeholders of the English text: German must not need others.
    render::MessageArgs args;
    const auto en = raw(key, Language::en);
    static const std::regex k_marked(R"(<([a-z_]+)>)");
    for (std::sregex_iterator it(en.begin(), en.end(), k_marked), end; it != end; ++it) {
      args.emplace(it->str(1), std::string(1, 'x'));
    }
    CHECK_NOTHROW(render::message(key, Language::de, args));
  }
}

TEST_CASE("render::output_messages is in key order, for the translator who reads it") {
  std::string previous;
  for (const auto& m : render::output_messages()) {
    CAPTURE(m.key);
    CHECK(previous < m.key);
    previous = m.key;
  }
}
