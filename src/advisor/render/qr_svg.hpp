#pragma once
// QR codes as SVG documents, so that a printed handout can be scanned with a phone camera.

#include <string>
#include <string_view>

namespace advisor::render {

// Returns a standalone SVG document (one <svg> element, black modules on a white square with the
// standard quiet zone of four modules) encoding `text` as a QR code with error correction level M.
// The same text always gives the same bytes. Throws Error when `text` is empty or too long for a
// QR code.
std::string qr_svg(std::string_view text);

} // namespace advisor::render
