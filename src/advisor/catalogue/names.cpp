#include <advisor/catalogue/names.hpp>

#include <array>
#include <utility>

namespace advisor::catalogue {
namespace {

template <class T> struct Table;

#define ADVISOR_NAME_TABLE(Type, ...)                                                              \
  template <> struct Table<Type> {                                                                 \
    static constexpr auto entries = std::to_array<std::pair<Type, std::string_view>>(__VA_ARGS__); \
  };

ADVISOR_NAME_TABLE(Category, {{Category::video, "video"},
                              {Category::phone, "phone"},
                              {Category::messenger, "messenger"},
                              {Category::scheduling, "scheduling"}})
ADVISOR_NAME_TABLE(Confidence,
                   {{Confidence::high, "H"}, {Confidence::medium, "M"}, {Confidence::low, "L"}})
ADVISOR_NAME_TABLE(Support, {{Support::works, "works"},
                             {Support::limited, "limited"},
                             {Support::fails, "fails"}})
ADVISOR_NAME_TABLE(Browser, {{Browser::chrome, "chrome"},
                             {Browser::chromium, "chromium"},
                             {Browser::firefox, "firefox"},
                             {Browser::safari, "safari"},
                             {Browser::edge, "edge"}})
ADVISOR_NAME_TABLE(YesNo, {{YesNo::yes, "yes"}, {YesNo::no, "no"}})
ADVISOR_NAME_TABLE(Install,
                   {{Install::no, "no"}, {Install::optional, "optional"}, {Install::yes, "yes"}})
ADVISOR_NAME_TABLE(Encryption, {{Encryption::by_default, "default"},
                                {Encryption::optional, "optional"},
                                {Encryption::one_to_one_only, "one-to-one-only"},
                                {Encryption::none, "none"}})
ADVISOR_NAME_TABLE(Channel, {{Channel::browser, "browser"},
                             {Channel::app, "app"},
                             {Channel::phone, "phone"}})
ADVISOR_NAME_TABLE(OpenSource, {{OpenSource::yes, "yes"},
                                {OpenSource::partly, "partly"},
                                {OpenSource::no, "no"}})
ADVISOR_NAME_TABLE(Tracking, {{Tracking::none_found, "none-found"}, {Tracking::found, "found"}})
ADVISOR_NAME_TABLE(Price, {{Price::free, "free"},
                           {Price::free_tier, "free-tier"},
                           {Price::paid, "paid"},
                           {Price::one_off, "one-off"}})
ADVISOR_NAME_TABLE(Status, {{Status::active, "active"},
                            {Status::uncertain, "uncertain"},
                            {Status::offline, "offline"},
                            {Status::discontinued, "discontinued"}})
ADVISOR_NAME_TABLE(Verdict, {{Verdict::recommended, "recommended"},
                             {Verdict::acceptable, "acceptable"},
                             {Verdict::neutral, "neutral"},
                             {Verdict::not_recommended, "not-recommended"},
                             {Verdict::warned_against, "warned-against"}})
ADVISOR_NAME_TABLE(Rating,
                   {{Rating::green, "green"}, {Rating::yellow, "yellow"}, {Rating::red, "red"}})
ADVISOR_NAME_TABLE(Audience,
                   {{Audience::everyone, "everyone"}, {Audience::organisations, "organisations"}})
ADVISOR_NAME_TABLE(ConditionKind,
                   {{ConditionKind::free_tier_minutes, "free-tier-minutes"},
                    {ConditionKind::browser_degrades_above, "browser-degrades-above"},
                    {ConditionKind::room_expires_days, "room-expires-days"}})

#undef ADVISOR_NAME_TABLE

template <class T> std::string_view lookup(T value) {
  for (const auto& [v, name] : Table<T>::entries) {
    if (v == value) return name;
  }
  return "?";
}

} // namespace

template <class T> std::optional<T> parse_name(std::string_view text) {
  for (const auto& [value, name] : Table<T>::entries) {
    if (name == text) return value;
  }
  return std::nullopt;
}

template <class T> std::vector<std::string> names_of() {
  std::vector<std::string> names;
  for (const auto& entry : Table<T>::entries)
    names.emplace_back(entry.second);
  return names;
}

template <class T> std::vector<T> values_of() {
  std::vector<T> values;
  for (const auto& entry : Table<T>::entries)
    values.push_back(entry.first);
  return values;
}

#define ADVISOR_NAME_FUNCTIONS(Type)                                                               \
  std::string_view name_of(Type value) {                                                           \
    return lookup(value);                                                                          \
  }                                                                                                \
  template std::optional<Type> parse_name<Type>(std::string_view);                                 \
  template std::vector<std::string> names_of<Type>();                                              \
  template std::vector<Type> values_of<Type>();

ADVISOR_NAME_FUNCTIONS(Category)
ADVISOR_NAME_FUNCTIONS(Confidence)
ADVISOR_NAME_FUNCTIONS(Support)
ADVISOR_NAME_FUNCTIONS(Browser)
ADVISOR_NAME_FUNCTIONS(YesNo)
ADVISOR_NAME_FUNCTIONS(Install)
ADVISOR_NAME_FUNCTIONS(Encryption)
ADVISOR_NAME_FUNCTIONS(Channel)
ADVISOR_NAME_FUNCTIONS(OpenSource)
ADVISOR_NAME_FUNCTIONS(Tracking)
ADVISOR_NAME_FUNCTIONS(Price)
ADVISOR_NAME_FUNCTIONS(Status)
ADVISOR_NAME_FUNCTIONS(Verdict)
ADVISOR_NAME_FUNCTIONS(Rating)
ADVISOR_NAME_FUNCTIONS(Audience)
ADVISOR_NAME_FUNCTIONS(ConditionKind)

#undef ADVISOR_NAME_FUNCTIONS

} // namespace advisor::catalogue
