#pragma once
// rank(): every candidate of a category judged against a profile, best first, with reasons.

#include <advisor/catalogue/model.hpp>
#include <advisor/core/date.hpp>
#include <advisor/engine/profile.hpp>
#include <advisor/engine/reason.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace advisor::engine {

// Where a fitting candidate stands before points count: what a group can use now comes first.
enum class Availability {
  now,            // running, and the newest judgment is for it
  uncertain,      // whether it still exists is uncertain or not known
  undecided,      // running, but the newest judgment is neutral or there is none
  advised_against // the newest judgment advises against it
};

// One service (or tool without services) and everything the rules said about it.
struct Candidate {
  const catalogue::Entry* entry = nullptr; // points into the catalogue given to rank()
  int score = 0;                           // sum of the points of `points`
  std::vector<Reason> points;              // score reasons (points != 0), in rule order
  std::vector<Reason> warnings;            // warnings that matter for this query
  std::vector<Reason> exclusions;          // hard needs not met; non-empty = excluded
  Availability availability = Availability::now;
  std::optional<catalogue::Verdict> verdict; // what the deciding judgment amounts to

  // Returns true when at least one hard need is not met.
  bool excluded() const { return !exclusions.empty(); }
};

// A need that excluded candidates, and how many would fit without it.
struct Relaxation {
  std::string need;  // "dial-in", "people", …
  int excluded = 0;  // candidates this need excluded (alone or with others)
  int would_fit = 0; // candidates excluded by this need alone
};

struct Ranking {
  Profile profile;                // the needs as understood (category always set)
  std::vector<Candidate> fitting; // best first: availability, then score, then id
  // Fitting tools without a public address, when the organisation has no server of its own
  // (--own-server, or an overlay entry with an address in the category): best first.
  std::vector<Candidate> server_needed;
  std::vector<Candidate> excluded;     // by id
  std::vector<Relaxation> relaxations; // most excluding first, then by need; empty when none

  // Returns the candidate with `id`, fitting or excluded, or nullptr.
  const Candidate* find(std::string_view id) const;
  // Returns the 1-based place of a fitting candidate, or 0 when it is not fitting.
  std::size_t place(std::string_view id) const;
};

// Judges every candidate of the profile's category. Throws Error when the profile has no
// category or a weight or threshold is missing from the catalogue's rules (check prevents that).
Ranking rank(const catalogue::Catalogue& catalogue, const Profile& profile, const Date& today);
// A ranking points into its catalogue: a temporary catalogue would leave it dangling.
Ranking rank(const catalogue::Catalogue&& catalogue, const Profile& profile,
             const Date& today) = delete;

} // namespace advisor::engine
