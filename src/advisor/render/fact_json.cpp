#include <advisor/catalogue/names.hpp>
#include <advisor/render/fact_json.hpp>
#include <advisor/render/vocabulary.hpp>

namespace advisor::render {

using json = nlohmann::ordered_json;

json raw_json(const RawValue& value) {
  return std::visit([](const auto& v) { return json(v); }, value);
}

json text_json(const Text& text, Language language) {
  if (text.empty()) return nullptr;
  return text.in(language);
}

json provenance_json(const catalogue::Provenance& provenance, Language language) {
  json result = json::object();
  result["source"] = provenance.source;
  result["date"] = provenance.date ? json(format_date(*provenance.date)) : json(nullptr);
  result["confidence"] = std::string(catalogue::name_of(provenance.confidence));
  result["note"] = text_json(provenance.note, language);
  return result;
}

json fact_json(const FactView& fact, Language language) {
  json result = json::object();
  result["known"] = fact.known();
  result["value"] = fact.known() ? raw_json(fact.current().raw) : json(nullptr);
  result["text"] = fact.known() ? fact.current().words.in(language) : unknown_label().in(language);
  if (!fact.known()) result["note"] = text_json(fact.unknown_note, language);
  json statements = json::array();
  for (const auto& statement : fact.history) {
    json item = json::object();
    item["value"] = raw_json(statement.raw);
    item["text"] = statement.words.in(language);
    if (fact.key == "price") {
      item["amount_eur"] = statement.amount_eur ? json(*statement.amount_eur) : json(nullptr);
      // The model keeps "per month" only; an amount that is not monthly is paid once.
      item["period"] = statement.per_month    ? json("month")
                       : statement.amount_eur ? json("once")
                                              : json(nullptr);
    }
    if (fact.key == "status") {
      item["replaced_by"] =
          statement.replaced_by.empty() ? json(nullptr) : json(statement.replaced_by);
    }
    item.update(provenance_json(statement.provenance, language));
    statements.push_back(std::move(item));
  }
  result["statements"] = std::move(statements);
  return result;
}

} // namespace advisor::render
