#pragma once
// Checking a value typed for an option against its allowed values, with "did you mean".

#include <advisor/catalogue/names.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace CLI {
class App;
}

namespace advisor::cli {

// Returns `args` with the values of options that take one of a few words (help shows them as
// video|phone|…) in lower case, so that --category Video is --category video; other values
// (names, addresses, files) stay as typed.
std::vector<std::string> lowercase_choices(std::vector<std::string> args, const CLI::App& app);

// Returns normally when `typed` is one of `allowed`; throws UsageError (exit 2) otherwise:
// `invalid value "vidoe" for --category (did you mean "video"?); allowed: video, phone, …`.
void require_choice(std::string_view option, const std::string& typed,
                    const std::vector<std::string>& allowed);

// Returns the enum value spelled `typed` (catalogue spelling), nullopt when `typed` is empty;
// throws UsageError like require_choice when it is not a spelling of T.
template <class T>
std::optional<T> parse_choice(std::string_view option, const std::string& typed) {
  if (typed.empty()) return std::nullopt;
  require_choice(option, typed, catalogue::names_of<T>());
  return catalogue::parse_name<T>(typed);
}

// The output formats of list and show.
inline const std::vector<std::string> k_text_formats = {"text", "markdown", "json"};

// Checks a --language value given to a subcommand (empty: not given) like require_choice.
void require_language(const std::string& typed);

// Returns the whole number `text` spells (digits only, an optional minus), nullopt otherwise.
std::optional<long long> whole_number(const std::string& text);

// Returns the months --max-age MONTHS gives; throws UsageError for anything but 1..the limit.
int parse_max_age(const std::string& text);

} // namespace advisor::cli
