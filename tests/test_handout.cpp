#include "handout_builder.hpp"
#include "support.hpp"

#include <advisor/core/error.hpp>
#include <advisor/render/handout/handout.hpp>

#include <doctest/doctest.h>

using namespace advisor;
using namespace advisor::render;
using advisor::test::check_golden;
using advisor::test::handout_catalogue;

namespace {

const Date k_today{2026, 12, 3};

Footer sample_footer() {
  return {"Selbsthilfe <Kontakt> & Co",
          {"Tel. 0000 000000", "info@example.org"},
          "Musterstraße 1, 00000 Musterstadt"};
}

} // namespace

TEST_CASE("render::make_handout_view") {
  const auto catalogue = handout_catalogue();

  SUBCASE("guide, tips of the category and for every category, footer") {
    const auto view = make_handout_view(catalogue, *catalogue.find("talky"), Audience::participant,
                                        Language::en, k_today, sample_footer(), std::nullopt);
    CHECK(view.category_name.de == "Videokonferenzen");
    REQUIRE(view.category_tips.size() == 1);
    CHECK(view.category_tips[0].en == "Video needs upload speed: at least 5 Mbit/s.");
    REQUIRE(view.general_tips.size() == 1);
    CHECK(view.general_tips[0].en == "Donate if you can.");
    CHECK(view.fill_in.size() == 3);
    CHECK(view.footer.contact.size() == 2);
  }
  SUBCASE("the organiser's sheet has no lines to fill in") {
    const auto view = make_handout_view(catalogue, *catalogue.find("talky"), Audience::organiser,
                                        Language::en, k_today, {}, std::nullopt);
    CHECK(view.fill_in.empty());
  }
  SUBCASE("a tool with several services needs one of them") {
    CHECK_THROWS_WITH_AS(make_handout_view(catalogue, *catalogue.find("jitsi-meet"),
                                           Audience::participant, Language::en, k_today, {},
                                           std::nullopt),
                         "\"jitsi-meet\" is run by several providers; a handout needs one of them: "
                         "jitsi-meet/ffmuc, jitsi-meet/maybe, jitsi-meet/gone",
                         UsageError);
  }
  SUBCASE("a discontinued service gets no handout") {
    CHECK_THROWS_WITH_AS(
        make_handout_view(catalogue, *catalogue.find("jitsi-meet/gone"), Audience::participant,
                          Language::en, k_today, {}, std::nullopt),
        "\"jitsi-meet/gone\" has been discontinued (replaced by \"jitsi-meet/ffmuc\"); a handout "
        "would send people to a service that is gone",
        UsageError);
  }
}

TEST_CASE("render::render_handout (builder catalogue)") {
  const auto catalogue = handout_catalogue();
  for (const auto language : {Language::de, Language::en}) {
    const std::string lang(language_code(language));
    CAPTURE(lang);
    const auto view = make_handout_view(catalogue, *catalogue.find("talky"), Audience::participant,
                                        Language::en, k_today, sample_footer(), Date{2026, 12, 1});
    check_golden("render-handout-talky-" + lang + ".html", render_handout_html(view, language));
    check_golden("render-handout-talky-" + lang + ".md", render_handout_markdown(view, language));
    check_golden("render-handout-talky-" + lang + ".txt", render_handout_text(view, language, 80));
  }
}

TEST_CASE("render::render_handout_html escapes every catalogue text") {
  const auto catalogue = handout_catalogue();
  const auto view = make_handout_view(catalogue, *catalogue.find("tricky"), Audience::everyone,
                                      Language::en, k_today, sample_footer(), std::nullopt);
  const std::string html = render_handout_html(view, Language::de);
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("<Kontakt>") == std::string::npos);
  CHECK(html.find("<Abstimmungen>") == std::string::npos);
  CHECK(html.find("Nicht für verbindliche &lt;Abstimmungen&gt; &amp; Wahlen.") !=
        std::string::npos);
  CHECK(html.find("<h2>Gut zu wissen: Terminfindung &lt;&amp;&gt;</h2>") != std::string::npos);
  CHECK(html.find("<p><strong>Selbsthilfe &lt;Kontakt&gt; &amp; Co</strong></p>") !=
        std::string::npos);
  const std::string markdown = render_handout_markdown(view, Language::de);
  CHECK(markdown.starts_with("---\ntitle: \"Tricky \\\\<b\\\\>\\\\&\\\\</b\\\\> \\\"Co\\\" 'Ltd': "
                             "Schritt für Schritt\"\nlang: de\nauthor: \"Selbsthilfe "
                             "\\\\<Kontakt\\\\> \\\\& Co\"\n...\n\n"));
  check_golden("render-handout-tricky-de.md", markdown);
}
