#pragma once
// The need flags of PRODUCT.md, shared by `recommend` and `handout`: added to a subcommand with
// add_profile_options(), turned into an engine::Profile with make_profile().

#include <advisor/catalogue/config.hpp>
#include <advisor/catalogue/model.hpp>
#include <advisor/engine/profile.hpp>

#include <string>

namespace CLI {
class App;
}

namespace advisor::cli {

// The need flags as typed, before validation. Empty strings are flags not given.
struct ProfileOptions {
  std::string category;
  std::string people;
  std::string browser;
  std::string language;
  std::string budget;
  std::string duration;
  std::string instead_of;
  bool screen_sharing = false;
  bool dial_in = false;
  bool no_install = false;
  bool no_account = false;
  bool no_phone_number = false;
  bool processing_agreement = false;
  bool organisation = false;
  bool sensitive = false;
  bool own_server = false;
  bool smartphone_only = false;
  bool calls = false;
  bool no_input = false; // never ask, even on a terminal
};

// Returns true when any need flag was given (not counting --language and --no-input).
bool has_needs(const ProfileOptions& options);

// Adds every need flag (and --no-input) to `command`, bound to `options`; help and errors in
// `language`.
void add_profile_options(CLI::App& command, ProfileOptions& options, Language language);

// Checks every flag value that needs no catalogue (all but --instead-of); throws UsageError as
// make_profile() does. Lets a command report bad usage before it loads the catalogue.
void check_profile_options(const ProfileOptions& options, Language language);

// Returns the profile the flags describe; the category comes from --category or from the tool
// named by --instead-of, and stays unset when neither is given (the caller asks or fails).
// Throws UsageError naming the allowed values (with "did you mean") for a bad value, an unknown
// --instead-of id, or a --category that contradicts --instead-of; its message in `language`.
engine::Profile make_profile(const ProfileOptions& options, const catalogue::Catalogue& catalogue,
                             Language language);

// Fills every need flag not given (people, browser, language, budget, duration) from the
// configuration file's defaults: flags win over the file.
void apply_need_defaults(ProfileOptions& options, const catalogue::NeedDefaults& defaults);

// Each parses one flag's value or throws UsageError saying what is allowed (in `language`).
catalogue::Category parse_category(const std::string& text);
int parse_people(const std::string& text, Language language); // 1..10000
catalogue::Browser parse_browser(const std::string& text);
Language parse_participants_language(const std::string& text);   // de | en
double parse_budget(const std::string& text, Language language); // euros per month, 0 or more
int parse_duration(const std::string& text, Language language);  // minutes, 1..1440

} // namespace advisor::cli
