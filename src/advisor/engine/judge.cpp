#include <advisor/engine/judge.hpp>

namespace advisor::engine {

void Judge::score(const std::string& key, std::vector<FactUse> facts, Values values,
                  std::string need, bool shown) {
  const int points = m_catalogue.rules.weight(key);
  if (points == 0 && !shown) return;
  m_candidate.score += points;
  m_candidate.points.push_back(
      Reason{key, RuleKind::score, points, std::move(need), std::move(facts), std::move(values)});
}

void Judge::warn(const std::string& name, std::vector<FactUse> facts, Values values,
                 std::string need) {
  m_candidate.warnings.push_back(Reason{"warn." + name, RuleKind::warn, 0, std::move(need),
                                        std::move(facts), std::move(values)});
}

void Judge::exclude(const std::string& name, std::string need, std::vector<FactUse> facts,
                    Values values) {
  m_candidate.exclusions.push_back(Reason{"exclude." + name, RuleKind::exclude, 0, std::move(need),
                                          std::move(facts), std::move(values)});
}

int Judge::threshold(const std::string& key) const {
  return m_catalogue.rules.threshold(key);
}

FactUse Judge::use(const catalogue::Condition& condition, const std::string& value) const {
  FactUse use;
  use.key = "condition." + std::string(catalogue::name_of(condition.kind));
  use.known = true;
  use.current = evidence_of(value, condition.provenance, m_catalogue);
  return use;
}

} // namespace advisor::engine
