#pragma once
// Judgments: the verdicts and the published findings of assessors, each with its date. Internal
// to the engine (the `show` and `compare` documents read them too).

#include <advisor/catalogue/model.hpp>
#include <advisor/engine/profile.hpp>
#include <advisor/engine/reason.hpp>

#include <optional>
#include <vector>

namespace advisor::engine {

struct Judgment {
  catalogue::Verdict verdict = catalogue::Verdict::neutral; // what it amounts to
  Evidence evidence;                                 // value: the verdict, or the assessor's rating
  const catalogue::Assessment* assessment = nullptr; // nullptr for a verdict statement
};

// Returns the entry's judgments that apply to `profile`: its verdict statements, then its
// assessments (those about organisations only when the profile is an organisation's).
std::vector<Judgment> judgments_of(const catalogue::Entry& entry, const Profile& profile,
                                   const catalogue::Catalogue& catalogue);

// Returns the index of the judgment that decides (the newest dated one), or nullopt when there
// is none.
std::optional<std::size_t> deciding(const std::vector<Judgment>& judgments);

// Returns what the deciding judgment amounts to for a group that is not an organisation, or
// nullopt when there is none: what list and compare show as the verdict.
std::optional<catalogue::Verdict> deciding_verdict(const catalogue::Entry& entry,
                                                   const catalogue::Catalogue& catalogue);

} // namespace advisor::engine
