#include <advisor/core/date.hpp>

#include <charconv>
#include <chrono>
#include <fmt/format.h>

namespace advisor {
namespace {

std::optional<int> parse_number(std::string_view text, std::size_t digits) {
  if (text.size() != digits) return std::nullopt;
  int value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

int days_in_month(int year, int month) {
  static constexpr int k_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : k_days[month - 1];
}

} // namespace

std::optional<Date> parse_date(std::string_view text) {
  Date date;
  auto year = parse_number(text.substr(0, 4), 4);
  if (!year || *year < 1900 || *year > 2999) return std::nullopt;
  date.year = *year;
  if (text.size() == 4) return date;
  if (text.size() < 7 || text[4] != '-') return std::nullopt;
  auto month = parse_number(text.substr(5, 2), 2);
  if (!month || *month < 1 || *month > 12) return std::nullopt;
  date.month = *month;
  if (text.size() == 7) return date;
  if (text.size() != 10 || text[7] != '-') return std::nullopt;
  auto day = parse_number(text.substr(8, 2), 2);
  if (!day || *day < 1 || *day > days_in_month(date.year, date.month)) return std::nullopt;
  date.day = *day;
  return date;
}

std::string format_date(const Date& date) {
  if (date.month == 0) return fmt::format("{:04}", date.year);
  if (date.day == 0) return fmt::format("{:04}-{:02}", date.year, date.month);
  return fmt::format("{:04}-{:02}-{:02}", date.year, date.month, date.day);
}

int months_between(const Date& earlier, const Date& later) {
  const int from = earlier.year * 12 + (earlier.month > 0 ? earlier.month - 1 : 0);
  const int to = later.year * 12 + (later.month > 0 ? later.month - 1 : 0);
  int months = to - from;
  if (earlier.day > 0 && later.day > 0 && later.day < earlier.day) --months;
  return months;
}

Date today(const std::optional<std::string>& source_date_epoch) {
  using namespace std::chrono;
  sys_days days = floor<std::chrono::days>(system_clock::now());
  if (source_date_epoch && !source_date_epoch->empty()) {
    long long seconds = 0;
    std::string_view text(*source_date_epoch);
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), seconds);
    if (ec == std::errc() && end == text.data() + text.size()) {
      days = floor<std::chrono::days>(sys_seconds(std::chrono::seconds(seconds)));
    }
  }
  const year_month_day ymd(days);
  return Date{static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
              static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

} // namespace advisor
