#pragma once
// What a group needs: the flags of `recommend` and `handout`, validated, as the engine reads them.

#include <advisor/catalogue/model.hpp>
#include <advisor/core/language.hpp>

#include <optional>
#include <string>

namespace advisor::engine {

// The needs of one query. Unset optionals are needs the user did not state.
struct Profile {
  std::optional<catalogue::Category> category; // set from --category or from --instead-of
  std::optional<int> people;                   // group size, 1..10000
  std::optional<catalogue::Browser> browser;   // what most participants use
  std::optional<Language> language;            // the participants' language
  std::optional<double> budget_eur;            // per month; 0 = nothing at all
  std::optional<int> duration_minutes;         // length of one meeting
  bool screen_sharing = false;
  bool dial_in = false;
  bool no_install = false;
  bool no_account = false;
  bool no_phone_number = false;
  bool processing_agreement = false;
  bool organisation = false;    // used by a centre or group: private-use free plans do not fit
  bool sensitive = false;       // special categories of personal data (Art. 9 GDPR)
  bool own_server = false;      // the organisation runs or rents a server
  bool smartphone_only = false; // participants only have a phone
  bool calls = false;           // messengers: the group also calls (the call limit applies)
  std::string instead_of;       // id of the tool or service to replace; empty = none
  // Months after which an entry's review counts as stale (--max-age); unset: rules.yaml's
  // stale_months.
  std::optional<int> max_age_months;
};

} // namespace advisor::engine
