#pragma once
// Word wrapping for terminal output, counting characters (not bytes) so umlauts line up.

#include <advisor/render/terminal.hpp> // display_width

#include <string>
#include <string_view>

namespace advisor::render {

// Returns `text` wrapped at word boundaries to lines of at most `width` characters (a longer word,
// such as an address, gets a line of its own). The first line starts with `first_prefix`, later
// lines with `rest_prefix`; both count towards the width. Every line ends with '\n'.
std::string wrap(std::string_view text, std::size_t width, std::string_view first_prefix,
                 std::string_view rest_prefix);

} // namespace advisor::render
