#include <advisor/catalogue/names.hpp>
#include <advisor/render/messages.hpp>
#include <advisor/render/vocabulary.hpp>

#include <array>
#include <utility>

namespace advisor::render {

using namespace advisor::catalogue;

Text label(Category value) {
  switch (value) {
  case Category::video:
    return {"Videokonferenz", "video conferencing"};
  case Category::phone:
    return {"Telefonkonferenz", "phone conferencing"};
  case Category::messenger:
    return {"Messenger", "messenger"};
  case Category::scheduling:
    return {"Terminfindung", "scheduling"};
  }
  return {};
}

Text label(Support value) {
  switch (value) {
  case Support::works:
    return {"funktioniert", "works"};
  case Support::limited:
    return {"eingeschränkt", "works with limits"};
  case Support::fails:
    return {"funktioniert nicht", "does not work"};
  }
  return {};
}

Text label(Browser value) {
  switch (value) {
  case Browser::chrome:
    return {"Chrome", "Chrome"};
  case Browser::chromium:
    return {"Chromium", "Chromium"};
  case Browser::firefox:
    return {"Firefox", "Firefox"};
  case Browser::safari:
    return {"Safari", "Safari"};
  case Browser::edge:
    return {"Edge", "Edge"};
  }
  return {};
}

Text label(YesNo value) {
  return value == YesNo::yes ? Text{"ja", "yes"} : Text{"nein", "no"};
}

Text label(Install value) {
  switch (value) {
  case Install::no:
    return {"nein, nichts zu installieren", "no, nothing to install"};
  case Install::optional:
    return {"optional (App oder Browser)", "optional (app or browser)"};
  case Install::yes:
    return {"ja, eine App ist nötig", "yes, an app is needed"};
  }
  return {};
}

Text label(Encryption value) {
  switch (value) {
  case Encryption::by_default:
    return {"ja, standardmäßig", "yes, by default"};
  case Encryption::optional:
    return {"optional, muss eingeschaltet werden", "optional, must be switched on"};
  case Encryption::one_to_one_only:
    return {"nur in Einzelchats, nie in Gruppen", "only in one-to-one chats, never in groups"};
  case Encryption::none:
    return {"nein", "no"};
  }
  return {};
}

Text label(Channel value) {
  switch (value) {
  case Channel::browser:
    return {"Browser", "browser"};
  case Channel::app:
    return {"App", "app"};
  case Channel::phone:
    return {"Telefon", "telephone"};
  }
  return {};
}

Text label(Audience value) {
  return value == Audience::everyone ? Text{"alle", "everyone"}
                                     : Text{"Organisationen", "organisations"};
}

Text label(OpenSource value) {
  switch (value) {
  case OpenSource::yes:
    return {"ja", "yes"};
  case OpenSource::partly:
    return {"teilweise (Apps offen, Server nicht)", "partly (apps open, server closed)"};
  case OpenSource::no:
    return {"nein", "no"};
  }
  return {};
}

Text label(Tracking value) {
  return value == Tracking::none_found ? Text{"nichts gefunden", "none found"}
                                       : Text{"gefunden", "found"};
}

Text label(Price value) {
  switch (value) {
  case Price::free:
    return {"kostenlos", "free"};
  case Price::free_tier:
    return {"kostenlos mit Einschränkungen", "free with limits"};
  case Price::paid:
    return {"kostenpflichtig", "paid"};
  case Price::one_off:
    return {"einmaliger Kaufpreis", "one-off price"};
  }
  return {};
}

Text label(Status value) {
  switch (value) {
  case Status::active:
    return {"in Betrieb", "active"};
  case Status::uncertain:
    return {"unklar, ob noch in Betrieb", "uncertain whether it still exists"};
  case Status::offline:
    return {"nicht mehr erreichbar", "offline"};
  case Status::discontinued:
    return {"eingestellt", "discontinued"};
  }
  return {};
}

Text label(Verdict value) {
  switch (value) {
  case Verdict::recommended:
    return {"empfohlen", "recommended"};
  case Verdict::acceptable:
    return {"mit Vorbehalt vertretbar", "acceptable with reservations"};
  case Verdict::neutral:
    return {"neutral (weder Empfehlung noch Warnung)", "neither recommended nor advised against"};
  case Verdict::not_recommended:
    return {"nicht empfohlen", "not recommended"};
  case Verdict::warned_against:
    return {"davon wird abgeraten", "advised against"};
  }
  return {};
}

Text label(Rating value) {
  switch (value) {
  case Rating::green:
    return {"grün", "green"};
  case Rating::yellow:
    return {"gelb", "yellow"};
  case Rating::red:
    return {"rot", "red"};
  }
  return {};
}

Text result_label(const Assessment& assessment) {
  return assessment.rating ? label(*assessment.rating) : label(assessment.verdict);
}

std::string result_name(const Assessment& assessment) {
  return std::string(assessment.rating ? name_of(*assessment.rating) : name_of(assessment.verdict));
}

Text label(Confidence value) {
  switch (value) {
  case Confidence::high:
    return {"hoch", "high"};
  case Confidence::medium:
    return {"mittel", "medium"};
  case Confidence::low:
    return {"gering", "low"};
  }
  return {};
}

Text fact_name(std::string_view key) {
  static const std::array<std::pair<std::string_view, Text>, 21> k_names = {{
      {"max_participants", {"Höchstzahl der Teilnehmenden", "Participant limit"}},
      {"max_group", {"Höchstzahl der Gruppenmitglieder", "Group member limit"}},
      {"joins_by", {"Teilnahme über", "Participants join by"}},
      {"smartphone", {"Nur mit Smartphone", "With a smartphone only"}},
      {"seen_working", {"Erprobte Gruppengröße", "Largest group seen working"}},
      {"browsers", {"Browser", "Browsers"}},
      {"languages", {"Sprachen der Oberfläche", "Interface languages"}},
      {"price", {"Preis", "Price"}},
      {"install", {"Installation nötig", "Installation needed"}},
      {"participant_account", {"Konto für Teilnehmende", "Account for participants"}},
      {"organiser_account", {"Konto für Einladende", "Account for the organiser"}},
      {"phone_number", {"Telefonnummer nötig", "Phone number needed"}},
      {"screen_sharing", {"Bildschirm teilen", "Screen sharing"}},
      {"chat", {"Chat", "Chat"}},
      {"dial_in", {"Einwahl per Telefon", "Telephone dial-in"}},
      {"e2ee", {"Ende-zu-Ende-Verschlüsselung", "End-to-end encryption"}},
      {"open_source", {"Quelloffen", "Open source"}},
      {"operator", {"Betreiber", "Operator"}},
      {"country", {"Land", "Country"}},
      {"tracking", {"Tracker oder Werbung", "Trackers or ads"}},
      {"processing_agreement",
       {"Auftragsverarbeitungsvertrag (AVV)", "Data-processing agreement (AVV)"}},
  }};
  for (const auto& [name, text] : k_names) {
    if (name == key) return text;
  }
  return {std::string(key), std::string(key)};
}

Text unknown_label() {
  return {"unbekannt", "unknown"};
}

std::string local_mark(const Entry& entry, Language language) {
  return entry.local ? " [" + message("out.local", language) + "]" : std::string();
}

Text short_label(Category value) {
  switch (value) {
  case Category::video:
    return {"Video", "video"};
  case Category::phone:
    return {"Telefon", "phone"};
  case Category::messenger:
    return {"Messenger", "messenger"};
  case Category::scheduling:
    return {"Termine", "scheduling"};
  }
  return {};
}

Text short_label(Status value) {
  switch (value) {
  case Status::active:
    return {"in Betrieb", "active"};
  case Status::uncertain:
    return {"unklar", "uncertain"};
  case Status::offline:
    return {"nicht erreichbar", "offline"};
  case Status::discontinued:
    return {"eingestellt", "discontinued"};
  }
  return {};
}

Text short_label(Verdict value) {
  switch (value) {
  case Verdict::recommended:
    return {"empfohlen", "recommended"};
  case Verdict::acceptable:
    return {"vertretbar", "acceptable"};
  case Verdict::neutral:
    return {"neutral", "neutral"};
  case Verdict::not_recommended:
    return {"nicht empfohlen", "not recommended"};
  case Verdict::warned_against:
    return {"Warnung", "advised against"};
  }
  return {};
}

} // namespace advisor::render
