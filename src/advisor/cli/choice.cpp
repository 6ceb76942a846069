#include <advisor/cli/choice.hpp>
#include <advisor/core/error.hpp>
#include <advisor/core/suggest.hpp>

#include <algorithm>
#include <fmt/format.h>

namespace advisor::cli {

void require_choice(std::string_view option, const std::string& typed,
                    const std::vector<std::string>& allowed) {
  if (std::find(allowed.begin(), allowed.end(), typed) != allowed.end()) return;
  throw UsageError(fmt::format("invalid value \"{}\" for {}{}; allowed: {}", typed, option,
                               did_you_mean(typed, allowed), fmt::join(allowed, ", ")));
}

void require_language(const std::string& typed) {
  if (!typed.empty()) require_choice("--language", typed, {"de", "en"});
}

} // namespace advisor::cli
