#include <advisor/core/error.hpp>
#include <advisor/render/qr_svg.hpp>

#include <doctest/doctest.h>
#include <string>

using advisor::render::qr_svg;

namespace {

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (auto pos = text.find(part); pos != std::string::npos; pos = text.find(part, pos + 1))
    ++n;
  return n;
}

} // namespace

TEST_CASE("render::qr_svg") {
  const std::string svg = qr_svg("https://talky.io/");

  SUBCASE("the same text gives the same bytes") {
    CHECK(qr_svg("https://talky.io/") == svg);
    CHECK(qr_svg("https://talky.io/x") != svg);
  }
  SUBCASE("one well-formed svg element with a white square and one path") {
    CHECK(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" "));
    CHECK(svg.ends_with("\"/></svg>\n"));
    CHECK(count(svg, "<svg") == 1);
    CHECK(count(svg, "</svg>") == 1);
    CHECK(count(svg, "<rect ") == 1);
    CHECK(count(svg, "<path ") == 1);
    CHECK(count(svg, "\"") % 2 == 0);
    // Only path commands and numbers inside d="…".
    const auto d = svg.find(" d=\"") + 4;
    const auto end = svg.find('"', d);
    CHECK(svg.substr(d, end - d).find_first_not_of("Mhvz0123456789- ") == std::string::npos);
  }
  SUBCASE("version 2 (25 modules) plus a quiet zone of 4 on each side") {
    // 17 bytes at level M need version 2.
    CHECK(svg.find("viewBox=\"0 0 33 33\" width=\"132\" height=\"132\"") != std::string::npos);
  }
  SUBCASE("the three finder patterns start at the corners") {
    // Row 0 of the code (y = 4 after the quiet zone): 7 dark modules at the left and at the right.
    CHECK(svg.find("M4 4h7v1h-7z") != std::string::npos);
    CHECK(svg.find("M22 4h7v1h-7z") != std::string::npos);
    // The lower-left finder pattern's last row.
    CHECK(svg.find("M4 28h7v1h-7z") != std::string::npos);
  }
  SUBCASE("empty and oversized texts are errors") {
    CHECK_THROWS_WITH_AS(qr_svg(""), "cannot make a QR code of an empty text", advisor::Error);
    const std::string huge(3000, 'a');
    CHECK_THROWS_WITH_AS(qr_svg(huge), doctest::Contains("(3000 bytes): too long"), advisor::Error);
  }
}
