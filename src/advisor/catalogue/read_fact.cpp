#include <advisor/catalogue/read_fact.hpp>

#include <algorithm>
#include <cctype>
#include <charconv>

namespace advisor::catalogue {
namespace {

// What some facts carry besides the value.
enum class Extra { none, price, status, agreement, ability };

template <class T>
using ParseValue = std::optional<T> (*)(Reader& reader, const yaml::Node& node,
                                        std::string_view what);

constexpr std::string_view k_fact_shape = "diag.shape.fact";

bool is_unknown(const yaml::Node& node) {
  return node.kind == yaml::Kind::scalar && node.value == "unknown";
}

std::vector<std::string> statement_keys(Extra extra) {
  std::vector<std::string> keys{"value", "source", "date", "confidence", "note", "supersedes"};
  if (extra == Extra::price) keys.insert(keys.end(), {"amount_eur", "period", "private_use_only"});
  if (extra == Extra::status) keys.emplace_back("replaced_by");
  if (extra == Extra::agreement) keys.emplace_back("with_free_plan");
  if (extra == Extra::ability) keys.emplace_back("by_operator");
  return keys;
}

// Reads an optional `key: true`; false when absent or broken (reported).
bool read_flag(Reader& reader, const Fields& fields, std::string_view key) {
  const auto* node = fields.optional(key);
  if (node == nullptr) return false;
  if (node->kind == yaml::Kind::scalar && (node->value == "true" || node->value == "false")) {
    return node->value == "true";
  }
  reader.expected(*node, key, "diag.shape.true-false");
  return false;
}

void read_extra(Reader& reader, const Fields& fields, Extra extra, auto& statement) {
  if (extra == Extra::price) {
    if (const auto* amount = fields.optional("amount_eur")) {
      statement.amount_eur = reader.amount(*amount, "amount_eur");
    }
    if (const auto* period = fields.optional("period")) {
      auto word = reader.string(*period, "period");
      if (word && *word != "month" && *word != "once") {
        reader.unknown_value(*period, "period", *word, {"month", "once"});
      }
      statement.per_month = word && *word == "month";
    }
  }
  if (extra == Extra::status) {
    if (const auto* replaced = fields.optional("replaced_by")) {
      if (auto name = reader.string(*replaced, "replaced_by", true)) statement.replaced_by = *name;
    }
  }
  if (extra == Extra::price)
    statement.private_use_only = read_flag(reader, fields, "private_use_only");
  if (extra == Extra::agreement) {
    statement.with_free_plan = read_flag(reader, fields, "with_free_plan");
  }
  if (extra == Extra::ability) statement.by_operator = read_flag(reader, fields, "by_operator");
  statement.supersedes = read_flag(reader, fields, "supersedes");
}

// Reads one statement mapping; nullopt when it is broken (already reported).
template <class T>
std::optional<Statement<T>> read_statement(Reader& reader, const yaml::Node& node,
                                           const std::string& key, ParseValue<T> parse,
                                           Extra extra) {
  if (!expect_mapping(reader, node, key, "diag.shape.statement")) {
    return std::nullopt;
  }
  const yaml::Node* value_node = node.find("value");
  if (value_node != nullptr && is_unknown(*value_node)) {
    reader.error(value_node->where, "diag.history.unknown", {{"what", key}});
    return std::nullopt;
  }
  Fields fields(reader, node, statement_keys(extra));
  Statement<T> statement;
  bool complete = read_provenance(reader, fields, statement.provenance, true);
  if (const auto* value = fields.required("value")) {
    if (auto parsed = parse(reader, *value, key)) {
      statement.value = std::move(*parsed);
    } else {
      complete = false;
    }
  } else {
    complete = false;
  }
  read_extra(reader, fields, extra, statement);
  if (!complete) return std::nullopt;
  return statement;
}

template <class T>
Fact<T> read_fact(Reader& reader, const yaml::Node& node, const std::string& key,
                  ParseValue<T> parse, Extra extra = Extra::none) {
  Fact<T> fact;
  fact.where = node.where;
  if (is_unknown(node)) return fact;
  if (node.kind == yaml::Kind::mapping) {
    const yaml::Node* value = node.find("value");
    if (value != nullptr && is_unknown(*value)) {
      Fields fields(reader, node, {"value", "note"});
      if (const auto* note = fields.optional("note")) {
        if (auto text = reader.text(*note, "note")) fact.unknown_note = *text;
      }
      return fact;
    }
    if (auto statement = read_statement(reader, node, key, parse, extra)) {
      fact.history.push_back(std::move(*statement));
    }
    return fact;
  }
  if (node.kind == yaml::Kind::sequence) {
    if (node.items.empty()) {
      reader.error(node.where, "diag.history.empty", {{"what", key}});
    }
    fact.history.reserve(node.items.size());
    for (const auto& item : node.items) {
      if (auto statement = read_statement(reader, item, key, parse, extra)) {
        fact.history.push_back(std::move(*statement));
      }
    }
    return fact;
  }
  reader.expected(node, key, std::string(k_fact_shape));
  return fact;
}

template <class T>
std::optional<T> parse_enum(Reader& reader, const yaml::Node& node, std::string_view what) {
  return reader.name<T>(node, what);
}

std::optional<Limit> parse_limit(Reader& reader, const yaml::Node& node, std::string_view what) {
  if (node.kind == yaml::Kind::scalar && node.value == "none") return Limit{true, 0};
  if (node.kind == yaml::Kind::scalar) {
    int count = 0;
    const std::string& text = node.value;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), count);
    if (!text.empty() && ec == std::errc() && end == text.data() + text.size() && count >= 1) {
      return Limit{false, count};
    }
  }
  reader.expected(node, what, "diag.shape.limit");
  return std::nullopt;
}

std::optional<int> parse_count(Reader& reader, const yaml::Node& node, std::string_view what) {
  return reader.integer(node, what, 1);
}

std::optional<std::vector<Str>> parse_languages(Reader& reader, const yaml::Node& node,
                                                std::string_view what) {
  const auto* items = reader.list(node, what);
  if (items == nullptr) return std::nullopt;
  std::vector<Str> codes;
  bool valid = !items->empty();
  if (items->empty()) reader.expected(node, what, "diag.shape.language-codes");
  for (const auto& item : *items) {
    const bool code = item.kind == yaml::Kind::scalar && item.value.size() == 2 &&
                      std::islower(static_cast<unsigned char>(item.value[0])) != 0 &&
                      std::islower(static_cast<unsigned char>(item.value[1])) != 0;
    if (!code) {
      reader.expected(item, what, "diag.shape.language-code");
      valid = false;
      continue;
    }
    codes.push_back(item.value);
  }
  if (!valid) return std::nullopt;
  return codes;
}

std::optional<std::vector<Channel>> parse_channels(Reader& reader, const yaml::Node& node,
                                                   std::string_view what) {
  const auto* items = reader.list(node, what);
  if (items == nullptr) return std::nullopt;
  if (items->empty()) {
    reader.expected(node, what, "diag.shape.channels");
    return std::nullopt;
  }
  std::vector<Channel> channels;
  for (const auto& item : *items) {
    auto channel = reader.name<Channel>(item, what);
    if (!channel) return std::nullopt;
    channels.push_back(*channel);
  }
  return channels;
}

std::optional<Str> parse_text(Reader& reader, const yaml::Node& node, std::string_view what) {
  auto text = reader.string(node, what);
  if (!text) return std::nullopt;
  return Str(*text);
}

std::optional<Str> parse_country(Reader& reader, const yaml::Node& node, std::string_view what) {
  const bool code = node.kind == yaml::Kind::scalar && node.value.size() == 2 &&
                    std::isupper(static_cast<unsigned char>(node.value[0])) != 0 &&
                    std::isupper(static_cast<unsigned char>(node.value[1])) != 0;
  if (code) return node.value;
  reader.expected(node, what, "diag.shape.country");
  return std::nullopt;
}

void read_browsers(Reader& reader, const yaml::Node& node, Facts& facts, bool complete) {
  if (!expect_mapping(reader, node, "browsers", "diag.shape.browsers")) {
    return;
  }
  Fields fields(reader, node, names_of<Browser>());
  for (const Browser browser : values_of<Browser>()) {
    const std::string key(name_of(browser));
    const yaml::Node* value = complete ? fields.required(key) : fields.optional(key);
    if (value != nullptr) {
      facts.browsers[browser] =
          read_fact<Support>(reader, *value, "browsers." + key, parse_enum<Support>);
    }
  }
}

} // namespace

const std::vector<std::string>& fact_keys() {
  static const std::vector<std::string> keys{"max_participants",
                                             "seen_working",
                                             "browsers",
                                             "languages",
                                             "price",
                                             "install",
                                             "participant_account",
                                             "organiser_account",
                                             "phone_number",
                                             "screen_sharing",
                                             "chat",
                                             "dial_in",
                                             "e2ee",
                                             "open_source",
                                             "operator",
                                             "country",
                                             "tracking",
                                             "processing_agreement",
                                             "max_group",
                                             "joins_by",
                                             "smartphone"};
  return keys;
}

const std::vector<std::string>& optional_fact_keys() {
  static const std::vector<std::string> keys{"max_group", "joins_by", "smartphone"};
  return keys;
}

void read_facts(Reader& reader, const yaml::Node& node, Facts& facts, bool complete) {
  if (!expect_mapping(reader, node, "facts")) return;
  const Fields fields(reader, node, fact_keys());
  const auto& optional_keys = optional_fact_keys();
  const auto each = [&](const std::string& key, auto& fact, auto parse, Extra extra) {
    const bool optional =
        std::find(optional_keys.begin(), optional_keys.end(), key) != optional_keys.end();
    const yaml::Node* value = complete && !optional ? fields.required(key) : fields.optional(key);
    if (value != nullptr) fact = read_fact(reader, *value, key, parse, extra);
  };
  each("max_participants", facts.max_participants, parse_limit, Extra::none);
  each("seen_working", facts.seen_working, parse_count, Extra::none);
  if (const yaml::Node* browsers =
          complete ? fields.required("browsers") : fields.optional("browsers")) {
    read_browsers(reader, *browsers, facts, complete);
  }
  each("languages", facts.languages, parse_languages, Extra::none);
  each("price", facts.price, parse_enum<Price>, Extra::price);
  each("install", facts.install, parse_enum<Install>, Extra::none);
  each("participant_account", facts.participant_account, parse_enum<YesNo>, Extra::none);
  each("organiser_account", facts.organiser_account, parse_enum<YesNo>, Extra::none);
  each("phone_number", facts.phone_number, parse_enum<YesNo>, Extra::none);
  each("screen_sharing", facts.screen_sharing, parse_enum<YesNo>, Extra::ability);
  each("chat", facts.chat, parse_enum<YesNo>, Extra::ability);
  each("dial_in", facts.dial_in, parse_enum<YesNo>, Extra::ability);
  each("e2ee", facts.e2ee, parse_enum<Encryption>, Extra::none);
  each("open_source", facts.open_source, parse_enum<OpenSource>, Extra::none);
  each("operator", facts.operator_name, parse_text, Extra::none);
  each("country", facts.country, parse_country, Extra::none);
  each("tracking", facts.tracking, parse_enum<Tracking>, Extra::none);
  each("processing_agreement", facts.processing_agreement, parse_enum<YesNo>, Extra::agreement);
  each("max_group", facts.max_group, parse_limit, Extra::none);
  each("joins_by", facts.joins_by, parse_channels, Extra::none);
  each("smartphone", facts.smartphone, parse_enum<Support>, Extra::none);
}

Fact<Verdict> read_verdict(Reader& reader, const yaml::Node& node) {
  return read_fact<Verdict>(reader, node, "verdict", parse_enum<Verdict>);
}

Fact<Status> read_status(Reader& reader, const yaml::Node& node) {
  return read_fact<Status>(reader, node, "status", parse_enum<Status>, Extra::status);
}

bool read_provenance(Reader& reader, const Fields& fields, Provenance& provenance, bool with_date) {
  bool complete = true;
  provenance.where = fields.where();
  if (const auto* source = fields.required("source")) {
    if (auto id = reader.source(*source, "source")) {
      provenance.source = *id;
    } else {
      complete = false;
    }
  } else {
    complete = false;
  }
  if (const auto* confidence = fields.required("confidence")) {
    if (auto value = reader.name<Confidence>(*confidence, "confidence")) {
      provenance.confidence = *value;
    } else {
      complete = false;
    }
  } else {
    complete = false;
  }
  if (const auto* note = fields.optional("note")) {
    if (auto text = reader.text(*note, "note")) provenance.note = *text;
  }
  if (with_date) {
    if (const auto* date = fields.optional("date")) provenance.date = reader.date(*date, "date");
  }
  return complete;
}

} // namespace advisor::catalogue
