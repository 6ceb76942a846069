#include <advisor/render/html.hpp>
#include <advisor/render/markdown_escape.hpp>
#include <advisor/render/urls.hpp>

#include <doctest/doctest.h>

using namespace advisor::render;

TEST_CASE("render::escape_html") {
  CHECK(escape_html("a & b <c> \"d\" 'e'") == "a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#39;");
  CHECK(escape_html("Öffnen „Start“") == "Öffnen „Start“");
  CHECK(escape_html("&amp;") == "&amp;amp;");
}

TEST_CASE("render::find_urls") {
  const std::string text =
      "Open https://talky.io/. Or (http://a.example/x_y?z=1&w=2), not https:// or httpx.";
  const auto spans = find_urls(text);
  REQUIRE(spans.size() == 2);
  CHECK(text.substr(spans[0].start, spans[0].length) == "https://talky.io/");
  CHECK(text.substr(spans[1].start, spans[1].length) == "http://a.example/x_y?z=1&w=2");
  CHECK(find_urls("„https://meet.ffmuc.net/“").size() == 1);
  CHECK(find_urls("no address here").empty());
}

TEST_CASE("render::html_with_links") {
  CHECK(html_with_links("See https://a.example/?x=1&y=<2> & more.") ==
        "See <a href=\"https://a.example/?x=1&amp;y=\">https://a.example/?x=1&amp;y=</a>&lt;2&gt; "
        "&amp; more.");
  CHECK(html_with_links("<b>no link</b>") == "&lt;b&gt;no link&lt;/b&gt;");
}

TEST_CASE("render::base64") {
  CHECK(base64("") == "");
  CHECK(base64("f") == "Zg==");
  CHECK(base64("fo") == "Zm8=");
  CHECK(base64("foo") == "Zm9v");
  CHECK(base64("foobar") == "Zm9vYmFy");
  CHECK(base64("\xff\xfe") == "//4=");
  CHECK(svg_data_uri("<svg/>") == "data:image/svg+xml;base64,PHN2Zy8+");
}

TEST_CASE("render::html_page") {
  const auto page = html_page("de", "A & <B>", "<p>x</p>\n");
  CHECK(
      page.starts_with("<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\">\n"));
  CHECK(page.find("<title>A &amp; &lt;B&gt;</title>") != std::string::npos);
  CHECK(page.find("@page { size: A4;") != std::string::npos);
  CHECK(page.ends_with("<body>\n<p>x</p>\n</body>\n</html>\n"));
  // Nothing is fetched: no external stylesheet, script, font or image.
  CHECK(page.find("<link") == std::string::npos);
  CHECK(page.find("<script") == std::string::npos);
  CHECK(page.find("url(") == std::string::npos);
  CHECK(page.find("@import") == std::string::npos);
}

TEST_CASE("render::markdown_text") {
  CHECK(markdown_text("a *b* _c_ [d] <e> & f") == "a \\*b\\* \\_c\\_ \\[d\\] \\<e\\> \\& f");
  CHECK(markdown_text("1. Schritt") == "1\\. Schritt");
  CHECK(markdown_text("12) x") == "12\\) x");
  CHECK(markdown_text("- kein Punkt") == "\\- kein Punkt");
  CHECK(markdown_text("# kein Titel") == "\\# kein Titel");
  CHECK(markdown_text("Zeile\nzwei") == "Zeile zwei");
  CHECK(markdown_text("see https://a.example/x_y.") == "see <https://a.example/x_y>.");
  CHECK(markdown_text("$5 ~ ^ @x | `c` \\") == "\\$5 \\~ \\^ \\@x \\| \\`c\\` \\\\");
}

TEST_CASE("render::yaml_quoted") {
  CHECK(yaml_quoted("talky: \"so\" \\ geht's") == "\"talky: \\\"so\\\" \\\\ geht's\"");
  CHECK(yaml_quoted("a\nb\x01") == "\"a\\nb\\x01\"");
}
