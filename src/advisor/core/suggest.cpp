#include <advisor/core/suggest.hpp>

#include <algorithm>
#include <fmt/format.h>

namespace advisor {

std::size_t edit_distance(std::string_view a, std::string_view b) {
  // Optimal string alignment: insertions, deletions, substitutions and adjacent swaps ("lsit").
  const std::size_t width = b.size() + 1;
  std::vector<std::size_t> d((a.size() + 1) * width);
  auto at = [&](std::size_t i, std::size_t j) -> std::size_t& { return d[i * width + j]; };
  for (std::size_t i = 0; i <= a.size(); ++i)
    at(i, 0) = i;
  for (std::size_t j = 0; j <= b.size(); ++j)
    at(0, j) = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      at(i, j) = std::min({at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        at(i, j) = std::min(at(i, j), at(i - 2, j - 2) + 1);
      }
    }
  }
  return at(a.size(), b.size());
}

namespace {

// Longer words get no suggestion: nobody mistypes a name of this length, and the edit distance
// costs the product of both lengths (a 128 KiB id took seconds under the sanitizers).
constexpr std::size_t k_max_suggestion_length = 100;

struct Match {
  std::size_t index = 0;    // in the candidates
  std::size_t distance = 0; // from what was typed
};

// The closest likely typo of `typed` among `candidates` (see closest_match).
std::optional<Match> best_match(std::string_view typed,
                                const std::vector<std::string>& candidates) {
  std::optional<Match> best;
  if (typed.size() > k_max_suggestion_length) return best;
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    const std::string& candidate = candidates[i];
    if (candidate == typed) return Match{i, 0};
    const std::size_t limit =
        std::max<std::size_t>(1, (std::max(typed.size(), candidate.size()) + 1) / 3);
    const bool prefix = typed.size() >= 2 && candidate.starts_with(typed);
    // The distance is at least the difference in length: skip what cannot be close enough.
    const std::size_t length_difference = typed.size() > candidate.size()
                                              ? typed.size() - candidate.size()
                                              : candidate.size() - typed.size();
    if (!prefix && length_difference > limit) continue;
    const std::size_t distance = edit_distance(typed, candidate);
    if ((distance <= limit || prefix) && (!best || distance < best->distance)) {
      best = Match{i, distance};
    }
  }
  return best;
}

} // namespace

std::optional<std::string> closest_match(std::string_view typed,
                                         const std::vector<std::string>& candidates) {
  if (const auto match = best_match(typed, candidates)) return candidates[match->index];
  return std::nullopt;
}

std::string did_you_mean(std::string_view typed, const std::vector<std::string>& candidates) {
  if (auto match = closest_match(typed, candidates)) {
    return fmt::format(" (did you mean \"{}\"?)", *match);
  }
  return {};
}

std::optional<std::string> closest_id(std::string_view typed, const std::vector<std::string>& ids) {
  if (typed.find('/') == std::string_view::npos) {
    // A service's own part, when it is the closer match: "ffmc" -> "ffmuc" -> "jitsi-meet/ffmuc".
    std::vector<std::string> parts;
    std::vector<const std::string*> owners;
    for (const auto& id : ids) {
      if (const auto slash = id.find('/'); slash != std::string::npos) {
        parts.push_back(id.substr(slash + 1));
        owners.push_back(&id);
      }
    }
    const auto part = best_match(typed, parts);
    const auto whole = best_match(typed, ids);
    if (part && (!whole || part->distance < whole->distance)) return *owners[part->index];
  }
  return closest_match(typed, ids);
}

std::string did_you_mean_id(std::string_view typed, const std::vector<std::string>& ids) {
  if (auto match = closest_id(typed, ids)) return fmt::format(" (did you mean \"{}\"?)", *match);
  return {};
}

} // namespace advisor
