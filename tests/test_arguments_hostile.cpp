// Command lines that are wrong in ways a script makes them: empty values, values no option
// takes, options that contradict each other, CLI11's own errors, huge words. Each is a usage error
// (exit 2) in the one form `advisor: error: …`, with what is allowed or the help to run.
#include "support.hpp"

#include <cstdlib>
#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace advisor::test {

namespace {

void check_usage_error(const std::vector<std::string>& args, const std::string& err) {
  CAPTURE(args);
  const auto result = run_cli(args);
  CHECK(result.code == 2);
  CHECK(result.out == "");
  CHECK(result.err == err);
}

} // namespace

TEST_CASE("an empty value names the option and what it allows") {
  struct Case {
    std::vector<std::string> args;
    std::string err;
  };
  const std::vector<Case> cases = {
      {{"recommend", "--category", "video", "--people", ""},
       "advisor: error: invalid value \"\" for --people; allowed: a whole number "
       "from 1 to 10000\n"},
      {{"recommend", "--category", "video", "--budget", ""},
       "advisor: error: invalid value \"\" for --budget; allowed: an amount in euros "
       "per month from 0 to 100000, such as 0 or 14.90\n"},
      {{"recommend", "--category", "video", "--duration", ""},
       "advisor: error: invalid value \"\" for --duration; allowed: minutes from 1 "
       "to 1440\n"},
      {{"recommend", "--category", "video", "--browser", ""},
       "advisor: error: invalid value \"\" for --browser; allowed: chrome, chromium, "
       "firefox, safari, edge\n"},
      {{"recommend", "--category", "video", "--language", ""},
       "advisor: error: invalid value \"\" for --language; allowed: de, en\n"},
      {{"recommend", "--category", ""},
       "advisor: error: invalid value \"\" for --category; allowed: video, phone, "
       "messenger, scheduling\n"},
      {{"recommend", "--category", "video", "--top", ""},
       "advisor: error: invalid value \"\" for --top; allowed: 1 or more (or "
       "--all)\n"},
      {{"recommend", "--instead-of", ""},
       "advisor: error: invalid value \"\" for --instead-of; allowed: an id (run "
       "\"advisor list\" to see every id)\n"},
      {{"--language", "", "list"},
       "advisor: error: invalid value \"\" for --language; allowed: de, en\n"},
      {{"--catalogue", "", "list"},
       "advisor: error: invalid value \"\" for --catalogue; allowed: a folder\n"},
      {{"list", "--status", ""},
       "advisor: error: invalid value \"\" for --status; allowed: active, "
       "uncertain, discontinued\n"},
      {{"show", "talky", "--language", ""},
       "advisor: error: invalid value \"\" for --language; allowed: de, en\n"},
      {{"guide", "talky", "-o", ""},
       "advisor: error: invalid value \"\" for --output; allowed: a file name\n"},
      {{"guide", "talky", "--for", ""},
       "advisor: error: invalid value \"\" for --for; allowed: organiser, "
       "participant, all\n"},
      {{"handout", "--id", "talky", "--org-name", ""},
       "advisor: error: invalid value \"\" for --org-name; allowed: a name\n"},
      {{"handout", "--id", "talky", "--meeting-url", ""},
       "advisor: error: invalid value \"\" for --meeting-url; allowed: a web "
       "address starting with https://\n"},
      {{"overview", "--category", "video", "--category", ""},
       "advisor: error: invalid value \"\" for --category; allowed: video, phone, "
       "messenger, scheduling\n"},
      // A value that may be left out is still not empty: --date alone means today.
      {{"handout", "--id", "talky", "--date", ""},
       "advisor: error: invalid value \"\" for --date; allowed: a date like 2026-12-01, or "
       "--date alone\n"},
      {{"overview", "--date="},
       "advisor: error: invalid value \"\" for --date; allowed: a date like 2026-12-01, or "
       "--date alone\n"},
  };
  for (const auto& [args, err] : cases)
    check_usage_error(args, err);
}

TEST_CASE("--max-age is checked for every command, list too") {
  check_usage_error({"--max-age", "abc", "list"},
                    "advisor: error: --max-age: \"abc\" is not a whole number of months from 1 "
                    "to 1200\n");
  check_usage_error({"--max-age", "0", "show", "talky"},
                    "advisor: error: --max-age: \"0\" is not a whole number of months from 1 "
                    "to 1200\n");
  CHECK(run_cli({"--max-age", "12", "list"}).code == 0);
}

TEST_CASE("recommend: --all and --top together are refused") {
  check_usage_error({"recommend", "--category", "video", "--all", "--top", "5"},
                    "advisor: error: --all and --top cannot be used together: use --all for "
                    "every fitting service, or --top N for the first N\n");
  check_usage_error({"recommend", "--category", "video", "--top", "abc"},
                    "advisor: error: invalid value \"abc\" for --top; allowed: 1 or more (or "
                    "--all)\n");
  CHECK(run_cli({"recommend", "--category", "video", "--all"}).code == 0);
  CHECK(run_cli({"recommend", "--category", "video", "--top", "5"}).code == 0);
}

TEST_CASE("-o with an extension no format has is refused, naming the formats") {
  const std::string formats = "formats and their extensions: ";
  const std::string hint =
      "\nName the file with one of these extensions, or choose the format with --format.\n";
  check_usage_error({"guide", "talky", "-o", "talky.PDF"},
                    "advisor: error: -o \"talky.PDF\": no format has the extension \".PDF\"; " +
                        formats + "text (.txt), markdown (.md, .markdown), html (.html, .htm)" +
                        hint);
  check_usage_error({"handout", "--id", "talky", "-o", "dir.v2/handout.docx"},
                    "advisor: error: -o \"dir.v2/handout.docx\": no format has the extension "
                    "\".docx\"; " +
                        formats + "html (.html, .htm), markdown (.md, .markdown), text (.txt)" +
                        hint);
  check_usage_error({"overview", "--output", "liste.odt"},
                    "advisor: error: -o \"liste.odt\": no format has the extension \".odt\"; " +
                        formats + "html (.html, .htm), markdown (.md, .markdown), text (.txt)" +
                        hint);
}

TEST_CASE("-o: a known extension in any case, --format, or no extension still write") {
  std::string pattern =
      (std::filesystem::temp_directory_path() / "advisor-hostile-XXXXXX").string();
  REQUIRE(mkdtemp(pattern.data()) != nullptr);
  const std::filesystem::path folder = pattern;
  auto written = [](const std::filesystem::path& path) {
    std::ifstream file(path);
    std::ostringstream content;
    content << file.rdbuf();
    return content.str();
  };
  CHECK(run_cli({"guide", "talky", "-o", (folder / "talky.HTML").string()}).code == 0);
  CHECK(written(folder / "talky.HTML").starts_with("<!DOCTYPE html>"));
  CHECK(
      run_cli({"guide", "talky", "--format", "html", "-o", (folder / "talky.pdf").string()}).code ==
      0);
  CHECK(written(folder / "talky.pdf").starts_with("<!DOCTYPE html>"));
  // No extension: the default (text for guide), as before.
  CHECK(run_cli({"guide", "talky", "-o", (folder / "talky").string()}).code == 0);
  CHECK(written(folder / "talky") == run_cli({"guide", "talky"}).out);
  std::filesystem::remove_all(folder);
}

TEST_CASE("CLI11's own errors come as advisor: error: with the help to run") {
  check_usage_error({"recommend", "--category", "video", "--people"},
                    "advisor: error: missing value for --people (N)\n"
                    "Run \"advisor recommend --help\" for the usage.\n");
  check_usage_error({"guide"}, "advisor: error: missing ID\n"
                               "Run \"advisor guide --help\" for the usage.\n");
  check_usage_error({"completion"}, "advisor: error: missing shell (bash, zsh, fish)\n"
                                    "Run \"advisor completion --help\" for the usage.\n");
  check_usage_error({"list", "extra"}, "advisor: error: unexpected argument \"extra\"\n"
                                       "Run \"advisor list --help\" for the usage.\n");
  check_usage_error({"list", "--all"}, "advisor: error: unknown option \"--all\"\n"
                                       "Run \"advisor list --help\" for the options.\n");
  check_usage_error({"list", "--language"}, "advisor: error: missing value for --language (de|en)\n"
                                            "Run \"advisor list --help\" for the usage.\n");
  check_usage_error({"recommend", "--screen-sharing=maybe", "--category", "video"},
                    "advisor: error: invalid value \"maybe\" for --screen-sharing\n"
                    "Run \"advisor recommend --help\" for the usage.\n");
}

TEST_CASE("a 128 KiB unknown id gets the plain message, without a suggestion") {
  const std::string id(128 * 1024, 'a');
  check_usage_error({"show", id}, "advisor: error: unknown id \"" + id +
                                      "\"\nRun \"advisor list\" to see every id.\n");
  // Just above the length limit and nothing like an id: no suggestion, as before.
  const std::string long_talky = "talky" + std::string(100, 'y');
  check_usage_error({"show", long_talky}, "advisor: error: unknown id \"" + long_talky +
                                              "\"\nRun \"advisor list\" to see every id.\n");
}

} // namespace advisor::test
