// --sensitive: special categories of personal data (Art. 9 GDPR: health, addiction, sexuality,
// religion), the everyday case in self-help. What an assessor found unsuitable for such data is
// excluded; what remains must protect the content (end-to-end encryption) or bind the operator
// by contract (a processing agreement); a free service without a contract is warned about.
#include <advisor/engine/judge.hpp>

namespace advisor::engine {

using namespace advisor::catalogue;

namespace {

FactUse use_assessment(const Judge& judge, const Assessment& assessment) {
  FactUse use;
  use.key = "assessment";
  use.known = true;
  use.current = evidence_of("unsuitable", assessment.provenance, judge.catalogue());
  use.current.date = assessment.date;
  use.current.by = assessment.by;
  return use;
}

} // namespace

void judge_sensitive(Judge& judge) {
  if (!judge.profile().sensitive) {
    // Self-help groups often talk about health: an assessor's finding reaches them anyway.
    for (const auto& assessment : judge.entry().assessments) {
      if (!assessment.unsuitable_for_sensitive) continue;
      judge.warn("sensitive.unsuitable", {use_assessment(judge, assessment)},
                 {{"assessor", assessment.by}, {"date", format_date(assessment.date)}});
    }
    return;
  }
  for (const auto& assessment : judge.entry().assessments) {
    if (!assessment.unsuitable_for_sensitive) continue;
    judge.exclude("sensitive.unsuitable", "sensitive", {use_assessment(judge, assessment)},
                  {{"assessor", assessment.by}, {"date", format_date(assessment.date)}});
  }
  const auto& facts = judge.facts();
  const auto& e2ee = facts.e2ee;
  const auto& agreement = facts.processing_agreement;
  const bool encrypted = e2ee.known() && (e2ee.current().value == Encryption::by_default ||
                                          e2ee.current().value == Encryption::optional);
  const bool contract = agreement.known() && agreement.current().value == YesNo::yes &&
                        !agreement.current().by_operator;
  if (!encrypted && !contract) {
    judge.exclude("sensitive.unprotected", "sensitive",
                  {judge.use("e2ee", e2ee), judge.use("processing_agreement", agreement)});
    return;
  }
  if (encrypted && e2ee.current().value == Encryption::optional && !contract) {
    judge.warn("sensitive.switch-on-e2ee", {judge.use("e2ee", e2ee)}, {}, "sensitive");
  }
  if (free_price(judge) && !contract) {
    judge.warn("sensitive.no-contract", {judge.use("processing_agreement", agreement)}, {},
               "sensitive");
  }
}

} // namespace advisor::engine
