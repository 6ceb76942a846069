// Reading config.yaml with the catalogue's YAML tree and typed reader.
#include <advisor/catalogue/config.hpp>
#include <advisor/catalogue/reader.hpp>

#include <charconv>

namespace advisor::catalogue {
namespace {

constexpr int k_max_people = 10000;
constexpr int k_max_minutes = 24 * 60;
constexpr double k_max_budget = 100000.0;

// An integer from `minimum` to `maximum`, or nullopt after reporting.
std::optional<int> bounded(Reader& reader, const yaml::Node& node, std::string_view what,
                           int minimum, int maximum) {
  if (node.kind == yaml::Kind::scalar && !node.value.empty()) {
    const std::string& text = node.value;
    int value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec == std::errc() && end == text.data() + text.size() && value >= minimum &&
        value <= maximum) {
      return value;
    }
  }
  reader.expected(node, what, "diag.shape.whole-number-range",
                  {{"minimum", std::to_string(minimum)}, {"maximum", std::to_string(maximum)}});
  return std::nullopt;
}

std::optional<Language> language(Reader& reader, const yaml::Node& node, std::string_view what) {
  auto word = reader.string(node, what);
  if (!word) return std::nullopt;
  if (*word == "de") return Language::de;
  if (*word == "en") return Language::en;
  reader.unknown_value(node, what, *word, {"de", "en"});
  return std::nullopt;
}

Organisation read_organisation(Reader& reader, const yaml::Node& node) {
  Organisation organisation;
  if (!expect_mapping(reader, node, "organisation", "diag.shape.organisation")) {
    return organisation;
  }
  const Fields fields(reader, node, {"name", "contact", "address"});
  if (const auto* name = fields.optional("name")) {
    organisation.name = reader.string(*name, "organisation.name").value_or("");
  }
  if (const auto* contact = fields.optional("contact")) {
    if (const auto* items = reader.list(*contact, "organisation.contact")) {
      for (const auto& item : *items) {
        if (auto line = reader.string(item, "organisation.contact")) {
          organisation.contact.push_back(*line);
        }
      }
    }
  }
  if (const auto* address = fields.optional("address")) {
    organisation.address = reader.string(*address, "organisation.address").value_or("");
  }
  return organisation;
}

NeedDefaults read_needs(Reader& reader, const yaml::Node& node) {
  NeedDefaults needs;
  if (!expect_mapping(reader, node, "needs", "diag.shape.needs")) {
    return needs;
  }
  const Fields fields(reader, node, {"people", "browser", "language", "budget", "duration"});
  if (const auto* people = fields.optional("people")) {
    needs.people = bounded(reader, *people, "needs.people", 1, k_max_people);
  }
  if (const auto* browser = fields.optional("browser")) {
    needs.browser = reader.name<Browser>(*browser, "needs.browser");
  }
  if (const auto* spoken = fields.optional("language")) {
    needs.language = language(reader, *spoken, "needs.language");
  }
  if (const auto* budget = fields.optional("budget")) {
    auto amount = reader.amount(*budget, "needs.budget");
    if (amount && *amount > k_max_budget) {
      reader.expected(*budget, "needs.budget", "diag.shape.amount-range",
                      {{"maximum", std::to_string(static_cast<int>(k_max_budget))}});
      amount.reset();
    }
    needs.budget_eur = amount;
  }
  if (const auto* duration = fields.optional("duration")) {
    needs.duration_minutes = bounded(reader, *duration, "needs.duration", 1, k_max_minutes);
  }
  return needs;
}

} // namespace

ConfigResult read_config(const SourceFile& file, const Date& today) {
  ConfigResult result;
  result.config.path = file.path;
  Diagnostics parsed;
  const auto root = yaml::parse_document(file.path, file.content, parsed);
  // A file of nothing but comments is an empty configuration, not an error.
  if (!root && parsed.all().size() == 1 && parsed.all().front().message == "the file is empty") {
    return result;
  }
  result.diagnostics.append(parsed);
  if (!root) return result;
  Reader reader(result.diagnostics, today);
  if (!expect_mapping(reader, *root, "file", "diag.shape.config-file")) {
    return result;
  }
  const Fields fields(reader, *root, {"organisation", "language", "needs", "max_age_months"});
  Config& config = result.config;
  if (const auto* organisation = fields.optional("organisation")) {
    config.organisation = read_organisation(reader, *organisation);
  }
  if (const auto* output = fields.optional("language")) {
    config.language = language(reader, *output, "language");
  }
  if (const auto* needs = fields.optional("needs")) config.needs = read_needs(reader, *needs);
  if (const auto* age = fields.optional("max_age_months")) {
    config.max_age_months = bounded(reader, *age, "max_age_months", 1, k_max_age_limit);
  }
  result.diagnostics.sort();
  return result;
}

} // namespace advisor::catalogue
