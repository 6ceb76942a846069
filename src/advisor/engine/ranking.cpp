#include <advisor/core/error.hpp>
#include <advisor/engine/judge.hpp>
#include <advisor/engine/ranking.hpp>

#include <algorithm>
#include <set>

namespace advisor::engine {
namespace {

Availability availability_of(const Candidate& candidate);

Candidate judge_candidate(const catalogue::Catalogue& catalogue, const Profile& profile,
                          const Date& today, const catalogue::Entry& entry) {
  Candidate candidate;
  candidate.entry = &entry;
  Judge judge(catalogue, profile, today, candidate);
  judge_needs(judge);
  judge_sensitive(judge);
  judge_verdict(judge);
  judge_privacy(judge);
  judge_fit(judge);
  judge_conditions(judge);
  candidate.availability = availability_of(candidate);
  return candidate;
}

// What a group can use now comes first: a running service the newest judgment is for, then a
// running service no judgment decides, then one whose existence is uncertain (a service that may
// be gone helps nobody, whatever was said of it once); one the newest judgment advises against
// comes last.
Availability availability_of(const Candidate& candidate) {
  using catalogue::Verdict;
  const auto& verdict = candidate.verdict;
  if (verdict && (*verdict == Verdict::not_recommended || *verdict == Verdict::warned_against)) {
    return Availability::advised_against;
  }
  const auto& status = candidate.entry->status;
  if (!status.known() || status.current().value != catalogue::Status::active) {
    return Availability::uncertain;
  }
  if (!verdict || *verdict == Verdict::neutral) return Availability::undecided;
  return Availability::now;
}

// The organisation has a server of its own: it said so, or an overlay of its own adds a service
// with an address in this category.
bool has_own_server(const catalogue::Catalogue& catalogue, const Profile& profile) {
  if (profile.own_server) return true;
  for (const auto* entry : catalogue.candidates()) {
    if (entry->local && !entry->url.empty() && entry->category == *profile.category) return true;
  }
  return false;
}

// The order of the groups: running services first (those the newest judgment is for, then those
// no judgment decides), then those that may no longer exist, then those advised against.
int group_order(Availability availability) {
  switch (availability) {
  case Availability::now:
    return 0;
  case Availability::undecided:
    return 1;
  case Availability::uncertain:
    return 2;
  case Availability::advised_against:
    return 3;
  }
  return 3;
}

bool better(const Candidate& a, const Candidate& b) {
  if (a.availability != b.availability) {
    return group_order(a.availability) < group_order(b.availability);
  }
  if (a.score != b.score) return a.score > b.score;
  return a.entry->id < b.entry->id;
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
  for (const auto* list : {&fitting, &server_needed, &excluded}) {
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
  ranking.profile.own_server = has_own_server(catalogue, profile);
  for (const auto* entry : catalogue.candidates()) {
    if (entry->category != *profile.category) continue;
    auto candidate = judge_candidate(catalogue, ranking.profile, today, *entry);
    if (candidate.excluded()) {
      ranking.excluded.push_back(std::move(candidate));
    } else if (entry->url.empty() && !ranking.profile.own_server) {
      ranking.server_needed.push_back(std::move(candidate));
    } else {
      ranking.fitting.push_back(std::move(candidate));
    }
  }
  std::sort(ranking.fitting.begin(), ranking.fitting.end(), better);
  std::sort(ranking.server_needed.begin(), ranking.server_needed.end(), better);
  std::sort(ranking.excluded.begin(), ranking.excluded.end(),
            [](const Candidate& a, const Candidate& b) { return a.entry->id < b.entry->id; });
  ranking.relaxations = relaxations_of(ranking.excluded);
  return ranking;
}

} // namespace advisor::engine
