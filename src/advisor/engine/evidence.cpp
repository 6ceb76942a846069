#include <advisor/engine/evidence.hpp>

namespace advisor::engine {

std::string spell(int value) {
  return std::to_string(value);
}

std::string spell(const catalogue::Limit& value) {
  return value.unlimited ? std::string("none") : std::to_string(value.count);
}

std::string spell(const std::vector<Str>& value) {
  std::string joined;
  for (const auto& item : value) {
    if (!joined.empty()) joined += ',';
    joined += item.view();
  }
  return joined;
}

std::string spell(const std::vector<catalogue::Channel>& value) {
  std::string joined;
  for (const auto channel : value) {
    if (!joined.empty()) joined += ',';
    joined += catalogue::name_of(channel);
  }
  return joined;
}

std::string spell(std::string_view value) {
  return std::string(value);
}

std::optional<Date> date_of(const catalogue::Provenance& provenance,
                            const catalogue::Catalogue& catalogue) {
  if (provenance.date) return provenance.date;
  if (const auto* source = catalogue.find_source(provenance.source)) return source->date;
  return std::nullopt;
}

Evidence evidence_of(const std::string& value, const catalogue::Provenance& provenance,
                     const catalogue::Catalogue& catalogue) {
  Evidence evidence;
  evidence.value = value;
  evidence.source = provenance.source;
  evidence.date = date_of(provenance, catalogue);
  evidence.confidence = provenance.confidence;
  return evidence;
}

} // namespace advisor::engine

#include <fmt/format.h>

namespace advisor::engine {

std::string spell_eur(double amount) {
  std::string text = fmt::format("{:.2f}", amount);
  if (text.ends_with(".00")) text.resize(text.size() - 3);
  return text;
}

} // namespace advisor::engine
