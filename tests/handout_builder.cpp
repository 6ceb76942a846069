#include "handout_builder.hpp"

namespace advisor::test {

using namespace advisor::catalogue;

namespace {

Provenance by_seed() {
  return {"S0", Date{2020, 7, 0}, Confidence::high, {}, {}};
}

template <class T> Fact<T> known(T value, Provenance provenance = by_seed()) {
  Fact<T> fact;
  Statement<T> statement;
  statement.value = std::move(value);
  statement.provenance = std::move(provenance);
  fact.history.push_back(std::move(statement));
  return fact;
}

Entry entry(std::string id, std::string name, std::string url, Category category) {
  Entry result;
  result.id = std::move(id);
  result.name = std::move(name);
  result.url = std::move(url);
  result.category = category;
  result.summary = both("Kurzbeschreibung von " + result.name + ".",
                        "Short description of " + result.name + ".");
  result.reviewed = Date{2026, 11, 30};
  result.sources = {"S0"};
  result.verdict = known(Verdict::recommended);
  result.status = known(Status::active);
  return result;
}

Guide talky_guide() {
  Guide guide;
  guide.checked = Date{2020, 7, 0};
  guide.sources = {"S0"};
  guide.organiser = {both("Öffnen Sie https://talky.io/ und geben Sie einen Namen ein.",
                          "Open https://talky.io/ and type a name."),
                     both("Klicken Sie auf „Start a chat“.", "Click “Start a chat”.")};
  guide.participant = {
      both("Öffnen Sie den Link aus der Einladung.", "Open the link from the invitation.")};
  guide.during = {both("Mikrofon aus: der linke Knopf.", "Microphone off: the left button.")};
  guide.leaving = {both("Klicken Sie auf „Leave“.", "Click “Leave”.")};
  guide.troubleshooting = {both("Kamera ausschalten hilft bei schwacher Leitung.",
                                "Switching the camera off helps on a weak line.")};
  guide.precautions = {
      both("Schicken Sie den Link nur an die Gruppe.", "Send the link to the group only.")};
  return guide;
}

Guide jitsi_guide() {
  Guide guide;
  guide.checked = Date{2025, 6, 1};
  guide.sources = {"S0"};
  guide.organiser = {both("Öffnen Sie die Adresse des Servers.", "Open the server's address.")};
  guide.participant = {both("Öffnen Sie den Link.", "Open the link.")};
  return guide;
}

} // namespace

Text both(std::string de, std::string en) {
  return {std::move(de), std::move(en)};
}

Catalogue handout_catalogue() {
  Catalogue catalogue;

  Tool jitsi;
  jitsi.entry = entry("jitsi-meet", "Jitsi Meet", "https://jitsi.org/", Category::video);
  jitsi.entry.guide = jitsi_guide();
  Entry ffmuc = entry("jitsi-meet/ffmuc", "Freifunk München Meet", "https://meet.ffmuc.net/",
                      Category::video);
  Entry maybe =
      entry("jitsi-meet/maybe", "Vielleicht Meet", "https://meet.example.org/", Category::video);
  maybe.status =
      known(Status::uncertain,
            {"S0",
             Date{2024, 5, 0},
             Confidence::low,
             both("Die Seite antwortete 2024 nicht.", "The site did not answer in 2024."),
             {}});
  Entry gone = entry("jitsi-meet/gone", "Weg Meet", "https://gone.example.org/", Category::video);
  gone.status = known(Status::discontinued, {"S0", Date{2022, 3, 0}, Confidence::high, {}, {}});
  gone.status.history.back().replaced_by = "jitsi-meet/ffmuc";
  jitsi.services = {ffmuc, maybe, gone};
  catalogue.tools.push_back(jitsi);

  Tool talky;
  talky.entry = entry("talky", "talky", "https://talky.io/", Category::video);
  talky.entry.facts.languages = known(std::vector<Str>{"en"});
  talky.entry.guide = talky_guide();
  catalogue.tools.push_back(talky);

  Tool tricky;
  tricky.entry = entry("tricky", "Tricky <b>&</b> \"Co\" 'Ltd'",
                       "https://tricky.example/?a=1&b=<2>", Category::scheduling);
  tricky.entry.summary = both("Für <Gruppen> & \"Vereine\" – 'sicher'? *nein* _oder_ [doch]",
                              "For <groups> & \"clubs\" – 'safe'? *no* _or_ [yes]");
  Guide guide;
  guide.checked = Date{2026, 1, 15};
  guide.organiser = {both("1. Schritt: <script>alert('x')</script> & mehr",
                          "1. step: <script>alert('x')</script> & more"),
                     both("# kein Titel | $5 ~ ^ @jemand `code` \\ ende",
                          "# no heading | $5 ~ ^ @someone `code` \\ end")};
  guide.participant = {both("- kein Listenpunkt, siehe https://tricky.example/a_b?x=1&y=2.",
                            "- not a list item, see https://tricky.example/a_b?x=1&y=2.")};
  tricky.entry.guide = guide;
  catalogue.tools.push_back(tricky);

  CategoryInfo video;
  video.id = Category::video;
  video.name = both("Videokonferenzen", "Video conferencing");
  video.advice = {{"upload",
                   both("Für Video zählt der Upload: mindestens 5 Mbit/s.",
                        "Video needs upload speed: at least 5 Mbit/s."),
                   by_seed()}};
  CategoryInfo scheduling;
  scheduling.id = Category::scheduling;
  scheduling.name = both("Terminfindung <&>", "Scheduling <&>");
  scheduling.advice = {{"vote",
                        both("Nicht für verbindliche <Abstimmungen> & Wahlen.",
                             "Not for binding <votes> & elections."),
                        by_seed()}};
  catalogue.categories = {video, scheduling};
  catalogue.general_advice = {
      {"donate", both("Spenden Sie, wenn Sie können.", "Donate if you can."), by_seed()}};
  return catalogue;
}

} // namespace advisor::test
