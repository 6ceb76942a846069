#pragma once
// Text that reaches a terminal from outside (a file name, an argument, a value quoted in a
// message) with every control character shown, not obeyed: an escape sequence in a file name
// must not clear the screen or change colours.

#include <string>
#include <string_view>

namespace advisor {

// Returns `text` with C0 control characters (except newline and tab), DEL and bytes that are not
// UTF-8 written as \xNN, and C1 control characters (U+0080 to U+009F) as \u0080; everything else
// as it is.
std::string visible(std::string_view text);

} // namespace advisor
