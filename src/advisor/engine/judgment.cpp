// The judgment of a candidate: evidence counted once, as its source said it, with its date.
// The seed's verdict (and any later verdict statement) and each assessor's published findings
// are judgments; the newest dated one decides, and the older ones are shown as history.
#include <advisor/engine/judge.hpp>
#include <advisor/engine/judgment.hpp>

namespace advisor::engine {
namespace {

using namespace advisor::catalogue;

// True when `a` is after `b` at the precision both share: 2020-07-03 is not after 2020-07.
bool after(const Date& a, const Date& b) {
  if (a.year != b.year) return a.year > b.year;
  if (a.month == 0 || b.month == 0) return false;
  if (a.month != b.month) return a.month > b.month;
  if (a.day == 0 || b.day == 0) return false;
  return a.day > b.day;
}

// Whether an assessment's finding applies to this query: findings about organisations only
// (the processing agreement) count when the group is an organisation or needs an agreement.
bool applies(const Assessment& assessment, const Profile& profile) {
  return assessment.audience == Audience::everyone || profile.organisation ||
         profile.processing_agreement;
}

// Findings about organisations only do not move a private group's judgment; a negative one is
// still said, so that a group that is in fact an organisation learns of it.
void warn_organisation_findings(Judge& judge) {
  const auto& profile = judge.profile();
  if (profile.organisation || profile.processing_agreement) return;
  for (const auto& assessment : judge.entry().assessments) {
    if (assessment.audience != Audience::organisations) continue;
    if (assessment.verdict != Verdict::not_recommended &&
        assessment.verdict != Verdict::warned_against) {
      continue;
    }
    FactUse use;
    use.key = "judgment";
    use.known = true;
    const std::string value = assessment.rating ? std::string(name_of(*assessment.rating))
                                                : std::string(name_of(assessment.verdict));
    use.current = evidence_of(value, assessment.provenance, judge.catalogue());
    use.current.date = assessment.date;
    use.current.by = assessment.by;
    judge.warn("judgment.organisations", {use},
               {{"assessor", assessment.by}, {"date", format_date(assessment.date)}});
  }
}

} // namespace

std::vector<Judgment> judgments_of(const Entry& entry, const Profile& profile,
                                   const Catalogue& catalogue) {
  std::vector<Judgment> result;
  for (const auto& statement : entry.verdict.history) {
    Judgment judgment;
    judgment.verdict = statement.value;
    judgment.evidence =
        evidence_of(std::string(name_of(statement.value)), statement.provenance, catalogue);
    judgment.evidence.supersedes = statement.supersedes;
    result.push_back(judgment);
  }
  for (const auto& assessment : entry.assessments) {
    if (!applies(assessment, profile)) continue;
    Judgment judgment;
    judgment.verdict = assessment.verdict;
    judgment.assessment = &assessment;
    const std::string value = assessment.rating ? std::string(name_of(*assessment.rating))
                                                : std::string(name_of(assessment.verdict));
    judgment.evidence = evidence_of(value, assessment.provenance, catalogue);
    judgment.evidence.date = assessment.date;
    judgment.evidence.by = assessment.by;
    result.push_back(judgment);
  }
  return result;
}

std::optional<std::size_t> deciding(const std::vector<Judgment>& judgments) {
  // The newest dated judgment decides; between a verdict and an assessment of equal dates (at the
  // precision both share) the one listed first stays, so the seed's verdict, written after the
  // notes it cites, keeps its place.
  // An undated verdict decides only when it supersedes (the loader checks that) or when no
  // judgment has a date.
  std::optional<std::size_t> best;
  for (std::size_t i = 0; i < judgments.size(); ++i) {
    const auto& candidate = judgments[i].evidence;
    if (!best) {
      best = i;
      continue;
    }
    const auto& current = judgments[*best].evidence;
    if (!candidate.date) {
      if (candidate.supersedes || !current.date) best = i;
      continue;
    }
    if (!current.date) {
      if (!current.supersedes) best = i;
      continue;
    }
    // Within the verdict's history the list order says which is newer (the loader checks it).
    const bool both_verdicts =
        judgments[i].assessment == nullptr && judgments[*best].assessment == nullptr;
    if (after(*candidate.date, *current.date) ||
        (both_verdicts && !after(*current.date, *candidate.date))) {
      best = i;
    }
  }
  return best;
}

std::optional<Verdict> deciding_verdict(const Entry& entry, const Catalogue& catalogue) {
  const auto judgments = judgments_of(entry, Profile{}, catalogue);
  const auto best = deciding(judgments);
  if (!best) return std::nullopt;
  return judgments[*best].verdict;
}

void judge_verdict(Judge& judge) {
  warn_organisation_findings(judge);
  const auto judgments = judgments_of(judge.entry(), judge.profile(), judge.catalogue());
  const auto best = deciding(judgments);
  if (!best) {
    judge.score("verdict.unknown", {judge.use("verdict", judge.entry().verdict)});
    return;
  }
  const auto& decisive = judgments[*best];
  FactUse main;
  main.key = "judgment";
  main.known = true;
  main.current = decisive.evidence;
  std::vector<FactUse> facts{main};
  // The others, oldest first as listed: the history the sentence shows.
  for (std::size_t i = 0; i < judgments.size(); ++i) {
    if (i == *best) continue;
    FactUse earlier;
    earlier.key = "judgment";
    earlier.known = true;
    earlier.current = judgments[i].evidence;
    facts.push_back(earlier);
  }
  const std::string level(name_of(decisive.verdict));
  judge.score("verdict." + level, facts, {{"verdict", level}}, {}, true);
  judge.set_verdict(decisive.verdict);
  if (decisive.evidence.date) {
    const int age = months_between(*decisive.evidence.date, judge.today());
    const int stale_after = judge.threshold("assessment_age_months");
    if (age > stale_after) {
      judge.warn("judgment.age", {main},
                 {{"months", std::to_string(age)},
                  {"date", format_date(*decisive.evidence.date)},
                  {"threshold", std::to_string(stale_after)}});
    }
  }
}

} // namespace advisor::engine
