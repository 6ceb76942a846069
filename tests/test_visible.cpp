// Control characters that come from outside (file names, arguments) are shown, never obeyed.
#include "support.hpp"

#include <advisor/core/visible.hpp>

#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>

namespace advisor::test {

TEST_CASE("visible: control characters are written out, text stays as it is") {
  CHECK(visible("talky") == "talky");
  CHECK(visible("Selbsthilfezentrum München – „ok“\n\tnext") ==
        "Selbsthilfezentrum München – „ok“\n\tnext");
  CHECK(visible("x\x1b[2Jy") == "x\\x1b[2Jy");
  CHECK(visible(std::string("a\0b\a\x7f", 5)) == "a\\x00b\\x07\\x7f");
  CHECK(visible("csi \xc2\x9b and nel \xc2\x85") == "csi \\u009b and nel \\u0085");
  CHECK(visible("raw \x9b byte") == "raw \\x9b byte");
  CHECK(visible("cut \xe2\x80") == "cut \\xe2\\x80");
}

TEST_CASE("an escape sequence in an argument or a file name reaches the terminal visible") {
  const auto show = run_cli({"show", "x\x1b[2Jy"});
  CHECK(show.code == 2);
  CHECK(show.err ==
        "advisor: error: unknown id \"x\\x1b[2Jy\"\nRun \"advisor list\" to see every id.\n");

  TemporaryFolder folder;
  std::filesystem::copy(source_path("catalogue"), folder.path,
                        std::filesystem::copy_options::recursive);
  std::filesystem::rename(folder.path / "video" / "talky.yaml",
                          folder.path / "video" / "ta\x1b[31mlky.yaml");
  const auto check = run_cli({"check", folder.path.string()});
  CHECK(check.code == 1);
  CHECK(check.out.find("video/ta\\x1b[31mlky.yaml:1:5: error: id: \"talky\" does not match the "
                       "file name \"ta\\x1b[31mlky.yaml\"") != std::string::npos);
  CHECK(check.out.find('\x1b') == std::string::npos);
}

TEST_CASE("an overlay folder named with an escape sequence reaches no output raw") {
  TemporaryFolder folder;
  const auto overlay = folder.path / "shz\x1b[31mred";
  std::filesystem::create_directories(overlay / "video");
  std::filesystem::copy(source_path("docs/examples/overlay-shz/video/bigbluebutton.yaml"),
                        overlay / "video");
  const std::vector<std::vector<std::string>> commands = {
      {"show", "bigbluebutton"},
      {"list"},
      {"guide", "bigbluebutton"},
      {"recommend", "--category", "video", "--organisation", "--own-server", "--explain"},
      {"check"},
      {"check", "--stale"},
  };
  for (auto args : commands) {
    args.insert(args.begin(), {"--overlay", overlay.string()});
    CAPTURE(args);
    const auto result = run_cli(args);
    CHECK(result.code == 0);
    CHECK(result.out.find('\x1b') == std::string::npos);
    CHECK(result.err.find('\x1b') == std::string::npos);
  }
}

} // namespace advisor::test
