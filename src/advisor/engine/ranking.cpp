#include <advisor/core/error.hpp>
#include <advisor/engine/judge.hpp>
#include <advisor/engine/ranking.hpp>

#include <algorithm>
#include <set>

namespace advisor::engine {
namespace {

Candidate judge_candidate(const catalogue::Catalogue& catalogue, const Profile& profile,
                          const Date& today, const catalogue::Entry& entry) {
  Candidate candidate;
  candidate.entry = &entry;
  Judge judge(catalogue, profile, today, candidate);
  judge_needs(judge);
  judge_privacy(judge);
  judge_fit(judge);
  judge_conditions(judge);
  return candidate;
}

// Counts, per need, the candidates it excluded and those it alone excluded.
std::vector<Relaxation> relaxations_of(const std::vector<Candidate>& excluded) {
  std::map<std::string, Relaxation> by_need;
  for (const auto& candidate : excluded) {
    std::set<std::string> needs;
    bool only_needs = true;
    for (const auto& reason : candidate.exclusions) {
      if (reason.need.empty() || reason.need == "instead-of") {
        only_needs = false;
      } else {
        needs.insert(reason.need);
      }
    }
    for (const auto& need : needs) {
      auto& relaxation = by_need[need];
      relaxation.need = need;
      ++relaxation.excluded;
      if (only_needs && needs.size() == 1) ++relaxation.would_fit;
    }
  }
  std::vector<Relaxation> result;
  for (auto& [need, relaxation] : by_need)
    result.push_back(relaxation);
  std::stable_sort(result.begin(), result.end(), [](const Relaxation& a, const Relaxation& b) {
    if (a.excluded != b.excluded) return a.excluded > b.excluded;
    return a.would_fit > b.would_fit;
  });
  return result;
}

} // namespace

const Candidate* Ranking::find(std::string_view id) const {
  for (const auto* list : {&fitting, &excluded}) {
    for (const auto& candidate : *list) {
      if (candidate.entry->id == id) return &candidate;
    }
  }
  return nullptr;
}

std::size_t Ranking::place(std::string_view id) const {
  for (std::size_t i = 0; i < fitting.size(); ++i) {
    if (fitting[i].entry->id == id) return i + 1;
  }
  return 0;
}

Ranking rank(const catalogue::Catalogue& catalogue, const Profile& profile, const Date& today) {
  if (!profile.category) throw Error("the query names no category");
  Ranking ranking;
  ranking.profile = profile;
  for (const auto* entry : catalogue.candidates()) {
    if (entry->category != *profile.category) continue;
    auto candidate = judge_candidate(catalogue, profile, today, *entry);
    (candidate.excluded() ? ranking.excluded : ranking.fitting).push_back(std::move(candidate));
  }
  std::sort(ranking.fitting.begin(), ranking.fitting.end(),
            [](const Candidate& a, const Candidate& b) {
              if (a.score != b.score) return a.score > b.score;
              return a.entry->id < b.entry->id;
            });
  std::sort(ranking.excluded.begin(), ranking.excluded.end(),
            [](const Candidate& a, const Candidate& b) { return a.entry->id < b.entry->id; });
  ranking.relaxations = relaxations_of(ranking.excluded);
  return ranking;
}

} // namespace advisor::engine
