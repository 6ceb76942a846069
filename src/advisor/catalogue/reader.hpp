#pragma once
// Typed reading of the YAML tree: every accessor checks the node's shape and records a located
// diagnostic instead of throwing. Internal to the catalogue layer.

#include <advisor/catalogue/diagnostic_messages.hpp>
#include <advisor/catalogue/names.hpp>
#include <advisor/catalogue/yaml_document.hpp>
#include <advisor/core/date.hpp>
#include <advisor/core/diagnostic.hpp>
#include <advisor/core/language.hpp>
#include <advisor/core/suggest.hpp>

#include <fmt/format.h>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace advisor::catalogue {

// A source id as used somewhere in an entry (or in categories.yaml).
struct SourceUse {
  Str id; // a pointer: there are tens of thousands of uses in a large catalogue
  Location where;
};

class Reader {
public:
  Reader(Diagnostics& diagnostics, const Date& today)
      : m_diagnostics(diagnostics), m_today(today) {}

  // Records the message `key` of diagnostic_messages.cpp with `args` at `where`.
  void error(const Location& where, std::string key, MessageArgs args = {}) {
    m_diagnostics.add(make_diagnostic(Severity::error, where, std::move(key), std::move(args)));
  }
  void warning(const Location& where, std::string key, MessageArgs args = {}) {
    m_diagnostics.add(make_diagnostic(Severity::warning, where, std::move(key), std::move(args)));
  }
  const Date& today() const { return m_today; }

  // Each reader below returns nullopt after reporting "<what>: expected …, found …".

  // A non-empty scalar (or an empty one when `allow_empty`).
  std::optional<std::string> string(const yaml::Node& node, std::string_view what,
                                    bool allow_empty = false);
  // An integer of at least `minimum`.
  std::optional<int> integer(const yaml::Node& node, std::string_view what, int minimum);
  // A decimal number of at least 0 (a price).
  std::optional<double> amount(const yaml::Node& node, std::string_view what);
  // YYYY, YYYY-MM or YYYY-MM-DD, a possible date. A date after today is kept and counted for
  // report_future_dates().
  std::optional<Date> date(const yaml::Node& node, std::string_view what);
  // An http:// or https:// address of at most k_max_url_length bytes.
  std::optional<std::string> url(const yaml::Node& node, std::string_view what);
  // An id: [a-z0-9][a-z0-9-]*.
  std::optional<std::string> id(const yaml::Node& node, std::string_view what);
  // A source id (S0, S42, S16b).
  std::optional<std::string> source_id(const yaml::Node& node, std::string_view what);
  // A source id, recorded as used by the current entry (see take_source_uses).
  std::optional<std::string> source(const yaml::Node& node, std::string_view what);
  // {de: "…", en: "…"}, both non-empty.
  std::optional<Text> text(const yaml::Node& node, std::string_view what);
  // A list; nullptr (reported) otherwise.
  const std::vector<yaml::Node>* list(const yaml::Node& node, std::string_view what);
  // A list of texts.
  std::vector<Text> texts(const yaml::Node& node, std::string_view what);
  // One of the catalogue spellings of T (names.hpp), with "did you mean".
  template <class T> std::optional<T> name(const yaml::Node& node, std::string_view what) {
    auto word = string(node, what);
    if (!word) return std::nullopt;
    if (auto value = parse_name<T>(*word)) return value;
    unknown_value(node, what, *word, names_of<T>());
    return std::nullopt;
  }

  // Reports `<what>: unknown value "x" (did you mean "y"?)` or `(allowed: a, b, c)`.
  void unknown_value(const yaml::Node& node, std::string_view what, const std::string& value,
                     const std::vector<std::string>& allowed);
  // Reports `<what>: expected <expected>, found <what the node is>`; `expected_key` names a
  // "diag.shape.…" message, filled from `args`.
  void expected(const yaml::Node& node, std::string_view what, std::string expected_key,
                MessageArgs args = {});

  // Reports one warning for every date after today read so far (a wrong clock, not wrong data),
  // at the first one's place; then counts afresh.
  void report_future_dates();

  // Source ids used since the last call, with their places.
  std::vector<SourceUse> take_source_uses() { return std::exchange(m_uses, {}); }
  // Records every source id cited in `text` ("… (S45)") as used at `where`.
  void record_mentions(const std::string& text, const Location& where);

private:
  Diagnostics& m_diagnostics;
  Date m_today;
  std::vector<SourceUse> m_uses;
  int m_future_dates = 0;
  Location m_first_future_date;    // its place
  MessageArgs m_first_future_args; // its {what} and {value}
};

// The keys of one mapping, checked against the keys allowed there.
class Fields {
public:
  // Reports every key of `node` (a mapping) that is not in `allowed`, with "did you mean".
  Fields(Reader& reader, const yaml::Node& node, std::vector<std::string> allowed);

  // Returns the value of `key`, or nullptr after reporting `missing required key "key"` at the
  // mapping's place.
  const yaml::Node* required(std::string_view key) const;
  // Returns the value of `key`, or nullptr.
  const yaml::Node* optional(std::string_view key) const { return m_node.find(key); }
  // The place of the mapping.
  const Location& where() const { return m_node.where; }

private:
  Reader& m_reader;
  const yaml::Node& m_node;
};

// Reports `<what>: expected a mapping …` unless `node` is a mapping; returns whether it is.
// `expected_key` names the "diag.shape.…" message.
bool expect_mapping(Reader& reader, const yaml::Node& node, std::string_view what,
                    const std::string& expected_key = "diag.shape.mapping");

// Returns the mappings in the list `node`, reporting the list or items of another shape (the
// "diag.shape.…" message `shape_key`).
std::vector<const yaml::Node*> mappings(Reader& reader, const yaml::Node& node,
                                        std::string_view what, const std::string& shape_key);

} // namespace advisor::catalogue
