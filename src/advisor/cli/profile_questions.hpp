#pragma once
// Asking for the needs one at a time, for `recommend` (and `handout`) on a terminal.

#include <advisor/cli/profile_options.hpp>
#include <advisor/core/language.hpp>

#include <iosfwd>

namespace advisor::cli {

// Asks, one question at a time on `out`, for every need not given as a flag: category, group
// size, browser, language, budget, meeting length, then the yes/no needs that matter for the
// category. An empty answer takes the suggestion; a bad answer is explained and asked again; the
// end of input takes the suggestions for everything left. Fills `options`; never throws for an
// answer.
void ask_profile(ProfileOptions& options, std::istream& in, std::ostream& out, Language language);

} // namespace advisor::cli
