#pragma once
// Dates as people read them ("3. Juli 2020", "July 2020"), with the precision the source gave.

#include <advisor/core/date.hpp>
#include <advisor/core/language.hpp>

namespace advisor::render {

// Returns the date in words in both languages: "3. Juli 2020" / "3 July 2020", "Juli 2020" /
// "July 2020", or just the year.
Text date_in_words(const Date& date);

// Returns an age in words: "11 Monate" / "11 months" below two years, else whole years:
// "über sechs Jahre" / "more than six years", "drei Jahre" / "three years".
Text age_in_words(int months);

} // namespace advisor::render
