#include <advisor/render/qr_svg.hpp>

#include <advisor/core/error.hpp>

#include <fmt/format.h>
#include <memory>
#include <qrencode.h>

namespace advisor::render {
namespace {

constexpr int k_quiet_zone = 4;  // modules of white around the code, as the standard asks
constexpr int k_module_size = 4; // default rendering size in pixels; CSS usually overrides it

struct QrFree {
  void operator()(QRcode* code) const { QRcode_free(code); }
};

} // namespace

std::string qr_svg(std::string_view text) {
  if (text.empty()) throw Error("cannot make a QR code of an empty text");
  const std::string input(text); // qrencode wants a terminated string
  std::unique_ptr<QRcode, QrFree> code(
      QRcode_encodeString(input.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1));
  if (!code) {
    throw Error(
        fmt::format("cannot make a QR code of \"{}\" ({} bytes): too long", input, input.size()));
  }
  const int width = code->width;
  const int size = width + 2 * k_quiet_zone;
  std::string path;
  for (int y = 0; y < width; ++y) {
    int x = 0;
    while (x < width) {
      const auto dark = [&](int column) {
        return (code->data[static_cast<std::size_t>(y * width + column)] & 1) != 0;
      };
      if (!dark(x)) {
        ++x;
        continue;
      }
      const int start = x;
      while (x < width && dark(x))
        ++x;
      const int run = x - start;
      path += fmt::format("M{} {}h{}v1h-{}z", start + k_quiet_zone, y + k_quiet_zone, run, run);
    }
  }
  return fmt::format("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {0} {0}\" "
                     "width=\"{1}\" height=\"{1}\" shape-rendering=\"crispEdges\">"
                     "<rect width=\"{0}\" height=\"{0}\" fill=\"#fff\"/>"
                     "<path fill=\"#000\" d=\"{2}\"/></svg>\n",
                     size, size * k_module_size, path);
}

} // namespace advisor::render
