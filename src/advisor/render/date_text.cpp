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
