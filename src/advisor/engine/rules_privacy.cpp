// Privacy comes first: the verdict, whether the service still runs, assessments, tracking,
// encryption, open source, where the operator is, processing agreements, phone numbers.
#include <advisor/engine/judge.hpp>

#include <algorithm>
#include <array>
#include <string_view>

namespace advisor::engine {
namespace {

using namespace advisor::catalogue;

// Member states of the EU and the other EEA states, where the GDPR applies directly.
constexpr std::array<std::string_view, 30> k_eea = {
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE",
    "IS", "IT", "LI", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK"};

void judge_status(Judge& judge) {
  const auto& status = judge.entry().status;
  if (!status.known()) {
    judge.score("status.unknown", {judge.use("status", status)});
    judge.warn("status.unknown", {judge.use("status", status)});
    return;
  }
  if (status.current().value == Status::discontinued) return; // excluded by judge_needs
  grade(judge, "status", status);
  if (status.current().value == Status::uncertain) {
    judge.warn("status.uncertain", {judge.use("status", status)});
  }
}

// The newest assessment of each assessor counts; older ones by the same assessor are history.
void judge_assessments(Judge& judge) {
  std::vector<const Assessment*> newest;
  for (const auto& assessment : judge.entry().assessments) {
    auto same = std::find_if(newest.begin(), newest.end(),
                             [&](const Assessment* a) { return a->by == assessment.by; });
    if (same == newest.end()) {
      newest.push_back(&assessment);
    } else if (!(assessment.date < (*same)->date)) {
      *same = &assessment;
    }
  }
  const int stale_after = judge.threshold("assessment_age_months");
  for (const auto* assessment : newest) {
    FactUse use;
    use.key = "assessment";
    use.known = true;
    use.current = Evidence{spell(assessment->rating), assessment->provenance.source,
                           assessment->date, assessment->provenance.confidence};
    const Values values{{"assessor", assessment->by}, {"date", format_date(assessment->date)}};
    judge.score("assessment." + spell(assessment->rating), {use}, values);
    const int age = months_between(assessment->date, judge.today());
    if (age > stale_after) {
      Values old = values;
      old["months"] = std::to_string(age);
      old["threshold"] = std::to_string(stale_after);
      judge.warn("assessment.age", {use}, old);
    }
  }
}

void judge_country(Judge& judge) {
  const auto& country = judge.facts().country;
  if (!country.known()) {
    judge.score("country.unknown", {judge.use("country", country)});
    return;
  }
  const auto& code = country.current().value;
  const bool eea = std::find(k_eea.begin(), k_eea.end(), code) != k_eea.end();
  judge.score(eea ? "country.eu" : "country.non-eu", {judge.use("country", country)},
              {{"country", code}});
}

} // namespace

void judge_privacy(Judge& judge) {
  const auto& facts = judge.facts();
  grade(judge, "verdict", judge.entry().verdict);
  judge_status(judge);
  judge_assessments(judge);
  grade(judge, "tracking", facts.tracking);
  grade(judge, "e2ee", facts.e2ee);
  grade(judge, "open_source", facts.open_source);
  judge_country(judge);
  grade(judge, "processing_agreement", facts.processing_agreement);
  grade(judge, "phone_number", facts.phone_number);
}

} // namespace advisor::engine
