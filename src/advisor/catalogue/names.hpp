#pragma once
// The spelling of every enum value in the catalogue files and in JSON output, both ways.

#include <advisor/catalogue/model.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace advisor::catalogue {

// Each returns the catalogue spelling ("free-tier", "not-recommended").
std::string_view name_of(Category value);
std::string_view name_of(Confidence value);
std::string_view name_of(Support value);
std::string_view name_of(Browser value);
std::string_view name_of(YesNo value);
std::string_view name_of(Install value);
std::string_view name_of(Encryption value);
std::string_view name_of(Channel value);
std::string_view name_of(OpenSource value);
std::string_view name_of(Tracking value);
std::string_view name_of(Price value);
std::string_view name_of(Status value);
std::string_view name_of(Verdict value);
std::string_view name_of(Rating value);
std::string_view name_of(Audience value);
std::string_view name_of(ConditionKind value);

// Parses a catalogue spelling; nullopt when `text` is not one of `names_of<T>()`.
template <class T> std::optional<T> parse_name(std::string_view text);

// All spellings of an enum, in declaration order (for "allowed values" and "did you mean").
template <class T> std::vector<std::string> names_of();

// All values of an enum, in declaration order.
template <class T> std::vector<T> values_of();

} // namespace advisor::catalogue
