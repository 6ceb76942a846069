#include "catalogue_builder.hpp"
#include "support.hpp"

#include <advisor/render/entry.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using namespace advisor;
using advisor::test::check_golden;
using advisor::test::run_cli;

namespace {

const char* const k_sample_ids[] = {"blizz", "jitsi-meet", "jitsi-meet/ffmuc", "talky", "threema"};

// "jitsi-meet/ffmuc" -> "jitsi-meet-ffmuc" for file names.
std::string file_part(std::string id) {
  for (char& c : id) {
    if (c == '/') c = '-';
  }
  return id;
}

} // namespace

TEST_CASE("render::render_entry_text") {
  const auto catalogue = advisor::test::sample_catalogue();
  for (const char* id : k_sample_ids) {
    const auto* entry = catalogue.find(id);
    REQUIRE(entry != nullptr);
    for (Language language : {Language::de, Language::en}) {
      const std::string name = "show-sample-" + file_part(id) + "-" +
                               std::string(language_code(language));
      CAPTURE(name);
      check_golden(name + ".txt", render::render_entry_text(catalogue, *entry, language));
      check_golden(name + ".md", render::render_entry_markdown(catalogue, *entry, language));
      check_golden(name + ".json", render::render_entry_json(catalogue, *entry, language));
    }
  }
}
