#include <advisor/render/date_text.hpp>

#include <array>
#include <fmt/format.h>

namespace advisor::render {

Text date_in_words(const Date& date) {
  static constexpr std::array<std::string_view, 12> k_de = {
      "Januar", "Februar", "März",      "April",   "Mai",      "Juni",
      "Juli",   "August",  "September", "Oktober", "November", "Dezember"};
  static constexpr std::array<std::string_view, 12> k_en = {
      "January", "February", "March",     "April",   "May",      "June",
      "July",    "August",   "September", "October", "November", "December"};
  if (date.month < 1 || date.month > 12) {
    const auto year = fmt::format("{}", date.year);
    return {year, year};
  }
  const auto index = static_cast<std::size_t>(date.month - 1);
  if (date.day == 0) {
    return {fmt::format("{} {}", k_de[index], date.year),
            fmt::format("{} {}", k_en[index], date.year)};
  }
  return {fmt::format("{}. {} {}", date.day, k_de[index], date.year),
          fmt::format("{} {} {}", date.day, k_en[index], date.year)};
}

} // namespace advisor::render

namespace advisor::render {

Text age_in_words(int months) {
  if (months < 24) {
    return {fmt::format("{} {}", months, months == 1 ? "Monat" : "Monate"),
            fmt::format("{} {}", months, months == 1 ? "month" : "months")};
  }
  static constexpr std::array<std::string_view, 13> k_de = {
      "",       "ein",  "zwei", "drei", "vier", "fünf", "sechs",
      "sieben", "acht", "neun", "zehn", "elf",  "zwölf"};
  static constexpr std::array<std::string_view, 13> k_en = {
      "",      "one",   "two",  "three", "four",   "five",  "six",
      "seven", "eight", "nine", "ten",   "eleven", "twelve"};
  const auto years = static_cast<std::size_t>(months / 12);
  const bool more = months % 12 != 0;
  const std::string de = years < k_de.size() ? std::string(k_de[years]) : std::to_string(years);
  const std::string en = years < k_en.size() ? std::string(k_en[years]) : std::to_string(years);
  return {fmt::format("{}{} Jahre", more ? "über " : "", de),
          fmt::format("{}{} years", more ? "over " : "", en)};
}

} // namespace advisor::render
