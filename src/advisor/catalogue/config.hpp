#pragma once
// The configuration file (config.yaml): an organisation's footer, the default output language,
// default needs and the age after which advice counts as stale. Read with the catalogue's strict
// YAML reader, so a broken file gets the same file:line:col messages (docs/organisations.md).

#include <advisor/catalogue/load.hpp>
#include <advisor/catalogue/model.hpp>
#include <advisor/core/diagnostic.hpp>
#include <advisor/core/language.hpp>

#include <optional>
#include <string>
#include <vector>

namespace advisor::catalogue {

// Who hands out the handouts: their footer. Every part may be empty.
struct Organisation {
  std::string name;
  std::vector<std::string> contact; // one line each: a web address, opening hours, …
  std::string address;              // postal address, may span lines
};

// Needs used when the flag is not given (the same bounds as the flags).
struct NeedDefaults {
  std::optional<int> people; // 1..10000
  std::optional<Browser> browser;
  std::optional<Language> language;    // the participants' language
  std::optional<double> budget_eur;    // 0..100000 per month
  std::optional<int> duration_minutes; // 1..1440
};

struct Config {
  std::string path; // the file it came from; empty when there is none
  Organisation organisation;
  std::optional<Language> language; // output language
  NeedDefaults needs;
  std::optional<int> max_age_months; // advice older than this counts as stale (1..1200)
};

struct ConfigResult {
  Config config;           // complete only when diagnostics has no errors
  Diagnostics diagnostics; // every problem, at file:line:col
};

// Largest --max-age / max_age_months accepted.
inline constexpr int k_max_age_limit = 1200;

// Parses and checks a configuration file. Never throws for bad content.
ConfigResult read_config(const SourceFile& file, const Date& today);

} // namespace advisor::catalogue
