// The judgments that must hold on the built-in catalogue (docs/ranking.md): issue 3's, and one
// per principle of issue 8 (what a group can use now comes first; evidence counted once, as its
// source said it, with its date; facts mean what they say; the needs of organisations).
#include "support.hpp"

#include <advisor/catalogue/load.hpp>
#include <advisor/engine/ranking.hpp>

#include <algorithm>
#include <doctest/doctest.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

using namespace advisor;
using namespace advisor::catalogue;

namespace {

constexpr Date k_today = test::k_test_today;

const Catalogue& builtin() {
  return test::builtin_catalogue();
}

engine::Profile query(Category category) {
  engine::Profile profile;
  profile.category = category;
  return profile;
}

std::vector<std::string> ids(const std::vector<engine::Candidate>& candidates) {
  std::vector<std::string> result;
  for (const auto& c : candidates)
    result.push_back(c.entry->id);
  return result;
}

bool has_rule(const std::vector<engine::Reason>& reasons, const std::string& prefix) {
  return std::any_of(reasons.begin(), reasons.end(),
                     [&](const engine::Reason& r) { return r.rule.starts_with(prefix); });
}

// The excluded candidate `id`; fails when it fits.
const engine::Candidate& excluded(const engine::Ranking& ranking, const std::string& id) {
  const auto* candidate = ranking.find(id);
  REQUIRE_MESSAGE(candidate != nullptr, "no candidate " << id);
  REQUIRE_MESSAGE(candidate->excluded(), id << " should be excluded");
  return *candidate;
}

bool gone(const Entry& entry) {
  return entry.status.known() && (entry.status.current().value == Status::discontinued ||
                                  entry.status.current().value == Status::offline);
}

const std::vector<Category> k_categories = {Category::video, Category::phone, Category::messenger,
                                            Category::scheduling};

// Queries of every category, with and without the needs of issue 8.
std::vector<engine::Profile> many_queries() {
  std::vector<engine::Profile> profiles;
  for (auto category : k_categories) {
    for (int variant = 0; variant < 8; ++variant) {
      auto profile = query(category);
      if (variant == 1) profile.people = 12;
      if (variant == 2) profile.organisation = true;
      if (variant == 3) profile.sensitive = true;
      if (variant == 4) profile.smartphone_only = true;
      if (variant == 5) profile.own_server = true;
      if (variant == 6) {
        profile.people = 6;
        profile.browser = Browser::firefox;
        profile.language = Language::de;
      }
      if (variant == 7) {
        profile.organisation = true;
        profile.processing_agreement = true;
      }
      profiles.push_back(profile);
    }
  }
  return profiles;
}

std::string order(const engine::Ranking& ranking) {
  std::vector<std::string> parts;
  for (const auto& c : ranking.fitting)
    parts.push_back(fmt::format("{}:{}", c.entry->id, static_cast<int>(c.availability)));
  return fmt::format("{}", fmt::join(parts, " "));
}

} // namespace

TEST_CASE("judgment: a service that has gone is never recommended, and says what happened") {
  std::vector<std::string> gone_ids;
  for (const auto* entry : builtin().candidates()) {
    if (gone(*entry)) gone_ids.push_back(entry->id);
  }
  CHECK(gone_ids == std::vector<std::string>{"blizz", "dudle/tu-dresden", "skype"});
  for (const auto& profile : many_queries()) {
    const auto ranking = engine::rank(builtin(), profile, k_today);
    for (const auto& c : ranking.fitting)
      CHECK_MESSAGE(!gone(*c.entry), c.entry->id);
    for (const auto& c : ranking.server_needed)
      CHECK_MESSAGE(!gone(*c.entry), c.entry->id);
  }
  const auto polls = test::run_cli({"recommend", "--category", "scheduling"});
  CHECK(polls.out.find("dudle (TU Dresden) is no longer reachable") != std::string::npos);
  const auto video = test::run_cli({"recommend", "--category", "video"});
  CHECK(video.out.find("Blizz has been discontinued; it was replaced by TeamViewer Meeting") !=
        std::string::npos);
}

TEST_CASE("judgment: an uncertain service never ranks above a running one") {
  using engine::Availability;
  for (const auto& profile : many_queries()) {
    const auto ranking = engine::rank(builtin(), profile, k_today);
    // The groups in order: now, undecided (both running), uncertain, advised against.
    const auto group = [](Availability a) {
      return a == Availability::now         ? 0
             : a == Availability::undecided ? 1
             : a == Availability::uncertain ? 2
                                            : 3;
    };
    for (std::size_t i = 1; i < ranking.fitting.size(); ++i) {
      CHECK_MESSAGE(group(ranking.fitting[i - 1].availability) <=
                        group(ranking.fitting[i].availability),
                    order(ranking));
    }
    for (const auto& c : ranking.fitting) {
      const auto& status = c.entry->status;
      const bool running = status.known() && status.current().value == Status::active;
      if (!running) CHECK(c.availability != engine::Availability::now);
    }
  }
  // Every uncertain entry says what to check.
  for (const auto* entry : builtin().candidates()) {
    const auto& status = entry->status;
    if (status.known() && status.current().value == Status::uncertain) {
      CHECK_MESSAGE(!status.current().provenance.note.empty(), entry->id);
    }
  }
  auto video = query(Category::video);
  const auto ranking = engine::rank(builtin(), video, k_today);
  CHECK(ranking.place("talky") < ranking.place("jitsi-meet/adminforge"));
  CHECK(ranking.place("talky") < ranking.place("jitsi-meet/freifunk-hamburg"));
  auto phone = query(Category::phone);
  phone.people = 30;
  const auto calls = test::run_cli({"recommend", "--category", "phone", "--people", "30", "--all"});
  CHECK(calls.out.find("Whether these services still exist is uncertain; check that first:") <
        calls.out.find("Deutsche Telefonkonferenz (deutsche-telefonkonferenz)"));
}

TEST_CASE("judgment: the top three of every query are services a group can use now") {
  for (const auto& profile : many_queries()) {
    const auto ranking = engine::rank(builtin(), profile, k_today);
    for (std::size_t i = 0; i < std::min<std::size_t>(3, ranking.fitting.size()); ++i) {
      const auto& c = ranking.fitting[i];
      // A service listed before a usable one must itself be usable.
      const bool usable_later = std::any_of(
          ranking.fitting.begin() + static_cast<std::ptrdiff_t>(i), ranking.fitting.end(),
          [](const auto& other) { return other.availability == engine::Availability::now; });
      if (usable_later) CHECK_MESSAGE(c.availability == engine::Availability::now, order(ranking));
      CHECK_MESSAGE((!c.entry->url.empty() || profile.own_server), c.entry->id);
    }
  }
}

TEST_CASE("judgment: a tool without a public address is not a first answer without --own-server") {
  const auto plain = engine::rank(builtin(), query(Category::video), k_today);
  CHECK(plain.place("nextcloud-talk") == 0);
  CHECK(ids(plain.server_needed) == std::vector<std::string>{"nextcloud-talk"});
  auto own = query(Category::video);
  own.own_server = true;
  CHECK(engine::rank(builtin(), own, k_today).place("nextcloud-talk") > 0);
  // A project's website is not a place to meet.
  const auto* mumble = builtin().find("mumble");
  REQUIRE(mumble != nullptr);
  CHECK(mumble->url.empty());
  CHECK(!mumble->website.empty());
  const auto phone = engine::rank(builtin(), query(Category::phone), k_today);
  CHECK(ids(phone.server_needed) == std::vector<std::string>{"mumble"});
  // recommend, compare and handout agree.
  const auto text = test::run_cli({"recommend", "--category", "video", "--explain"});
  CHECK(text.out.find("If your organisation runs or rents a server (no public address):\n"
                      "  - Nextcloud Talk (nextcloud-talk)") != std::string::npos);
  const auto compare = test::run_cli({"compare", "nextcloud-talk", "talky"}, {{"COLUMNS", "200"}});
  CHECK(compare.out.find("no public address: needs a server of your organisation") !=
        std::string::npos);
}

TEST_CASE("judgment: the seed is one verdict; assessments are what a named assessor published") {
  for (const auto* entry : builtin().candidates()) {
    for (const auto& assessment : entry->assessments) {
      CAPTURE(entry->id);
      CHECK(assessment.by != "shz");
      CHECK(assessment.provenance.source != "S0");
      CHECK(builtin().find_assessor(assessment.by) != nullptr);
      // Traffic lights only for the assessor who uses them.
      if (assessment.rating) CHECK(assessment.by == "berlin-dpa");
    }
  }
  for (const auto& id : {"zoom", "whatsapp"}) {
    for (const auto& assessment : builtin().find(id)->assessments)
      CHECK(assessment.by != "kuketz");
  }
  for (const auto& profile : many_queries()) {
    const auto ranking = engine::rank(builtin(), profile, k_today);
    for (const auto& c : ranking.fitting) {
      const auto verdicts = std::count_if(c.points.begin(), c.points.end(), [](const auto& r) {
        return r.rule.starts_with("verdict.") || r.rule.starts_with("assessment.");
      });
      CHECK_MESSAGE(verdicts == 1, c.entry->id);
    }
  }
}

TEST_CASE("judgment: a later assessment moves the verdict, and the text says so") {
  const auto result = test::run_cli({"recommend", "--category", "video", "--why-not", "alfaview"});
  CHECK(result.out.find("+40  Berlin Commissioner for Data Protection and Freedom of Information "
                        "(18\n") != std::string::npos);
  const auto json = nlohmann::json::parse(
      test::run_cli({"recommend", "--category", "video", "--format", "json", "--all"}).out);
  for (const auto& item : json["recommendations"]) {
    if (item["id"] != "alfaview") continue;
    CHECK(item["verdict"] == "recommended");
    CHECK(item["reasons"][0]["text"] ==
          "Berlin Commissioner for Data Protection and Freedom of Information (18 February "
          "2021): green, counts as recommended; before that Selbsthilfezentrum München (July "
          "2020): not recommended");
  }
  // A finding about organisations only (no processing agreement) moves the verdict for them.
  auto organisation = query(Category::video);
  organisation.organisation = true;
  const auto ranking = engine::rank(builtin(), organisation, k_today);
  CHECK(ranking.find("jitsi-meet/ffmuc")->verdict == Verdict::not_recommended);
  CHECK(
      engine::rank(builtin(), query(Category::video), k_today).find("jitsi-meet/ffmuc")->verdict ==
      Verdict::recommended);
}

TEST_CASE("judgment: an undated statement never overrides a dated one silently") {
  for (const auto* entry : builtin().candidates()) {
    CAPTURE(entry->id);
    const auto& price = entry->facts.price;
    if (!price.known()) continue;
    const auto& newest = price.current();
    const bool contradicts_dated =
        std::any_of(price.history.begin(), price.history.end(), [&](const auto& older) {
          return older.provenance.date && older.value != newest.value;
        });
    if (!newest.provenance.date && contradicts_dated) CHECK(newest.supersedes);
  }
  // Meetgreen: the seed's dated price stays newest; the undated help page does not make it free.
  auto free = query(Category::phone);
  free.budget_eur = 0;
  const auto ranking = engine::rank(builtin(), free, k_today);
  CHECK(has_rule(excluded(ranking, "meetgreen").exclusions, "exclude.price.paid"));
}

TEST_CASE("judgment: a weak limit warns instead of excluding; nothing is inferred from a name") {
  auto eight = query(Category::video);
  eight.people = 8;
  const auto ranking = engine::rank(builtin(), eight, k_today);
  const auto* talky = ranking.find("talky");
  REQUIRE(talky != nullptr);
  CHECK(!talky->excluded());
  CHECK(has_rule(talky->warnings, "warn.people.weak-limit"));
  CHECK(!builtin().find("jitsi-meet/freifunk-hamburg")->facts.country.known());
}

TEST_CASE("judgment: call size and group size are different facts") {
  auto group = query(Category::messenger);
  group.people = 50;
  CHECK(!engine::rank(builtin(), group, k_today).find("signal")->excluded());
  group.calls = true;
  const auto calls = engine::rank(builtin(), group, k_today);
  CHECK(has_rule(excluded(calls, "signal").exclusions, "exclude.max_participants.below"));
}

TEST_CASE("judgment: facts say which channel, which chats, which country") {
  const auto phone =
      test::run_cli({"recommend", "--category", "phone", "--why-not", "deutsche-telefonkonferenz"});
  CHECK(phone.out.find("Participants join by telephone, nothing to install") != std::string::npos);
  CHECK(phone.out.find("Runs in the browser") == std::string::npos);
  const auto messengers = engine::rank(builtin(), query(Category::messenger), k_today);
  CHECK(!has_rule(messengers.find("telegram")->points, "e2ee.")); // nothing for groups
  CHECK(builtin().find("telegram")->facts.e2ee.current().value == Encryption::one_to_one_only);
  CHECK(has_rule(messengers.find("threema")->points, "country.adequate"));
  // Well-known services have their address and the facts their sources state.
  for (const auto& id : {"zoom", "doodle", "threema", "telegram", "whatsapp", "signal"}) {
    CHECK_MESSAGE(!builtin().find(id)->url.empty(), id);
  }
  CHECK(builtin().find("zoom")->facts.screen_sharing.current().value == YesNo::yes);
  CHECK(builtin().find("telegram")->facts.price.current().value == Price::free);
  CHECK(builtin().find("whatsapp")->facts.install.current().value == Install::yes);
  // Dial-in is up to the server's operator, for Jitsi and BigBlueButton alike.
  for (const auto& id : {"jitsi-meet", "bigbluebutton"}) {
    const auto& dial_in = builtin().find(id)->facts.dial_in;
    REQUIRE(dial_in.known());
    CHECK(dial_in.current().by_operator);
  }
}

TEST_CASE("judgment: --organisation: a free plan for private use only does not fit") {
  auto organisation = query(Category::video);
  organisation.organisation = true;
  auto ranking = engine::rank(builtin(), organisation, k_today);
  CHECK(has_rule(ranking.find("alfaview")->warnings, "warn.price.private-use-only"));
  organisation.budget_eur = 0;
  ranking = engine::rank(builtin(), organisation, k_today);
  CHECK(has_rule(excluded(ranking, "alfaview").exclusions, "exclude.price.private-use-only"));
}

TEST_CASE("judgment: --processing-agreement with --budget 0 leaves out an agreement that only a "
          "paid plan brings") {
  const auto result = test::run_cli(
      {"recommend", "--category", "video", "--processing-agreement", "--budget", "0", "--explain"});
  CHECK(result.code == 0);
  CHECK(result.out.find("1 of 24 services fit") != std::string::npos);
  CHECK(result.out.find("1. Senfcall (bigbluebutton/senfcall)") != std::string::npos);
  CHECK(result.out.find("alfaview: a data-processing agreement comes with a paid plan only") !=
        std::string::npos);
}

TEST_CASE("judgment: --sensitive excludes what an assessor found unsuitable, and says who") {
  for (auto category : k_categories) {
    auto sensitive = query(category);
    sensitive.sensitive = true;
    const auto ranking = engine::rank(builtin(), sensitive, k_today);
    for (const auto& c : ranking.fitting) {
      CAPTURE(c.entry->id);
      const auto& f = c.entry->facts;
      const bool encrypted = f.e2ee.known() && (f.e2ee.current().value == Encryption::by_default ||
                                                f.e2ee.current().value == Encryption::optional);
      const bool contract =
          f.processing_agreement.known() && f.processing_agreement.current().value == YesNo::yes;
      CHECK((encrypted || contract));
      for (const auto& assessment : c.entry->assessments)
        CHECK(!assessment.unsuitable_for_sensitive);
    }
  }
  const auto result =
      test::run_cli({"recommend", "--category", "video", "--sensitive", "--why-not", "zoom"},
                    {{"COLUMNS", "200"}});
  CHECK(result.out.find("Berlin Commissioner for Data Protection and Freedom of Information found "
                        "Zoom unsuitable for especially sensitive data (3 July 2020)") !=
        std::string::npos);
  auto messenger = query(Category::messenger);
  messenger.sensitive = true;
  CHECK(has_rule(excluded(engine::rank(builtin(), messenger, k_today), "telegram").exclusions,
                 "exclude.sensitive.unprotected"));
}

TEST_CASE("judgment: --smartphone-only ranks by how well it works on a phone") {
  auto phone = query(Category::phone);
  phone.smartphone_only = true;
  phone.own_server = true;
  const auto ranking = engine::rank(builtin(), phone, k_today);
  CHECK(has_rule(ranking.find("mumble")->warnings, "warn.smartphone.limited"));
  CHECK(has_rule(ranking.find("meetgreen")->points, "smartphone.works"));
}

TEST_CASE("judgment: a group larger than the limit excludes, naming limit and size") {
  const auto result =
      test::run_cli({"recommend", "--category", "phone", "--people", "30", "--format", "json"});
  REQUIRE(result.code == 0);
  const auto json = nlohmann::json::parse(result.out);
  bool found = false;
  for (const auto& item : json["excluded"]) {
    if (item["id"] != "meetgreen") continue;
    found = true;
    CHECK(item["reasons"][0]["rule"] == "exclude.max_participants.below");
    CHECK(item["reasons"][0]["text"] == "Meetgreen allows at most 20 participants; your group: 30");
  }
  CHECK(found);
  const auto de = test::run_cli({"recommend", "--category", "phone", "--people", "30", "--why-not",
                                 "meetgreen", "--language", "de"});
  CHECK(de.out.find("Meetgreen erlaubt höchstens 20 Teilnehmende; Ihre Gruppe: 30") !=
        std::string::npos);
}

TEST_CASE("judgment: an English-only interface costs points when participants speak German") {
  const auto result = test::run_cli({"--language", "en", "recommend", "--category", "video",
                                     "--language", "de", "--why-not", "talky", "--format", "json"});
  REQUIRE(result.code == 0);
  const auto json = nlohmann::json::parse(result.out);
  CHECK(json["language"] == "en");
  CHECK(json["query"]["language"] == "de");
  bool found = false;
  for (const auto& reason : json["why_not"]["reasons"]) {
    if (reason["rule"] != "language.missing") continue;
    found = true;
    CHECK(reason["points"] < 0);
    CHECK(reason["text"] == "Interface in English only; participants speak German");
  }
  CHECK(found);
  auto english = query(Category::video);
  english.language = Language::en;
  const auto ranking = engine::rank(builtin(), english, k_today);
  CHECK(!has_rule(ranking.find("talky")->points, "language.missing"));
}

TEST_CASE("judgment: --budget 0 excludes everything that costs money, one-off prices included") {
  for (auto category :
       {Category::video, Category::phone, Category::messenger, Category::scheduling}) {
    auto profile = query(category);
    profile.budget_eur = 0;
    const auto ranking = engine::rank(builtin(), profile, k_today);
    for (const auto& candidate : ranking.fitting) {
      const auto& price = candidate.entry->facts.price;
      REQUIRE(price.known());
      CHECK_MESSAGE(
          (price.current().value == Price::free || price.current().value == Price::free_tier),
          candidate.entry->id);
    }
  }
  auto messenger = query(Category::messenger);
  messenger.budget_eur = 0;
  const auto ranking = engine::rank(builtin(), messenger, k_today);
  CHECK(has_rule(excluded(ranking, "threema").exclusions, "exclude.price.one-off"));
}

TEST_CASE("judgment: --no-phone-number excludes every messenger that needs one") {
  auto profile = query(Category::messenger);
  profile.no_phone_number = true;
  const auto ranking = engine::rank(builtin(), profile, k_today);
  for (const auto& id : {"signal", "telegram", "whatsapp"}) {
    CHECK(has_rule(excluded(ranking, id).exclusions, "exclude.phone_number."));
  }
  CHECK(ids(ranking.fitting) ==
        std::vector<std::string>{"threema", "wire", "delta-chat", "imessage", "simplex", "briar",
                                 "threema-work", "conversations", "element/synod-im", "session",
                                 "facebook-messenger"});
}

TEST_CASE("judgment: --processing-agreement excludes free public servers without one") {
  auto profile = query(Category::video);
  profile.processing_agreement = true;
  const auto ranking = engine::rank(builtin(), profile, k_today);
  for (const auto* entry : builtin().candidates()) {
    if (!entry->id.starts_with("jitsi-meet/")) continue;
    CHECK(has_rule(excluded(ranking, entry->id).exclusions, "exclude.processing_agreement."));
  }
  // Senfcall offers non-profit organisations an agreement (for their own front end).
  const auto* senfcall = ranking.find("bigbluebutton/senfcall");
  REQUIRE(senfcall != nullptr);
  CHECK(!senfcall->excluded());
}

TEST_CASE(
    "judgment: --duration beyond a free tier says the limit; it excludes only with a budget") {
  auto profile = query(Category::video);
  profile.duration_minutes = 90;
  auto ranking = engine::rank(builtin(), profile, k_today);
  const auto* fairmeeting = ranking.find("jitsi-meet/fairmeeting");
  REQUIRE(fairmeeting != nullptr);
  CHECK(!fairmeeting->excluded());
  CHECK(has_rule(fairmeeting->warnings, "warn.free-tier-minutes-exceeded"));
  profile.budget_eur = 0;
  ranking = engine::rank(builtin(), profile, k_today);
  CHECK(has_rule(excluded(ranking, "jitsi-meet/fairmeeting").exclusions,
                 "exclude.condition.free-tier-minutes"));
  profile.budget_eur.reset();
  profile.duration_minutes = 30;
  const auto short_meeting = engine::rank(builtin(), profile, k_today);
  CHECK(!short_meeting.find("jitsi-meet/fairmeeting")->excluded());
  const auto unknown = engine::rank(builtin(), query(Category::video), k_today);
  CHECK(has_rule(unknown.find("jitsi-meet/fairmeeting")->warnings, "warn.free-tier-minutes"));
}

TEST_CASE("judgment: --dial-in excludes services not known to offer telephone dial-in") {
  for (auto category : {Category::video, Category::phone}) {
    auto profile = query(category);
    profile.dial_in = true;
    const auto ranking = engine::rank(builtin(), profile, k_today);
    for (const auto& candidate : ranking.fitting) {
      const auto& dial_in = candidate.entry->facts.dial_in;
      CHECK_MESSAGE((dial_in.known() && dial_in.current().value == YesNo::yes),
                    candidate.entry->id);
    }
    for (const auto& candidate : ranking.excluded) {
      const auto& dial_in = candidate.entry->facts.dial_in;
      if (!dial_in.known() || dial_in.current().value == YesNo::no) {
        CHECK(has_rule(candidate.exclusions, "exclude.dial_in."));
      }
    }
  }
}

TEST_CASE("judgment: the seed's two messengers lead; the poll still running leads") {
  const auto messengers = engine::rank(builtin(), query(Category::messenger), k_today);
  REQUIRE(messengers.fitting.size() >= 2);
  std::vector<std::string> top = {messengers.fitting[0].entry->id, messengers.fitting[1].entry->id};
  std::sort(top.begin(), top.end());
  CHECK(top == std::vector<std::string>{"signal", "threema"});
  const auto polls = engine::rank(builtin(), query(Category::scheduling), k_today);
  REQUIRE(!polls.fitting.empty());
  CHECK(polls.fitting[0].entry->id == "nuudel");
}

TEST_CASE("recommend: the same query twice gives the same bytes") {
  for (const auto& format : {"text", "markdown", "json"}) {
    const std::vector<std::string> args = {"recommend", "--category", "video", "--people", "6",
                                           "--browser", "firefox",    "--all", "--format", format};
    const auto first = test::run_cli(args);
    const auto second = test::run_cli(args);
    CHECK(first.code == 0);
    CHECK(first.out == second.out);
  }
}
