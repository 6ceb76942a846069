#include <advisor/catalogue/load.hpp>
#include <advisor/catalogue/reader.hpp>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <limits>

namespace advisor::catalogue {
namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_lower(char c) {
  return c >= 'a' && c <= 'z';
}

// YYYY, YYYY-MM or YYYY-MM-DD in shape, whether or not the date exists.
bool looks_like_date(std::string_view text) {
  static constexpr std::string_view k_shape = "dddd-dd-dd";
  if (text.size() != 4 && text.size() != 7 && text.size() != 10) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (k_shape[i] == 'd' ? !is_digit(text[i]) : text[i] != '-') return false;
  }
  return true;
}

// True when `later` is after `earlier` at the precision both share (2027 is after 2026-11-30;
// 2026-11 is not).
bool after(const Date& later, const Date& earlier) {
  if (later.year != earlier.year) return later.year > earlier.year;
  if (later.month == 0 || earlier.month == 0 || later.month != earlier.month) {
    return later.month != 0 && earlier.month != 0 && later.month > earlier.month;
  }
  return later.day != 0 && earlier.day != 0 && later.day > earlier.day;
}

std::string join(const std::vector<std::string>& words) {
  std::string result;
  for (const auto& word : words) {
    if (!result.empty()) result += ", ";
    result += word;
  }
  return result;
}

} // namespace

void Reader::expected(const yaml::Node& node, std::string_view what, std::string expected_key,
                      MessageArgs args) {
  args.merge(yaml::describe_args(node));
  args["what"] = std::string(what);
  args["expected_key"] = std::move(expected_key);
  // The file as a whole is named in the reader's language.
  error(node.where, what == "file" ? "diag.expected-file" : "diag.expected", std::move(args));
}

void Reader::unknown_value(const yaml::Node& node, std::string_view what, const std::string& value,
                           const std::vector<std::string>& allowed) {
  MessageArgs args = did_you_mean_args(value, allowed);
  if (args["hint_key"].empty())
    args = {{"hint_key", "diag.hint.allowed"}, {"allowed", join(allowed)}};
  args["what"] = std::string(what);
  args["value"] = value;
  error(node.where, "diag.unknown-value", std::move(args));
}

std::optional<std::string> Reader::string(const yaml::Node& node, std::string_view what,
                                          bool allow_empty) {
  if (node.kind != yaml::Kind::scalar) {
    expected(node, what, "diag.shape.text");
    return std::nullopt;
  }
  if (node.value.empty() && !allow_empty) {
    error(node.where, "diag.empty", {{"what", std::string(what)}});
    return std::nullopt;
  }
  return node.value;
}

std::optional<int> Reader::integer(const yaml::Node& node, std::string_view what, int minimum) {
  if (node.kind == yaml::Kind::scalar && !node.value.empty()) {
    const std::string& text = node.value;
    int value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec == std::errc() && end == text.data() + text.size() && value >= minimum) return value;
  }
  if (minimum == std::numeric_limits<int>::min()) {
    expected(node, what, "diag.shape.whole-number");
  } else {
    expected(node, what, "diag.shape.whole-number-min", {{"minimum", std::to_string(minimum)}});
  }
  return std::nullopt;
}

std::optional<double> Reader::amount(const yaml::Node& node, std::string_view what) {
  if (node.kind == yaml::Kind::scalar) {
    const std::string& text = node.value;
    double value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec == std::errc() && end == text.data() + text.size() && !text.empty() &&
        is_digit(text[0]) && value >= 0) {
      return value;
    }
  }
  expected(node, what, "diag.shape.amount");
  return std::nullopt;
}

std::optional<Date> Reader::date(const yaml::Node& node, std::string_view what) {
  if (node.kind == yaml::Kind::scalar && looks_like_date(node.value)) {
    auto parsed = parse_date(node.value);
    if (!parsed) {
      error(node.where, "diag.impossible-date",
            {{"what", std::string(what)}, {"value", node.value}});
      return std::nullopt;
    }
    // The data was written in the past: a date after today says the clock is wrong, and one
    // warning says so (report_future_dates) instead of refusing every entry.
    if (after(*parsed, m_today) && m_future_dates++ == 0) {
      m_first_future_date = node.where;
      m_first_future_args = {{"what", std::string(what)}, {"value", node.value}};
    }
    return parsed;
  }
  expected(node, what, "diag.shape.date");
  return std::nullopt;
}

std::optional<std::string> Reader::url(const yaml::Node& node, std::string_view what) {
  if (node.kind == yaml::Kind::scalar) {
    const std::string& text = node.value;
    const std::size_t scheme = text.starts_with("https://")  ? 8
                               : text.starts_with("http://") ? 7
                                                             : 0;
    const bool has_host = scheme > 0 && text.size() > scheme && text[scheme] != '/';
    if (has_host && text.find_first_of(" \t\r\n\"<>") == std::string::npos) {
      if (text.size() <= k_max_url_length) return text;
      error(node.where, "diag.url-too-long",
            {{"what", std::string(what)},
             {"length", std::to_string(text.size())},
             {"limit", std::to_string(k_max_url_length)}});
      return std::nullopt;
    }
  }
  expected(node, what, "diag.shape.url");
  return std::nullopt;
}

std::optional<std::string> Reader::id(const yaml::Node& node, std::string_view what) {
  if (node.kind == yaml::Kind::scalar && !node.value.empty()) {
    const std::string& text = node.value;
    bool valid = is_lower(text[0]) || is_digit(text[0]);
    for (char c : text) {
      valid = valid && (is_lower(c) || is_digit(c) || c == '-');
    }
    if (valid) return text;
  }
  expected(node, what, "diag.shape.id");
  return std::nullopt;
}

std::optional<std::string> Reader::source(const yaml::Node& node, std::string_view what) {
  auto id = source_id(node, what);
  if (id) m_uses.push_back({*id, node.where});
  return id;
}

std::optional<std::string> Reader::source_id(const yaml::Node& node, std::string_view what) {
  if (node.kind == yaml::Kind::scalar && node.value.size() >= 2 && node.value[0] == 'S' &&
      is_digit(node.value[1])) {
    const std::string& text = node.value;
    std::size_t i = 1;
    while (i < text.size() && is_digit(text[i])) {
      ++i;
    }
    while (i < text.size() && is_lower(text[i])) {
      ++i;
    }
    if (i == text.size()) return text;
  }
  expected(node, what, "diag.shape.source-id");
  return std::nullopt;
}

std::optional<Text> Reader::text(const yaml::Node& node, std::string_view what) {
  if (!expect_mapping(*this, node, what, "diag.shape.texts")) {
    return std::nullopt;
  }
  Fields fields(*this, node, {"de", "en"});
  Text result;
  bool complete = true;
  for (const auto* language : {"de", "en"}) {
    const yaml::Node* value = node.find(language);
    if (value == nullptr) {
      error(node.where, "diag.missing-text",
            {{"what", std::string(what)},
             {"language_key", fmt::format("diag.language.{}", language)},
             {"code", language}});
      complete = false;
      continue;
    }
    auto string_value = string(*value, fmt::format("{}.{}", what, language));
    if (!string_value) {
      complete = false;
      continue;
    }
    (language == std::string_view("de") ? result.de : result.en) = *string_value;
  }
  if (!complete) return std::nullopt;
  record_mentions(result.de, node.where);
  record_mentions(result.en, node.where);
  return result;
}

void Reader::report_future_dates() {
  if (m_future_dates == 0) return;
  MessageArgs args = m_first_future_args;
  args["today"] = format_date(m_today);
  args["more_key"] = m_future_dates == 1   ? ""
                     : m_future_dates == 2 ? "diag.future-date.one-more"
                                           : "diag.future-date.more";
  args["count"] = std::to_string(m_future_dates - 1);
  warning(m_first_future_date, "diag.future-date", std::move(args));
  m_future_dates = 0;
}

void Reader::record_mentions(const std::string& text, const Location& where) {
  // A text that cites a source ("… (S45)") uses it, like a statement's `source` does.
  for (std::size_t i = 0; i + 1 < text.size(); ++i) {
    const bool starts_word =
        i == 0 || !(std::isalnum(static_cast<unsigned char>(text[i - 1])) != 0);
    if (text[i] != 'S' || !starts_word || !is_digit(text[i + 1])) continue;
    std::size_t end = i + 1;
    while (end < text.size() && is_digit(text[end]))
      ++end;
    while (end < text.size() && is_lower(text[end]))
      ++end;
    if (end < text.size() && std::isalnum(static_cast<unsigned char>(text[end])) != 0) continue;
    m_uses.push_back({text.substr(i, end - i), where});
    i = end;
  }
}

const std::vector<yaml::Node>* Reader::list(const yaml::Node& node, std::string_view what) {
  if (node.kind == yaml::Kind::sequence) return &node.items;
  expected(node, what, "diag.shape.list");
  return nullptr;
}

std::vector<Text> Reader::texts(const yaml::Node& node, std::string_view what) {
  std::vector<Text> result;
  if (const auto* items = list(node, what)) {
    result.reserve(items->size());
    for (const auto& item : *items) {
      if (auto value = text(item, what)) result.push_back(std::move(*value));
    }
  }
  return result;
}

Fields::Fields(Reader& reader, const yaml::Node& node, std::vector<std::string> allowed)
    : m_reader(reader), m_node(node) {
  for (const auto& member : node.members) {
    if (std::find(allowed.begin(), allowed.end(), member.key) != allowed.end()) continue;
    MessageArgs args = did_you_mean_args(member.key, allowed);
    if (args["hint_key"].empty()) {
      args = {{"hint_key", "diag.hint.allowed-here"}, {"allowed", join(allowed)}};
    }
    args["key"] = member.key;
    reader.error(member.where, "diag.unknown-key", std::move(args));
  }
}

const yaml::Node* Fields::required(std::string_view key) const {
  const yaml::Node* value = m_node.find(key);
  if (value == nullptr) {
    m_reader.error(m_node.where, "diag.missing-key", {{"key", std::string(key)}});
  }
  return value;
}

bool expect_mapping(Reader& reader, const yaml::Node& node, std::string_view what,
                    const std::string& expected_key) {
  if (node.kind == yaml::Kind::mapping) return true;
  reader.expected(node, what, expected_key);
  return false;
}

std::vector<const yaml::Node*> mappings(Reader& reader, const yaml::Node& node,
                                        std::string_view what, const std::string& shape_key) {
  std::vector<const yaml::Node*> result;
  if (const auto* items = reader.list(node, what)) {
    for (const auto& item : *items) {
      if (expect_mapping(reader, item, what, shape_key)) result.push_back(&item);
    }
  }
  return result;
}

} // namespace advisor::catalogue
