#pragma once
// ASCII case: ids, option values and format names are ASCII words, so "Video" and "Talky" are
// read as "video" and "talky" without a locale.

#include <string>
#include <string_view>

namespace advisor {

// Returns `text` with A-Z as a-z; every other byte (UTF-8 too) as it is.
std::string ascii_lowercase(std::string_view text);

} // namespace advisor
