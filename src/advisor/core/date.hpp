#pragma once
// Calendar dates of facts and sources, as precise as the source is: a year, a month or a day.

#include <optional>
#include <string>
#include <string_view>

namespace advisor {

struct Date {
  int year = 0;
  int month = 0; // 0 = not given
  int day = 0;   // 0 = not given

  auto operator<=>(const Date&) const = default;
};

// Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; returns nullopt for anything else or an impossible
// date (month 13, 30 February).
std::optional<Date> parse_date(std::string_view text);

// Returns the ISO form with the precision given ("2020", "2020-07", "2020-07-03").
std::string format_date(const Date& date);

// Returns whole months from `earlier` to `later` (missing month/day count as January / 1st).
int months_between(const Date& earlier, const Date& later);

// Today's date (UTC) from `source_date_epoch` (seconds, the SOURCE_DATE_EPOCH convention) when it
// is a valid number, else from the system clock.
Date today(const std::optional<std::string>& source_date_epoch);

} // namespace advisor
