#pragma once
// Visiting every fact of an entry, whatever its value type. Internal to the catalogue layer.

#include <advisor/catalogue/model.hpp>
#include <advisor/catalogue/names.hpp>

#include <string>

namespace advisor::catalogue {

// Calls f(key, fact) for every fact in `facts`; browsers are visited as "browsers.firefox" and
// only when present. `FactsT` is Facts or const Facts.
template <class FactsT, class F> void for_each_fact(FactsT& facts, F&& f) {
  f(std::string("max_participants"), facts.max_participants);
  f(std::string("seen_working"), facts.seen_working);
  for (auto& [browser, fact] : facts.browsers) {
    f("browsers." + std::string(name_of(browser)), fact);
  }
  f(std::string("languages"), facts.languages);
  f(std::string("price"), facts.price);
  f(std::string("install"), facts.install);
  f(std::string("participant_account"), facts.participant_account);
  f(std::string("organiser_account"), facts.organiser_account);
  f(std::string("phone_number"), facts.phone_number);
  f(std::string("screen_sharing"), facts.screen_sharing);
  f(std::string("chat"), facts.chat);
  f(std::string("dial_in"), facts.dial_in);
  f(std::string("e2ee"), facts.e2ee);
  f(std::string("open_source"), facts.open_source);
  f(std::string("operator"), facts.operator_name);
  f(std::string("country"), facts.country);
  f(std::string("tracking"), facts.tracking);
  f(std::string("processing_agreement"), facts.processing_agreement);
  f(std::string("max_group"), facts.max_group);
  f(std::string("joins_by"), facts.joins_by);
  f(std::string("smartphone"), facts.smartphone);
}

// Calls f(mine, theirs) for each fact but the browsers, pairing the same key of two Facts.
template <class F> void for_each_fact_pair(Facts& mine, const Facts& theirs, F&& f) {
  f(mine.max_participants, theirs.max_participants);
  f(mine.seen_working, theirs.seen_working);
  f(mine.languages, theirs.languages);
  f(mine.price, theirs.price);
  f(mine.install, theirs.install);
  f(mine.participant_account, theirs.participant_account);
  f(mine.organiser_account, theirs.organiser_account);
  f(mine.phone_number, theirs.phone_number);
  f(mine.screen_sharing, theirs.screen_sharing);
  f(mine.chat, theirs.chat);
  f(mine.dial_in, theirs.dial_in);
  f(mine.e2ee, theirs.e2ee);
  f(mine.open_source, theirs.open_source);
  f(mine.operator_name, theirs.operator_name);
  f(mine.country, theirs.country);
  f(mine.tracking, theirs.tracking);
  f(mine.processing_agreement, theirs.processing_agreement);
  f(mine.max_group, theirs.max_group);
  f(mine.joins_by, theirs.joins_by);
  f(mine.smartphone, theirs.smartphone);
}

} // namespace advisor::catalogue
