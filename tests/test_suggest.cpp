// "Did you mean" for every name a user types: ids, categories, browsers, languages, commands.
#include "support.hpp"
#include <advisor/core/suggest.hpp>
#include <doctest/doctest.h>

using advisor::closest_match;
using advisor::did_you_mean_id;
using advisor::edit_distance;
using advisor::test::run_cli;

TEST_CASE("edit_distance counts a swap of neighbours as one") {
  CHECK(edit_distance("talky", "talky") == 0);
  CHECK(edit_distance("talx", "talky") == 2);
  CHECK(edit_distance("lsit", "list") == 1);
  CHECK(edit_distance("", "zoom") == 4);
}

TEST_CASE("closest_match: a third of the longer word, rounded, or a prefix") {
  const std::vector<std::string> ids = {"talky", "zoom", "signal", "threema"};
  CHECK(closest_match("talx", ids) == "talky"); // 2 of 5
  CHECK(closest_match("zom", ids) == "zoom");
  CHECK(closest_match("thr", ids) == "threema"); // prefix
  CHECK_FALSE(closest_match("xyzzy", ids));
  CHECK_FALSE(closest_match("ab", ids));
  CHECK_FALSE(closest_match("tcsh", std::vector<std::string>{"bash", "zsh", "fish"}));
}

TEST_CASE("did_you_mean_id finds a service by its own part") {
  const std::vector<std::string> ids = {"jitsi-meet", "jitsi-meet/ffmuc", "jitsi-meet/adminforge",
                                        "talky"};
  CHECK(did_you_mean_id("ffmuc", ids) == " (did you mean \"jitsi-meet/ffmuc\"?)");
  CHECK(did_you_mean_id("ffmc", ids) == " (did you mean \"jitsi-meet/ffmuc\"?)");
  CHECK(did_you_mean_id("adminforg", ids) == " (did you mean \"jitsi-meet/adminforge\"?)");
  CHECK(did_you_mean_id("jitsi-met", ids) == " (did you mean \"jitsi-meet\"?)");
  CHECK(did_you_mean_id("talk", ids) == " (did you mean \"talky\"?)");
  CHECK(did_you_mean_id("nothing-like-it", ids).empty());
}

TEST_CASE("every kind of name a user types gets a did-you-mean, with exit 2") {
  struct Case {
    std::vector<std::string> args;
    std::string first_line;
  };
  const std::vector<Case> cases = {
      {{"show", "talx"}, "advisor: error: unknown id \"talx\" (did you mean \"talky\"?)"},
      {{"guide", "ffmc"},
       "advisor: error: unknown id \"ffmc\" (did you mean \"jitsi-meet/ffmuc\"?)"},
      {{"compare", "signal", "threma"},
       "advisor: error: unknown id \"threma\" (did you mean \"threema\"?)"},
      {{"handout", "--id", "meebel"},
       "advisor: error: unknown id \"meebel\" (did you mean \"meebl\"?)"},
      {{"recommend", "--instead-of", "whatsap"},
       "advisor: error: unknown id \"whatsap\" for --instead-of (did you mean \"whatsapp\"?)"},
      {{"recommend", "--category", "video", "--why-not", "zom"},
       "advisor: error: unknown id \"zom\" for --why-not (did you mean \"zoom\"?)"},
      {{"recommend", "--category", "vidoe"},
       "advisor: error: invalid value \"vidoe\" for --category (did you mean \"video\"?); "
       "allowed: video, phone, messenger, scheduling"},
      {{"recommend", "--category", "video", "--browser", "firefux"},
       "advisor: error: invalid value \"firefux\" for --browser (did you mean \"firefox\"?); "
       "allowed: chrome, chromium, firefox, safari, edge"},
      {{"recommend", "--category", "video", "--language", "dee"},
       "advisor: error: invalid value \"dee\" for --language (did you mean \"de\"?); allowed: de, "
       "en"},
      {{"recomend"}, "advisor: error: unknown command \"recomend\" (did you mean \"recommend\"?)"},
      {{"recommend", "--catgory", "video"},
       "advisor: error: unknown option \"--catgory\" (did you mean \"--category\"?)"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.args.front());
    const auto result = run_cli(c.args);
    CHECK(result.code == 2);
    CHECK(result.err.substr(0, result.err.find('\n')) == c.first_line);
  }
}
