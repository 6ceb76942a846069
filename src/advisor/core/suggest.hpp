#pragma once
// "Did you mean" for every name a user or catalogue editor types.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace advisor {

// Returns the Levenshtein distance between `a` and `b`.
std::size_t edit_distance(std::string_view a, std::string_view b);

// Returns the candidate closest to `typed` when it is close enough to be a likely typo
// (distance at most a third of the longer word, rounded to the nearest, at least 1, or `typed` is
// a prefix of it). Words longer than 100 characters get none, so a huge typed word costs nothing.
std::optional<std::string> closest_match(std::string_view typed,
                                         const std::vector<std::string>& candidates);

// Returns ` (did you mean "x"?)` or an empty string.
std::string did_you_mean(std::string_view typed, const std::vector<std::string>& candidates);

// closest_match() for catalogue ids: a service's own part ("ffmuc", "ffmc") also finds its full
// id ("jitsi-meet/ffmuc").
std::optional<std::string> closest_id(std::string_view typed, const std::vector<std::string>& ids);

// did_you_mean() with closest_id().
std::string did_you_mean_id(std::string_view typed, const std::vector<std::string>& ids);

} // namespace advisor
