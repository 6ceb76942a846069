#include <advisor/render/code_names.hpp>

#include <array>
#include <utility>

namespace advisor::render {
namespace {

using CodeName = std::pair<std::string_view, Text>;

Text lookup(std::string_view code, const auto& table) {
  for (const auto& [key, name] : table) {
    if (key == code) return name;
  }
  return {std::string(code), std::string(code)};
}

} // namespace

Text language_name(std::string_view code) {
  static const auto k_languages = std::to_array<CodeName>({
      {"ar", {"Arabisch", "Arabic"}},          {"bg", {"Bulgarisch", "Bulgarian"}},
      {"ca", {"Katalanisch", "Catalan"}},      {"cs", {"Tschechisch", "Czech"}},
      {"da", {"Dänisch", "Danish"}},           {"de", {"Deutsch", "German"}},
      {"el", {"Griechisch", "Greek"}},         {"en", {"Englisch", "English"}},
      {"es", {"Spanisch", "Spanish"}},         {"fa", {"Persisch", "Persian"}},
      {"fi", {"Finnisch", "Finnish"}},         {"fr", {"Französisch", "French"}},
      {"he", {"Hebräisch", "Hebrew"}},         {"hr", {"Kroatisch", "Croatian"}},
      {"hu", {"Ungarisch", "Hungarian"}},      {"it", {"Italienisch", "Italian"}},
      {"ja", {"Japanisch", "Japanese"}},       {"ko", {"Koreanisch", "Korean"}},
      {"nb", {"Norwegisch", "Norwegian"}},     {"nl", {"Niederländisch", "Dutch"}},
      {"no", {"Norwegisch", "Norwegian"}},     {"pl", {"Polnisch", "Polish"}},
      {"pt", {"Portugiesisch", "Portuguese"}}, {"rm", {"Rätoromanisch", "Romansh"}},
      {"ro", {"Rumänisch", "Romanian"}},       {"ru", {"Russisch", "Russian"}},
      {"sk", {"Slowakisch", "Slovak"}},        {"sl", {"Slowenisch", "Slovenian"}},
      {"sr", {"Serbisch", "Serbian"}},         {"sv", {"Schwedisch", "Swedish"}},
      {"tr", {"Türkisch", "Turkish"}},         {"uk", {"Ukrainisch", "Ukrainian"}},
      {"zh", {"Chinesisch", "Chinese"}},
  });
  return lookup(code, k_languages);
}

Text country_name(std::string_view code) {
  static const auto k_countries = std::to_array<CodeName>({
      {"AE", {"Vereinigte Arabische Emirate", "United Arab Emirates"}},
      {"AT", {"Österreich", "Austria"}},
      {"BE", {"Belgien", "Belgium"}},
      {"CA", {"Kanada", "Canada"}},
      {"CH", {"Schweiz", "Switzerland"}},
      {"CY", {"Zypern", "Cyprus"}},
      {"CZ", {"Tschechien", "Czechia"}},
      {"DE", {"Deutschland", "Germany"}},
      {"DK", {"Dänemark", "Denmark"}},
      {"ES", {"Spanien", "Spain"}},
      {"FI", {"Finnland", "Finland"}},
      {"FR", {"Frankreich", "France"}},
      {"GB", {"Vereinigtes Königreich", "United Kingdom"}},
      {"IE", {"Irland", "Ireland"}},
      {"IN", {"Indien", "India"}},
      {"IT", {"Italien", "Italy"}},
      {"LU", {"Luxemburg", "Luxembourg"}},
      {"NL", {"Niederlande", "Netherlands"}},
      {"NO", {"Norwegen", "Norway"}},
      {"PL", {"Polen", "Poland"}},
      {"SE", {"Schweden", "Sweden"}},
      {"US", {"USA", "United States"}},
      {"VG", {"Britische Jungferninseln", "British Virgin Islands"}},
  });
  return lookup(code, k_countries);
}

} // namespace advisor::render
