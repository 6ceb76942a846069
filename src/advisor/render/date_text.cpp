#include <advisor/render/date_text.hpp>
#include <advisor/render/messages.hpp>

#include <fmt/format.h>

namespace advisor::render {

Text date_in_words(const Date& date) {
  if (date.month < 1 || date.month > 12) return untranslated(fmt::format("{}", date.year));
  TextArgs args{{"month", message_text(fmt::format("out.date.month-name.{:02}", date.month))},
                {"year", untranslated(fmt::format("{}", date.year))}};
  if (date.day == 0) return message_text("out.date.month", args);
  args["day"] = untranslated(fmt::format("{}", date.day));
  return message_text("out.date.day", args);
}

} // namespace advisor::render

namespace advisor::render {

Text age_in_words(int months) {
  if (months < 24) {
    return message_text(counted_key("out.age.months", months),
                        {{"months", untranslated(std::to_string(months))}});
  }
  // Whole years in words up to twelve ("drei Jahre"), in digits beyond.
  constexpr int k_years_in_words = 12;
  const int years = months / 12;
  const Text number = years <= k_years_in_words
                          ? message_text(fmt::format("out.age.number.{:02}", years))
                          : untranslated(std::to_string(years));
  return message_text(months % 12 != 0 ? "out.age.years.more" : "out.age.years",
                      {{"years", number}});
}

} // namespace advisor::render
