#include <advisor/catalogue/names.hpp>
#include <advisor/render/code_names.hpp>
#include <advisor/render/date_text.hpp>
#include <advisor/render/messages.hpp>
#include <advisor/render/reason_text.hpp>
#include <advisor/render/vocabulary.hpp>

#include <algorithm>
#include <array>
#include <fmt/format.h>

namespace advisor::render {
namespace {

using namespace advisor::catalogue;

template <class T> std::string enum_label(std::string_view value, Language language) {
  if (auto parsed = parse_name<T>(value)) return label(*parsed).in(language);
  return std::string(value);
}

std::string languages_label(std::string_view list, Language language) {
  std::string result;
  std::size_t start = 0;
  while (start <= list.size()) {
    const auto comma = std::min(list.find(',', start), list.size());
    if (!result.empty()) result += ", ";
    result += language_name(list.substr(start, comma - start), language);
    start = comma + 1;
  }
  return result;
}

std::string channels_label(std::string_view list, Language language) {
  std::string result;
  std::size_t start = 0;
  while (start <= list.size()) {
    const auto comma = std::min(list.find(',', start), list.size());
    if (!result.empty()) result += ", ";
    result += enum_label<Channel>(list.substr(start, comma - start), language);
    start = comma + 1;
  }
  return result;
}

std::string source_label(const std::string& id, Language language) {
  return id == "S0" ? message("out.seed", language) : id;
}

std::string date_label(const std::optional<Date>& date, Language language) {
  return date ? date_in_words(*date).in(language).str() : message("out.undated", language);
}

// Who judged: the assessor, or the publisher of the verdict's source.
std::string assessor_name(const catalogue::Assessor& assessor, Language language, bool brief) {
  if (brief && !assessor.short_name.in(language).empty()) return assessor.short_name.in(language);
  return assessor.name.in(language);
}

std::string judge_name(const engine::Evidence& evidence, const Catalogue& catalogue,
                       Language language, bool brief) {
  if (!evidence.by.empty()) {
    if (const auto* assessor = catalogue.find_assessor(evidence.by)) {
      return assessor_name(*assessor, language, brief);
    }
    return evidence.by;
  }
  if (const auto* source = catalogue.find_source(evidence.source)) {
    if (!source->publisher.empty()) return source->publisher;
  }
  return evidence.source;
}

// A judgment's value: a verdict in words, or a traffic light and what it counts as.
std::string judgment_value(const engine::Evidence& evidence, Language language) {
  if (auto rating = parse_name<Rating>(evidence.value)) {
    return message("judgment.rating", language,
                   {{"rating", label(*rating).in(language)},
                    {"verdict", label(verdict_of(*rating)).in(language)}});
  }
  return enum_label<Verdict>(evidence.value, language);
}

// "Berlin commissioner (18 February 2021): green, counts as recommended".
std::string judgment_in_words(const engine::Evidence& evidence, const Catalogue& catalogue,
                              Language language, bool brief) {
  return fmt::format("{} ({}): {}", judge_name(evidence, catalogue, language, brief),
                     date_label(evidence.date, language), judgment_value(evidence, language));
}

void add_judgment(MessageArgs& args, const engine::Reason& reason, const Catalogue& catalogue,
                  Language language, bool brief) {
  const auto& decisive = reason.facts.front().current;
  args["judge"] = judge_name(decisive, catalogue, language, brief);
  args["date"] = brief && decisive.date ? std::to_string(decisive.date->year)
                                        : date_label(decisive.date, language);
  args["value"] = judgment_value(decisive, language);
  std::vector<std::string> before;
  for (std::size_t i = 1; i < reason.facts.size(); ++i) {
    before.push_back(judgment_in_words(reason.facts[i].current, catalogue, language, brief));
  }
  args["history"] = before.empty()
                        ? std::string()
                        : message("judgment.history", language,
                                  {{"judgments", fmt::format("{}", fmt::join(before, "; "))}});
}

// The reason's values as the sentence shows them.
MessageArgs arguments(const engine::Reason& reason, const Entry& entry, const Catalogue& catalogue,
                      Language language, bool brief) {
  MessageArgs args = reason.values;
  args["name"] = entry.name;
  if (!reason.facts.empty()) {
    const auto& fact = reason.facts.front();
    args["value"] = value_label(fact.key, fact.current.value, language);
  }
  if (auto it = args.find("date"); it != args.end()) {
    if (auto date = parse_date(it->second)) {
      it->second = brief ? std::to_string(date->year) : date_in_words(*date).in(language).str();
    }
  }
  if (auto it = args.find("months"); it != args.end()) {
    args["age"] = age_in_words(std::stoi(it->second)).in(language);
  }
  if (!reason.facts.empty() && reason.facts.front().key == "judgment") {
    if (reason.rule.starts_with("verdict.")) {
      add_judgment(args, reason, catalogue, language, brief);
    } else {
      args["value"] = judgment_value(reason.facts.front().current, language);
    }
  }
  if (auto it = args.find("browser"); it != args.end()) {
    it->second = enum_label<Browser>(it->second, language);
  }
  if (auto it = args.find("language"); it != args.end()) {
    it->second = language_name(it->second, language);
  }
  if (auto it = args.find("languages"); it != args.end()) {
    it->second = languages_label(it->second, language);
  }
  if (auto it = args.find("country"); it != args.end()) {
    it->second = country_name(it->second, language);
  }
  if (auto it = args.find("assessor"); it != args.end()) {
    if (const auto* assessor = catalogue.find_assessor(it->second)) {
      it->second = assessor_name(*assessor, language, brief);
    }
  }
  if (auto it = args.find("replaced_by"); it != args.end()) {
    if (const auto* successor = catalogue.find(it->second)) it->second = successor->name;
  }
  return args;
}

std::string message_key(const engine::Reason& reason) {
  if (reason.rule == "install.no" && reason.values.count("channel") > 0) {
    return reason.rule + "." + reason.values.at("channel");
  }
  // A messenger group's members, not a meeting's participants.
  if ((reason.rule == "people.within-limit" || reason.rule == "people.weak-limit" ||
       reason.rule == "warn.people.weak-limit") &&
      !reason.facts.empty() && reason.facts.front().key == "max_group") {
    return reason.rule + ".group";
  }
  if (reason.rule == "exclude.status.discontinued" || reason.rule == "exclude.status.offline") {
    auto it = reason.values.find("replaced_by");
    if (it != reason.values.end() && !it->second.empty()) return reason.rule + ".replaced";
  }
  if (reason.rule == "exclude.price.over-budget") {
    auto it = reason.values.find("period");
    return reason.rule + "." + (it != reason.values.end() ? it->second : std::string("month"));
  }
  return reason.rule;
}

// "S22" < "S3" must not hold: compare the number, then the suffix ("S16" < "S16b").
bool source_before(const std::string& a, const std::string& b) {
  auto number = [](const std::string& id) {
    std::size_t i = 1;
    int value = 0;
    while (i < id.size() && id[i] >= '0' && id[i] <= '9')
      value = value * 10 + (id[i++] - '0');
    return std::pair<int, std::string>(value, id.substr(i));
  };
  return number(a) < number(b);
}

} // namespace

std::string language_name(std::string_view code, Language language) {
  return language_name(code).in(language).str();
}

std::string country_name(std::string_view code, Language language) {
  return country_name(code).in(language).str();
}

std::string value_label(std::string_view key, std::string_view value, Language language) {
  if (value == "unknown") return unknown_label().in(language);
  if (key == "verdict") return enum_label<Verdict>(value, language);
  if (key == "status") return enum_label<Status>(value, language);
  if (key == "assessment") return enum_label<Rating>(value, language);
  if (key == "judgment") {
    if (parse_name<Rating>(value)) return enum_label<Rating>(value, language);
    return enum_label<Verdict>(value, language);
  }
  if (key == "smartphone") return enum_label<Support>(value, language);
  if (key == "joins_by") return channels_label(value, language);
  if (key.starts_with("browsers.")) return enum_label<Support>(value, language);
  if (key == "price") return enum_label<Price>(value, language);
  if (key == "install") return enum_label<Install>(value, language);
  if (key == "e2ee") return enum_label<Encryption>(value, language);
  if (key == "open_source") return enum_label<OpenSource>(value, language);
  if (key == "tracking") return enum_label<Tracking>(value, language);
  if (key == "languages") return languages_label(value, language);
  if (key == "country") return country_name(value, language);
  if ((key == "max_participants" || key == "max_group") && value == "none") {
    return message("out.no-limit", language);
  }
  if (key == "participant_account" || key == "organiser_account" || key == "phone_number" ||
      key == "screen_sharing" || key == "chat" || key == "dial_in" ||
      key == "processing_agreement") {
    return enum_label<YesNo>(value, language);
  }
  return std::string(value);
}

std::string judgment_words(const engine::Evidence& evidence, const Catalogue& catalogue,
                           Language language, bool brief) {
  return judgment_in_words(evidence, catalogue, language, brief);
}

std::string reason_text(const engine::Reason& reason, const Entry& entry,
                        const Catalogue& catalogue, Language language, Brevity brevity) {
  const bool brief = brevity == Brevity::brief;
  // A rule may have a shorter wording for the short view ("<key>.brief").
  const std::string key = message_key(reason);
  const std::string brief_key = key + ".brief";
  std::string text = message(brief && has_message(brief_key) ? brief_key : key, language,
                             arguments(reason, entry, catalogue, language, brief));
  if (brief) return text;
  for (const auto& fact : reason.facts) {
    if (!fact.previous) continue;
    text += " (" +
            message("change", language,
                    {{"before_source", source_label(fact.previous->source, language)},
                     {"before_date", date_label(fact.previous->date, language)},
                     {"before", value_label(fact.key, fact.previous->value, language)},
                     {"after_source", source_label(fact.current.source, language)},
                     {"after_date", fact.current.date
                                        ? " (" + date_label(fact.current.date, language) + ")"
                                        : " (" + message("out.undated-newer", language) + ")"},
                     {"after", value_label(fact.key, fact.current.value, language)}}) +
            ")";
  }
  return text;
}

std::string citation(const engine::Reason& reason) {
  std::vector<std::string> parts;
  for (const auto& fact : reason.facts) {
    if (!fact.known || fact.current.source.empty()) continue;
    std::string part = fact.current.source;
    // The date is left out when the sentence already says it (assessments).
    auto said = reason.values.find("date");
    if (fact.current.date &&
        (said == reason.values.end() || said->second != format_date(*fact.current.date))) {
      part += ", " + format_date(*fact.current.date);
    }
    if (std::find(parts.begin(), parts.end(), part) == parts.end()) parts.push_back(part);
  }
  return fmt::format("{}", fmt::join(parts, "; "));
}

void collect_sources(const engine::Reason& reason, std::vector<std::string>& ids) {
  for (const auto& fact : reason.facts) {
    for (const auto* evidence : {&fact.current, fact.previous ? &*fact.previous : nullptr}) {
      if (evidence == nullptr || evidence->source.empty()) continue;
      if (std::find(ids.begin(), ids.end(), evidence->source) == ids.end()) {
        ids.push_back(evidence->source);
      }
    }
  }
  std::sort(ids.begin(), ids.end(), source_before);
}

} // namespace advisor::render
