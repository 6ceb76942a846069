#pragma once
// The catalogue in memory: tools, their services, and every fact with its source and date.
// Mirrors docs/catalogue.md key for key. Nothing here knows YAML.

#include <advisor/core/date.hpp>
#include <advisor/core/diagnostic.hpp>
#include <advisor/core/language.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace advisor::catalogue {

enum class Category { video, phone, messenger, scheduling };
enum class Confidence { high, medium, low };
// How well a browser works with a service.
enum class Support { works, limited, fails };
enum class Browser { chrome, chromium, firefox, safari, edge };
enum class YesNo { yes, no };
// Whether participants must install something: no (browser), optional (app or browser), yes.
enum class Install { no, optional, yes };
// End-to-end encryption of group conversations; one_to_one_only: never in groups (Telegram).
enum class Encryption { by_default, optional, one_to_one_only, none };
// How participants take part: in a web browser, with an app, by ordinary telephone.
enum class Channel { browser, app, phone };
enum class OpenSource { yes, partly, no };
enum class Tracking { none_found, found };
// What using the service costs: free, a free tier with limits, a subscription, a one-off price.
enum class Price { free, free_tier, paid, one_off };
// offline: this service (a server) is no longer reachable; discontinued: the product ended.
enum class Status { active, uncertain, offline, discontinued };
// The seed's (or a later source's) recommendation.
enum class Verdict { recommended, acceptable, neutral, not_recommended, warned_against };
// A traffic-light rating by an authority or reviewer.
enum class Rating { green, yellow, red };
// Whom an assessment's finding is about: anyone, or organisations (controllers) only, as when it
// rests on the data-processing agreement alone.
enum class Audience { everyone, organisations };

// What a traffic light amounts to in the catalogue's verdicts (docs/ranking.md): green is
// recommended, yellow neutral, red not recommended.
constexpr Verdict verdict_of(Rating rating) {
  switch (rating) {
  case Rating::green:
    return Verdict::recommended;
  case Rating::yellow:
    return Verdict::neutral;
  case Rating::red:
    break;
  }
  return Verdict::not_recommended;
}
enum class ConditionKind { free_tier_minutes, browser_degrades_above, room_expires_days };

// Where a fact comes from.
struct Provenance {
  Str source;               // id in sources.yaml, e.g. "S42"
  std::optional<Date> date; // when the source said it; nullopt: the source's date is unknown
  Confidence confidence = Confidence::medium;
  Text note;      // optional explanation, may be empty
  Location where; // where in the catalogue this statement is
};

// One dated statement of a fact's value.
template <class T> struct Statement {
  T value{};
  Provenance provenance;
  // Extra numbers some facts carry (price amount in EUR, period); unused otherwise.
  std::optional<double> amount_eur;
  bool per_month = false;
  Str replaced_by;               // for status: what replaced a gone service (id or name)
  bool private_use_only = false; // price: the free plan is for private use only
  bool with_free_plan = false;   // processing_agreement: also available with the free plan
  bool by_operator = false;      // yes where the operator of a server sets it up (software)
  bool supersedes = false;       // undated, but known to be newer than the dated ones before it
};

// A fact: unknown, or one or more dated statements, oldest first. The newest drives the
// ranking; older ones are what the seed (or an earlier source) said, shown as "what changed".
template <class T> struct Fact {
  std::vector<Statement<T>> history; // empty = unknown
  Text unknown_note;                 // why it is unknown, optional
  Location where;

  bool known() const { return !history.empty(); }
  // The newest statement. Precondition: known().
  const Statement<T>& current() const { return history.back(); }
  // Returns true when an older statement said something else.
  bool changed() const {
    for (const auto& s : history) {
      if (!(s.value == history.back().value)) return true;
    }
    return false;
  }
};

// Participant limit: a number, or explicitly no fixed limit.
struct Limit {
  bool unlimited = false;
  int count = 0;
  bool operator==(const Limit&) const = default;
};

struct Facts {
  Fact<Limit> max_participants; // one meeting; for messengers one group call
  Fact<Limit> max_group;        // members of one group (messengers); optional key
  Fact<int> seen_working;       // largest group a source saw working
  std::map<Browser, Fact<Support>> browsers;
  Fact<std::vector<Str>> languages; // interface languages, ISO 639-1 codes
  Fact<Price> price;
  Fact<Install> install;
  Fact<YesNo> participant_account;
  Fact<YesNo> organiser_account;
  Fact<YesNo> phone_number;
  Fact<YesNo> screen_sharing;
  Fact<YesNo> chat;
  Fact<YesNo> dial_in;
  Fact<Encryption> e2ee;
  Fact<OpenSource> open_source;
  Fact<Str> operator_name; // key "operator"; proper names are not translated
  Fact<Str> country;       // ISO 3166 alpha-2 code
  Fact<Tracking> tracking;
  Fact<YesNo> processing_agreement;
  Fact<std::vector<Channel>> joins_by; // optional key
  Fact<Support> smartphone;            // with only a smartphone; optional key
};

// An assessment made of a tool or service by an authority, the seed or a reviewer.
struct Assessment {
  Str by; // assessor id from sources.yaml "assessors" (e.g. "berlin-dpa")
  Date date;
  std::optional<Rating> rating;       // the assessor's traffic light, for those who use one
  Verdict verdict = Verdict::neutral; // what the finding amounts to (from the rating, or given)
  Audience audience = Audience::everyone;
  bool unsuitable_for_sensitive = false; // found unsuitable for sensitive (Art. 9) data
  Text scope;                            // what was assessed and how
  Text summary;                          // the finding, in our words
  Provenance provenance;
};

// A condition peculiar to one service, declared in its entry and evaluated by the engine.
struct Condition {
  ConditionKind kind = ConditionKind::free_tier_minutes;
  int minutes = 0;                    // free_tier_minutes
  Browser browser = Browser::firefox; // browser_degrades_above
  int people = 0;                     // browser_degrades_above
  int days = 0;                       // room_expires_days
  Provenance provenance;
};

// A change since the seed list that no typed fact expresses (a rename, a new login rule).
struct Change {
  Date date;
  Text text;
  Provenance provenance;
};

// Step-by-step instructions; every step in both languages.
struct Guide {
  std::optional<Date> checked; // when the steps were last checked against the service
  std::vector<Str> sources;
  std::vector<Text> organiser;   // create, protect, invite
  std::vector<Text> participant; // open, allow camera/microphone, join
  std::vector<Text> during;      // mute, camera, screen sharing, chat
  std::vector<Text> leaving;
  std::vector<Text> troubleshooting; // when it goes wrong
  std::vector<Text> precautions;     // privacy precautions
  Location where;
  bool empty() const { return organiser.empty() && participant.empty(); }
};

// A concrete place to go (jitsi-meet/ffmuc), or a tool that is itself the service (talky).
struct Entry {
  Str id; // "talky" or "jitsi-meet/ffmuc"
  Str name;
  Str url;     // the public address where people meet; empty when there is none
  Str website; // the project's or maker's site when it is not a place to meet
  Category category = Category::video;
  Text summary;
  Text hosting; // for software without a public service: who could host it
  Date reviewed;
  std::vector<Str> sources; // source ids used by this entry
  Facts facts;
  Fact<Verdict> verdict;
  Fact<Status> status;
  std::vector<Assessment> assessments;
  std::vector<Change> changes;
  std::vector<Condition> conditions;
  Guide guide;
  bool local = false; // from an overlay
  Location where;     // the entry's first line
};

// A tool (software or product) with its services. A tool without services is a candidate itself.
struct Tool {
  Entry entry; // the tool's own facts (software-level)
  std::vector<Entry> services;
  Str file; // catalogue file it came from
};

struct Source {
  Str id;     // "S42"
  Text title; // the same in both languages unless the catalogue has a translation
  Str publisher;
  Str url; // may be empty (the seed)
  std::optional<Date> date;
  Location where;
};

struct Assessor {
  Str id; // "berlin-dpa"
  Text name;
  Text short_name; // optional: "Berliner Datenschutzbeauftragte", for the short views
  Location where;
};

struct Advice {
  Str id;
  Text text;
  Provenance provenance;
};

struct CategoryInfo {
  Category id = Category::video;
  Text name;
  Text description;
  std::vector<Advice> advice;
};

// Weights and thresholds of the ranking, from rules.yaml. Keys are documented in
// docs/ranking.md; values are points (signed) or limits.
struct Rules {
  std::map<std::string, int> weights; // "verdict.recommended" -> 30
  std::map<std::string, int> thresholds;
  Location where;
  // Returns the weight for `key`. Throws Error when the key is missing (check prevents that).
  int weight(const std::string& key) const;
  int threshold(const std::string& key) const;
};

struct Catalogue {
  std::vector<Tool> tools; // sorted by id
  std::vector<CategoryInfo> categories;
  std::vector<Advice> general_advice; // not tied to a category (donate)
  std::vector<Source> sources;
  std::vector<Assessor> assessors;
  Rules rules;

  // Returns the tool or service with `id` ("talky", "jitsi-meet/ffmuc"), or nullptr.
  const Entry* find(std::string_view id) const; // "Talky" finds talky: ids are lower case
  const Tool* find_tool(std::string_view id) const;
  const Source* find_source(std::string_view id) const;
  const Assessor* find_assessor(std::string_view id) const;
  const CategoryInfo* find_category(Category category) const;
  // Every id, tools and services, in catalogue order.
  std::vector<std::string> ids() const;
  // The candidates of a ranking: each service, and each tool without services.
  std::vector<const Entry*> candidates() const;
};

} // namespace advisor::catalogue
