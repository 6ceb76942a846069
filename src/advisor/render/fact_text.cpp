#include <advisor/catalogue/names.hpp>
#include <advisor/render/code_names.hpp>
#include <advisor/render/fact_text.hpp>
#include <advisor/render/messages.hpp>
#include <advisor/render/vocabulary.hpp>

#include <fmt/format.h>

namespace advisor::render {

using namespace advisor::catalogue;

namespace {

// The name of a fact key, including the keys outside `Facts` and one browser of "browsers".
Text name_of_key(std::string_view key) {
  if (key == "verdict") return message_text("out.fact.name.verdict");
  if (key == "status") return message_text("out.fact.name.status");
  if (key.starts_with("browsers.")) {
    if (auto browser = parse_name<Browser>(key.substr(9))) {
      return message_text("out.fact.name.browser", {{"browser", label(*browser)}});
    }
  }
  return fact_name(key);
}

Text same_in_both(std::string text) {
  return {text, text};
}

// Builds a view from a typed fact; `words` and `raw` turn one statement into its two spellings.
template <class T, class Words, class Raw>
FactView describe_with(std::string key, const Fact<T>& fact, Words words, Raw raw) {
  FactView view;
  view.name = name_of_key(key);
  view.key = std::move(key);
  view.unknown_note = fact.unknown_note;
  view.where = fact.where;
  for (const auto& statement : fact.history) {
    view.history.push_back({words(statement), raw(statement), statement.provenance,
                            statement.amount_eur, statement.per_month, statement.replaced_by});
  }
  return view;
}

// Enum facts: words from vocabulary.hpp, raw value from names.hpp.
template <class T> FactView describe_enum(std::string key, const Fact<T>& fact) {
  return describe_with(
      std::move(key), fact, [](const Statement<T>& s) { return label(s.value); },
      [](const Statement<T>& s) { return RawValue(std::string(name_of(s.value))); });
}

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string result;
  for (const auto& part : parts) {
    if (!result.empty()) result += separator;
    result += part;
  }
  return result;
}

// The message `key` for `count` things: `key` + ".one" when there is one.
Text counted(const std::string& key, const std::string& placeholder, int count, TextArgs args) {
  args[placeholder] = untranslated(std::to_string(count));
  return message_text(counted_key(key, count), args);
}

// The whole euros and the cents of `amount`, for the placeholders of "out.euros".
MessageArgs euro_parts(double amount) {
  const std::string number = fmt::format("{:.2f}", amount);
  const auto point = number.find('.');
  return {{"whole", number.substr(0, point)}, {"cents", number.substr(point + 1)}};
}

// `amount` as each language writes a price.
Text euros(double amount) {
  TextArgs args;
  for (const auto& [name, value] : euro_parts(amount))
    args.emplace(name, untranslated(value));
  return message_text("out.euros", args);
}

} // namespace

bool FactView::changed() const {
  for (const auto& statement : history) {
    if (statement.words.en != current().words.en || statement.words.de != current().words.de) {
      return true;
    }
  }
  return false;
}

FactView describe(std::string key, const Fact<Limit>& fact) {
  return describe_with(
      std::move(key), fact,
      [](const Statement<Limit>& s) {
        return s.value.unlimited ? message_text("out.fact.limit.none")
                                 : same_in_both(std::to_string(s.value.count));
      },
      [](const Statement<Limit>& s) {
        return s.value.unlimited ? RawValue(std::string("none")) : RawValue(s.value.count);
      });
}

FactView describe(std::string key, const Fact<int>& fact) {
  return describe_with(
      std::move(key), fact,
      [](const Statement<int>& s) { return same_in_both(std::to_string(s.value)); },
      [](const Statement<int>& s) { return RawValue(s.value); });
}

FactView describe(std::string key, const Fact<std::vector<Str>>& fact) {
  return describe_with(
      std::move(key), fact,
      [](const Statement<std::vector<Str>>& s) {
        std::vector<std::string> de;
        std::vector<std::string> en;
        for (const auto& code : s.value) {
          const Text name = language_name(code);
          de.push_back(name.de.str());
          en.push_back(name.en.str());
        }
        return Text{join(de, ", "), join(en, ", ")};
      },
      [](const Statement<std::vector<Str>>& s) {
        return RawValue(std::vector<std::string>(s.value.begin(), s.value.end()));
      });
}

FactView describe(std::string key, const Fact<Str>& fact) {
  const bool country = key == "country";
  return describe_with(
      std::move(key), fact,
      [country](const Statement<Str>& s) {
        return country ? country_name(s.value) : same_in_both(s.value);
      },
      [](const Statement<Str>& s) { return RawValue(s.value.str()); });
}

FactView describe(std::string key, const Fact<Support>& fact) {
  return describe_enum(std::move(key), fact);
}
FactView describe(std::string key, const Fact<YesNo>& fact) {
  return describe_with(
      std::move(key), fact,
      [](const Statement<YesNo>& s) {
        Text words = label(s.value);
        if (s.by_operator) words = message_text("out.fact.yes-no.by-operator", {{"value", words}});
        if (s.with_free_plan) words = message_text("out.fact.yes-no.free-plan", {{"value", words}});
        return words;
      },
      [](const Statement<YesNo>& s) { return RawValue(std::string(name_of(s.value))); });
}

FactView describe(std::string key, const Fact<std::vector<Channel>>& fact) {
  return describe_with(
      std::move(key), fact,
      [](const Statement<std::vector<Channel>>& s) {
        std::vector<std::string> de;
        std::vector<std::string> en;
        for (const auto channel : s.value) {
          de.push_back(label(channel).de);
          en.push_back(label(channel).en);
        }
        return Text{join(de, ", "), join(en, ", ")};
      },
      [](const Statement<std::vector<Channel>>& s) {
        std::vector<std::string> names;
        for (const auto channel : s.value)
          names.emplace_back(name_of(channel));
        return RawValue(names);
      });
}
FactView describe(std::string key, const Fact<Install>& fact) {
  return describe_enum(std::move(key), fact);
}
FactView describe(std::string key, const Fact<Encryption>& fact) {
  return describe_enum(std::move(key), fact);
}
FactView describe(std::string key, const Fact<OpenSource>& fact) {
  return describe_enum(std::move(key), fact);
}
FactView describe(std::string key, const Fact<Tracking>& fact) {
  return describe_enum(std::move(key), fact);
}
FactView describe(std::string key, const Fact<Verdict>& fact) {
  return describe_enum(std::move(key), fact);
}

FactView describe(std::string key, const Fact<Price>& fact) {
  return describe_with(
      std::move(key), fact,
      [](const Statement<Price>& s) {
        Text words = label(s.value);
        if (s.amount_eur) {
          words =
              message_text(s.per_month ? "out.fact.price.amount.month" : "out.fact.price.amount",
                           {{"value", words}, {"amount", euros(*s.amount_eur)}});
        }
        if (s.private_use_only) words = message_text("out.fact.price.private", {{"value", words}});
        return words;
      },
      [](const Statement<Price>& s) { return RawValue(std::string(name_of(s.value))); });
}

FactView describe(std::string key, const Fact<Status>& fact) {
  return describe_with(
      std::move(key), fact,
      [](const Statement<Status>& s) {
        Text words = label(s.value);
        if (!s.replaced_by.empty()) {
          words = message_text("out.fact.status.replaced",
                               {{"value", words}, {"id", untranslated(s.replaced_by)}});
        }
        return words;
      },
      [](const Statement<Status>& s) { return RawValue(std::string(name_of(s.value))); });
}

std::vector<FactView> describe_facts(const Facts& facts) {
  std::vector<FactView> views;
  views.push_back(describe("max_participants", facts.max_participants));
  views.push_back(describe("max_group", facts.max_group));
  views.push_back(describe("seen_working", facts.seen_working));
  for (Browser browser : values_of<Browser>()) {
    const std::string key = "browsers." + std::string(name_of(browser));
    auto it = facts.browsers.find(browser);
    views.push_back(it == facts.browsers.end() ? describe(key, Fact<Support>{})
                                               : describe(key, it->second));
  }
  views.push_back(describe("languages", facts.languages));
  views.push_back(describe("price", facts.price));
  views.push_back(describe("install", facts.install));
  views.push_back(describe("joins_by", facts.joins_by));
  views.push_back(describe("smartphone", facts.smartphone));
  views.push_back(describe("participant_account", facts.participant_account));
  views.push_back(describe("organiser_account", facts.organiser_account));
  views.push_back(describe("phone_number", facts.phone_number));
  views.push_back(describe("screen_sharing", facts.screen_sharing));
  views.push_back(describe("chat", facts.chat));
  views.push_back(describe("dial_in", facts.dial_in));
  views.push_back(describe("e2ee", facts.e2ee));
  views.push_back(describe("open_source", facts.open_source));
  views.push_back(describe("operator", facts.operator_name));
  views.push_back(describe("country", facts.country));
  views.push_back(describe("tracking", facts.tracking));
  views.push_back(describe("processing_agreement", facts.processing_agreement));
  return views;
}

const FactView* find_fact(const std::vector<FactView>& facts, std::string_view key) {
  for (const auto& fact : facts) {
    if (fact.key == key) return &fact;
  }
  return nullptr;
}

std::string format_date_or_unknown(const std::optional<Date>& date, Language language) {
  if (date) return format_date(*date);
  return message("out.fact.date-unknown", language);
}

std::string format_provenance(const Provenance& provenance, Language language) {
  return message("out.fact.provenance", language,
                 {{"source", provenance.source},
                  {"date", format_date_or_unknown(provenance.date, language)},
                  {"confidence", label(provenance.confidence).in(language)}});
}

std::string format_statement(const StatementView& statement, Language language) {
  return fmt::format("{} ({})", statement.words.in(language),
                     format_provenance(statement.provenance, language));
}

std::string format_current(const FactView& fact, Language language) {
  if (!fact.known()) return unknown_label().in(language);
  return format_statement(fact.current(), language);
}

std::string format_history(const FactView& fact, Language language) {
  if (fact.history.size() < 2 || !fact.changed()) return {};
  std::vector<std::string> steps;
  for (std::size_t i = 0; i + 1 < fact.history.size(); ++i) {
    const auto& statement = fact.history[i];
    const std::string when = statement.provenance.date ? format_date(*statement.provenance.date)
                                                       : message("out.undated", language);
    steps.push_back(fmt::format("{} ({}): {}", when, statement.provenance.source,
                                statement.words.in(language)));
  }
  const auto& now = fact.current();
  steps.push_back(message("out.fact.history.now", language,
                          {{"source", now.provenance.source},
                           {"date", format_date_or_unknown(now.provenance.date, language)},
                           {"value", now.words.in(language)}}));
  return join(steps, " → ");
}

Text describe_condition(const Condition& condition) {
  switch (condition.kind) {
  case ConditionKind::free_tier_minutes:
    return counted("out.condition.free-tier-minutes", "minutes", condition.minutes, {});
  case ConditionKind::browser_degrades_above:
    return counted("out.condition.browser-degrades-above", "people", condition.people,
                   {{"browser", label(condition.browser)}});
  case ConditionKind::room_expires_days:
    return counted("out.condition.room-expires-days", "days", condition.days, {});
  }
  return {};
}

std::string format_euros(double amount, Language language) {
  return message("out.euros", language, euro_parts(amount));
}

} // namespace advisor::render
