#include "handout_builder.hpp"
#include "support.hpp"

#include <advisor/render/guide/guide.hpp>

#include <doctest/doctest.h>

using namespace advisor;
using namespace advisor::render;
using advisor::test::check_golden;
using advisor::test::handout_catalogue;

namespace {

const Date k_today{2026, 12, 3};

std::string all_formats(const GuideView& view, Language language) {
  return render_guide_text(view, language, 80) + "\n~~~~ markdown ~~~~\n" +
         render_guide_markdown(view, language) + "\n~~~~ html ~~~~\n" +
         render_guide_html(view, language);
}

} // namespace

TEST_CASE("render::make_guide_view") {
  const auto catalogue = handout_catalogue();

  SUBCASE("all sections, in reading order, for everyone") {
    const auto view =
        make_guide_view(catalogue, *catalogue.find("talky"), Audience::everyone, k_today);
    std::vector<std::string> keys;
    for (const auto& section : view.sections)
      keys.push_back(section.key);
    CHECK(keys == std::vector<std::string>{"precautions", "organiser", "participant", "during",
                                           "leaving", "troubleshooting"});
    REQUIRE(view.checked);
    CHECK(*view.checked == Date{2020, 7, 0});
  }
  SUBCASE("participants do not get the organiser's steps, and the other way round") {
    const auto participant =
        make_guide_view(catalogue, *catalogue.find("talky"), Audience::participant, k_today);
    const auto organiser =
        make_guide_view(catalogue, *catalogue.find("talky"), Audience::organiser, k_today);
    for (const auto& section : participant.sections)
      CHECK(section.key != "organiser");
    for (const auto& section : organiser.sections)
      CHECK(section.key != "participant");
    CHECK(participant.sections.size() == 5);
    CHECK(organiser.sections.size() == 5);
  }
  SUBCASE("steps older than 24 months and an English-only interface are warned about") {
    const auto view =
        make_guide_view(catalogue, *catalogue.find("talky"), Audience::everyone, k_today);
    REQUIRE(view.notices.size() == 2);
    CHECK(view.notices[0].de == "talky gibt es nur auf Englisch.");
    CHECK(view.notices[0].en.empty());
    CHECK(view.notices[1].en == "These steps were last checked in July 2020, over six years "
                                "ago. The pages may look different today: try everything "
                                "yourself first.");
    CHECK(view.notices[1].de == "Diese Schritte wurden zuletzt im Juli 2020 überprüft; das ist "
                                "über sechs Jahre her. Die Seiten können heute anders aussehen: "
                                "Probieren Sie alles vorher selbst aus.");
  }
  SUBCASE("24 months are not yet old") {
    const auto view =
        make_guide_view(catalogue, *catalogue.find("talky"), Audience::everyone, Date{2022, 7, 31});
    CHECK(view.notices.size() == 1);
  }
  SUBCASE("a service without steps of its own uses its tool's") {
    const auto view = make_guide_view(catalogue, *catalogue.find("jitsi-meet/ffmuc"),
                                      Audience::everyone, k_today);
    REQUIRE(view.sections.size() == 2);
    CHECK(view.sections[0].steps[0].en == "Open the server's address.");
    CHECK(view.notices.empty());
    CHECK(view.services.empty());
  }
  SUBCASE("a tool with services lists them with their status") {
    const auto view =
        make_guide_view(catalogue, *catalogue.find("jitsi-meet"), Audience::everyone, k_today);
    REQUIRE(view.services.size() == 3);
    CHECK(view.services[0].id == "jitsi-meet/ffmuc");
    CHECK(view.services[0].status_note.empty());
    CHECK(view.services[2].status_note.en == "discontinued");
  }
  SUBCASE("a discontinued service says what replaced it and shows no steps") {
    const auto view =
        make_guide_view(catalogue, *catalogue.find("jitsi-meet/gone"), Audience::everyone, k_today);
    CHECK(view.discontinued);
    CHECK(view.sections.empty());
    REQUIRE(view.notices.size() == 1);
    CHECK(view.notices[0].en == "Weg Meet has been discontinued (as of March 2022). It was "
                                "replaced by Freifunk München Meet (steps: advisor guide "
                                "jitsi-meet/ffmuc).");
  }
  SUBCASE("an uncertain service is warned about, with the source's note") {
    const auto view = make_guide_view(catalogue, *catalogue.find("jitsi-meet/maybe"),
                                      Audience::everyone, k_today);
    REQUIRE(view.notices.size() == 1);
    CHECK(view.notices[0].de == "Ob es Vielleicht Meet noch gibt, ist unklar. Rufen Sie "
                                "https://meet.example.org/ selbst auf, bevor Sie die Adresse "
                                "weitergeben. Die Seite antwortete 2024 nicht.");
  }
}

TEST_CASE("render::render_guide (builder catalogue)") {
  const auto catalogue = handout_catalogue();
  for (const auto language : {Language::de, Language::en}) {
    const std::string lang(language_code(language));
    CAPTURE(lang);
    check_golden("render-guide-talky-" + lang + ".txt",
                 all_formats(make_guide_view(catalogue, *catalogue.find("talky"),
                                             Audience::everyone, k_today),
                             language));
    check_golden("render-guide-jitsi-meet-" + lang + ".txt",
                 all_formats(make_guide_view(catalogue, *catalogue.find("jitsi-meet"),
                                             Audience::everyone, k_today),
                             language));
    check_golden("render-guide-gone-" + lang + ".txt",
                 all_formats(make_guide_view(catalogue, *catalogue.find("jitsi-meet/gone"),
                                             Audience::participant, k_today),
                             language));
  }
}

TEST_CASE("render::render_guide_html escapes every catalogue text") {
  const auto catalogue = handout_catalogue();
  const auto view =
      make_guide_view(catalogue, *catalogue.find("tricky"), Audience::everyone, k_today);
  for (const auto language : {Language::de, Language::en}) {
    const std::string html = render_guide_html(view, language);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("<b>") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp;") != std::string::npos);
    CHECK(html.find("<title>Tricky &lt;b&gt;&amp;&lt;/b&gt; &quot;Co&quot; &#39;Ltd&#39;:") !=
          std::string::npos);
    CHECK(html.find("<a href=\"https://tricky.example/?a=1&amp;b=&lt;2&gt;\">") !=
          std::string::npos);
    CHECK(html.find("alt=\"QR") != std::string::npos);
  }
  check_golden("render-guide-tricky-en.txt", all_formats(view, Language::en));
}
