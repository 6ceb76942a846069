// The phrases around the reasons: headings, labels of the query, the questions `recommend`
// asks on a terminal. In German and English.
#include <advisor/render/message_table.hpp>

#include <array>

namespace advisor::render {
namespace {

// In key order, for the reader; every key once (checked by a test).
constexpr auto k_output_messages = std::to_array<Message>({
    {"ask.again", "„{answer}“ ist hier keine gültige Antwort{suggestion}; möglich sind: {allowed}.",
     "“{answer}” does not work here{suggestion}; possible: {allowed}."},
    {"ask.browser", "Welchen Browser nutzen die meisten Teilnehmenden? ({allowed}; leer = egal): ",
     "Which browser do most participants use? ({allowed}; empty = any): "},
    {"ask.budget", "Wie viel darf es im Monat kosten, in Euro? (0 = nichts; leer = egal): ",
     "How much may it cost per month, in euros? (0 = nothing; empty = any): "},
    {"ask.budget.allowed", "ein Betrag in Euro, z. B. 0 oder 15",
     "an amount in euros, such as 0 or 15"},
    {"ask.calls", "Telefoniert die Gruppe auch miteinander (Gruppenanrufe)? (j/n) [n]: ",
     "Does the group also call each other (group calls)? (y/n) [n]: "},
    {"ask.category", "Welche Art von Dienst? ({allowed}) [{default}]: ",
     "What kind of service? ({allowed}) [{default}]: "},
    {"ask.did-you-mean", " (meinten Sie „{match}“?)", " (did you mean “{match}”?)"},
    {"ask.dial-in", "Wählen sich manche per Telefon ein? (j/n) [n]: ",
     "Will some join by ordinary telephone? (y/n) [n]: "},
    {"ask.duration", "Wie lange dauert ein Treffen, in Minuten? (leer = egal): ",
     "How long is one meeting, in minutes? (empty = any): "},
    {"ask.duration.allowed", "Minuten von 1 bis 1440", "minutes from 1 to 1440"},
    {"ask.intro",
     "Ein paar Fragen zu Ihrer Gruppe. Mit der Eingabetaste übernehmen Sie den Vorschlag.",
     "A few questions about your group. Press Enter to take the suggestion."},
    {"ask.language", "Welche Sprache sprechen die Teilnehmenden? ({allowed}) [{default}]: ",
     "Which language do the participants speak? ({allowed}) [{default}]: "},
    {"ask.no", "n", "n"},
    {"ask.no-account", "Müssen Teilnehmende ohne Konto auskommen? (j/n) [n]: ",
     "Must participants manage without an account? (y/n) [n]: "},
    {"ask.no-install", "Muss alles ohne Installation gehen, nur im Browser? (j/n) [n]: ",
     "Must it work without installing anything, in the browser only? (y/n) [n]: "},
    {"ask.no-phone-number", "Soll niemand eine Telefonnummer angeben müssen? (j/n) [n]: ",
     "Should nobody have to give a phone number? (y/n) [n]: "},
    {"ask.people", "Wie viele Personen nehmen teil? (1 bis 10000; leer = egal): ",
     "How many people take part? (1 to 10000; empty = any): "},
    {"ask.organisation",
     "Nutzt eine Organisation (Zentrum, Verein, Gruppe) den Dienst, nicht eine Privatperson? "
     "(j/n) [n]: ",
     "Is the service used by an organisation (centre, association, group), not privately? "
     "(y/n) [n]: "},
    {"ask.own-server", "Betreibt oder mietet Ihre Organisation einen eigenen Server? (j/n) [n]: ",
     "Does your organisation run or rent a server of its own? (y/n) [n]: "},
    {"ask.people.allowed", "eine Zahl von 1 bis 10000", "a number from 1 to 10000"},
    {"ask.processing-agreement",
     "Braucht Ihre Organisation einen Auftragsverarbeitungsvertrag (AVV)? (j/n) [n]: ",
     "Does your organisation need a data-processing agreement (AVV)? (y/n) [n]: "},
    {"ask.sensitive",
     "Geht es um Gesundheit, Sucht oder andere besonders schutzbedürftige Themen? (j/n) [n]: ",
     "Is it about health, addiction or other especially sensitive matters? (y/n) [n]: "},
    {"ask.smartphone-only", "Haben manche Teilnehmende nur ein Smartphone? (j/n) [n]: ",
     "Do some participants only have a smartphone? (y/n) [n]: "},
    {"ask.screen-sharing", "Muss jemand den Bildschirm teilen? (j/n) [n]: ",
     "Does anyone need to share their screen? (y/n) [n]: "},
    {"ask.yes", "j", "y"},
    {"ask.yes-no.allowed", "j oder n", "y or n"},
    {"out.address", "Adresse", "Address"},
    {"out.excluded", "Passt nicht ({count})", "Not suitable ({count})"},
    {"out.fitting", "Passend: {fitting} von {total} Diensten, die besten zuerst.",
     "{fitting} of {total} services fit, best first."},
    {"out.handout.no-address",
     "{skipped} passt noch besser, hat aber keine öffentliche Adresse: Dafür braucht es einen "
     "eigenen Server der Organisation. Dieses Blatt gilt deshalb für {name}. Hat Ihre "
     "Organisation einen eigenen Server, tragen Sie ihn in einen eigenen Katalog ein (Overlay, "
     "docs/organisations.md); "
     "dann gilt das Blatt für diesen Server.",
     "{skipped} fits even better but has no public address: it needs an organisation's own "
     "server. So this sheet is for {name}. If your organisation runs its own server, add it as "
     "an overlay (docs/organisations.md) and the sheet is for that server."},
    {"out.group.advised-against", "Passt zu Ihren Anforderungen, aber davon wird abgeraten:",
     "Fits your needs, but advised against:"},
    {"out.group.uncertain", "Ob es diese Dienste noch gibt, ist unklar; prüfen Sie das zuerst:",
     "Whether these services still exist is uncertain; check that first:"},
    {"out.group.undecided",
     "Weder empfohlen noch abgeraten:", "Neither recommended nor advised against:"},
    {"out.hosting", "Keine öffentliche Adresse. {hosting}", "No public address. {hosting}"},
    {"out.local", "lokal", "local"},
    {"out.next-step", "Nächster Schritt", "Next step"},
    {"out.no-address", "Keine öffentliche Adresse.", "No public address."},
    {"out.no-candidates", "Der Katalog enthält keinen Dienst dieser Art.",
     "The catalogue holds no service of this kind."},
    {"out.no-limit", "keine feste Grenze", "no fixed limit"},
    {"out.nothing-fits", "Nichts passt zu allen Ihren Anforderungen.",
     "Nothing fits all your needs."},
    {"out.points", "Punkte", "points"},
    {"out.query.browser", "Browser {browser}", "browser {browser}"},
    {"out.query.budget", "höchstens {budget} EUR im Monat", "at most {budget} EUR a month"},
    {"out.query.budget-zero", "ohne Kosten", "free of charge"},
    {"out.query.dial-in", "Einwahl per Telefon", "telephone dial-in"},
    {"out.query.duration", "Treffen von {duration} Minuten", "meetings of {duration} minutes"},
    {"out.query.instead-of", "statt {instead_of}", "instead of {instead_of}"},
    {"out.query.language", "Teilnehmende sprechen {language}", "participants speak {language}"},
    {"out.query.no-account", "ohne Konto", "no account"},
    {"out.query.no-install", "ohne Installation", "nothing to install"},
    {"out.query.no-phone-number", "ohne Telefonnummer", "no phone number"},
    {"out.query.people", "{people} Personen", "{people} people"},
    {"out.query.calls", "auch Gruppenanrufe", "group calls too"},
    {"out.query.organisation", "für eine Organisation", "for an organisation"},
    {"out.query.own-server", "mit eigenem Server", "own server"},
    {"out.query.processing-agreement", "mit Auftragsverarbeitungsvertrag (AVV)",
     "with a data-processing agreement (AVV)"},
    {"out.query.sensitive", "besonders schutzbedürftige Daten", "especially sensitive data"},
    {"out.query.smartphone-only", "nur mit Smartphone", "smartphone only"},
    {"out.query.screen-sharing", "Bildschirm teilen", "screen sharing"},
    {"out.relax", "Versuchen Sie es ohne {need}.", "Try again without {need}."},
    {"out.relax.heading",
     "Diese Angaben schließen die meisten Dienste aus:", "What excluded most:"},
    {"out.relax.line", "{need} schließt {excluded} aus", "{need} excluded {excluded}"},
    {"out.relax.would-fit", "ohne diese Angabe würden {would_fit} passen",
     "without it, {would_fit} would fit"},
    {"out.review.checked", "Zuletzt vor {months} Monaten geprüft ({date})",
     "last checked {months} months ago ({date})"},
    {"out.review.fresh",
     "Jede Angabe ist jünger als {threshold} Monate: Bestätigen Sie die Angaben und setzen Sie "
     "„reviewed“ neu",
     "every statement is younger than {threshold} months: confirm them and update \"reviewed\""},
    {"out.review.none",
     "Alle Einträge wurden in den letzten {threshold} Monaten geprüft (Stand: {today}).",
     "No entry was last checked more than {threshold} months ago (as of {today})."},
    {"out.review.recheck",
     "Erneut zu prüfen, die älteste Angabe zuerst:", "check again, oldest first:"},
    {"out.review.sources", "Quellen dazu:", "their sources:"},
    {"out.review.title",
     "Zu prüfen ({count}): Einträge, die zuletzt vor mehr als {threshold} Monaten geprüft wurden "
     "(Stand: "
     "{today})",
     "Due for review ({count}): entries last checked more than {threshold} months ago (as of "
     "{today})"},
    {"out.rules", "Wie die Punkte entstehen: docs/ranking.md",
     "How points are made: docs/ranking.md"},
    {"out.score", "{score} Punkte", "score {score}"},
    {"out.score.one", "{score} Punkt", "score {score}"},
    {"out.seed", "Ausgangsliste", "the seed list"},
    {"out.services", "{count} Dienste", "{count} services"},
    {"out.services.one", "1 Dienst", "1 service"},
    {"out.short.also-fit", "Passen auch: {ids}.", "Also fit: {ids}."},
    {"out.short.explain",
     "Alle Punkte und Quellen zu diesen Diensten, oder warum ein Dienst fehlt:",
     "Every point and source for these services, or why a service is missing:"},
    {"out.short.more-reasons", "(dazu {count} weitere)", "(and {count} more)"},
    {"out.short.server-needed", "Nur mit eigenem oder gemietetem Server (--own-server): {names}.",
     "Only with a server of your own or a rented one (--own-server): {names}."},
    {"out.shown", "Gezeigt werden die ersten {shown}; --all zeigt alle.",
     "Showing the first {shown}; --all shows them all."},
    {"out.shown.one", "Gezeigt wird nur der erste; --all zeigt alle.",
     "Showing the first only; --all shows them all."},
    {"out.sources", "Quellen", "Sources"},
    {"out.stale",
     "Achtung: Zuletzt vor {months} Monaten geprüft ({date}), also vor mehr als {threshold} "
     "Monaten; die Angaben "
     "können veraltet sein.",
     "Warning: last checked {months} months ago ({date}), more than {threshold}; the advice may "
     "be out of date."},
    {"out.title", "Empfehlungen: {query}", "Recommendations: {query}"},
    {"out.undated", "Datum unbekannt", "undated"},
    {"out.undated-newer", "Datum unbekannt, gilt als neuer", "undated, taken as newer"},
    {"out.server-needed",
     "Für Organisationen mit eigenem oder gemietetem Server (keine öffentliche Adresse):",
     "If your organisation runs or rents a server (no public address):"},
    {"out.server-needed.hint",
     "Mit --own-server werden sie mit eingeordnet; wie Sie Ihren eigenen Server eintragen "
     "(Overlay): "
     "docs/organisations.md",
     "With --own-server they are ranked; your own server as an overlay: docs/organisations.md"},
    {"out.verdict", "Einschätzung", "Verdict"},
    {"out.warnings", "Hinweise", "Warnings"},
    {"out.why", "Warum", "Why"},
    {"out.why-not.category", "{name} gehört zur Kategorie {category}, nicht {asked}.",
     "{name} is {category}, not {asked}."},
    {"out.why-not.excluded",
     "{name} passt nicht zu Ihren Anforderungen:", "{name} does not fit your needs:"},
    {"out.why-not.server",
     "{name} passt, hat aber keine öffentliche Adresse: Es braucht einen Server Ihrer "
     "Organisation (--own-server).",
     "{name} fits, but has no public address: it needs a server of your organisation "
     "(--own-server)."},
    {"out.why-not.fits", "{name} passt: Platz {place} von {fitting}, {score} Punkte.",
     "{name} fits: place {place} of {fitting}, score {score}."},
    {"out.why-not.hint", "Alle Gründe zu einem davon: --why-not ID",
     "Every reason for one of them: --why-not ID"},
    {"out.why-not.otherwise",
     "Abgesehen davon käme es auf {score} Punkte:", "Apart from that it would score {score}:"},
    {"out.why-not.title", "Warum nicht {name}?", "Why not {name}?"},
});

} // namespace

std::span<const Message> output_messages() {
  return k_output_messages;
}

} // namespace advisor::render
