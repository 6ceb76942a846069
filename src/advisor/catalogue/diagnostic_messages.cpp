// The catalogue checker's messages: key, German, English; rows in key order, every key once.
//
// {name} is filled in by the program: a YAML path ({what}: "needs.browser", "facts.e2ee"), a
// value or id as written in the file, a number, a place (file:line:col). Keep YAML keys and
// values as they are (`organisation`, `override: true`, `unknown`): they are what one types.
// A placeholder {name} may also be filled by another row of this table: the program then passes
// "<name>_key" and the row it names is filled from the same values. So "diag.expected"'s
// {expected} is one of the "diag.shape.…" rows, its {found} one of "diag.found.…", and {hint}
// is "diag.hint.did-you-mean" or "diag.hint.allowed" (or nothing). These nested rows are
// written to fit into the sentence around them ("erwartet wird ein Text").
#include <advisor/catalogue/diagnostic_messages.hpp>
#include <advisor/core/error.hpp>
#include <advisor/core/suggest.hpp>
#include <advisor/core/visible.hpp>

#include <algorithm>
#include <cerrno>
#include <fmt/format.h>

namespace advisor::catalogue {
namespace {

constexpr MessageRow k_messages[] = {
    {"diag.alias",
     "in einem Katalog sind keine Aliase ({word}) erlaubt; schreiben Sie den Wert aus",
     "aliases ({word}) are not allowed in a catalogue; write the value out"},
    {"diag.anchor", "in einem Katalog sind keine Anker (&{name}) erlaubt",
     "anchors (&{name}) are not allowed in a catalogue"},
    {"diag.assessment.both", "eine Bewertung hat „rating“ oder „verdict“, nicht beides",
     "an assessment has a rating or a verdict, not both"},
    {"diag.assessment.missing-rating",
     "der nötige Schlüssel „rating“ fehlt (oder „verdict“ bei einer Bewertungsstelle ohne Ampel)",
     "missing required key \"rating\" (or \"verdict\" for an assessor without traffic lights)"},
    {"diag.cannot-read", "„{path}“ lässt sich nicht lesen: {reason}",
     "cannot read \"{path}\": {reason}"},
    {"diag.categories.missing", "categories: „{category}“ fehlt",
     "categories: \"{category}\" is missing"},
    {"diag.category.folder",
     "category: „{category}“ passt nicht zum Ordner „{folder}“; verschieben Sie die Datei nach "
     "{category}/",
     "category: \"{category}\" does not match the folder \"{folder}\"; move the file to "
     "{category}/"},
    {"diag.control-character", "das Steuerzeichen U+{code} ist nicht erlaubt",
     "control character U+{code} is not allowed"},
    {"diag.duplicate-category",
     "die Kategorie „{category}“ steht doppelt da (zuerst in Zeile {line})",
     "duplicate category \"{category}\" (first at line {line})"},
    {"diag.duplicate-id", "die ID „{id}“ gibt es doppelt (auch in {place})",
     "duplicate id \"{id}\" (also at {place})"},
    {"diag.duplicate-id.advice", "die Hinweis-ID „{id}“ gibt es doppelt (zuerst in Zeile {line})",
     "duplicate advice id \"{id}\" (first at line {line})"},
    {"diag.duplicate-id.assessor",
     "die ID der Bewertungsstelle „{id}“ gibt es doppelt (zuerst in Zeile {line})",
     "duplicate assessor id \"{id}\" (first at line {line})"},
    {"diag.duplicate-id.source", "die Quellen-ID „{id}“ gibt es doppelt (zuerst in Zeile {line})",
     "duplicate source id \"{id}\" (first at line {line})"},
    {"diag.duplicate-key", "der Schlüssel „{key}“ steht doppelt da (zuerst in Zeile {line})",
     "duplicate key \"{key}\" (first at line {line})"},
    {"diag.empty", "{what}: darf nicht leer sein", "{what}: must not be empty"},
    {"diag.empty-file", "die Datei ist leer", "the file is empty"},
    {"diag.errno.EACCES", "keine Berechtigung", "Permission denied"},
    {"diag.errno.EDQUOT", "Speicherkontingent erschöpft", "Disk quota exceeded"},
    {"diag.errno.EISDIR", "das ist ein Ordner", "Is a directory"},
    {"diag.errno.ELOOP", "zu viele symbolische Verknüpfungen", "Too many levels of symbolic links"},
    {"diag.errno.ENOENT", "Datei oder Ordner gibt es nicht", "No such file or directory"},
    {"diag.errno.ENOSPC", "kein Platz mehr auf dem Datenträger", "No space left on device"},
    {"diag.errno.ENOTDIR", "kein Ordner", "Not a directory"},
    {"diag.errno.EPERM", "nicht erlaubt", "Operation not permitted"},
    {"diag.errno.EROFS", "der Datenträger ist schreibgeschützt", "Read-only file system"},
    {"diag.expected", "{what}: erwartet wird {expected}, hier steht {found}",
     "{what}: expected {expected}, found {found}"},
    {"diag.expected-file", "die Datei muss {expected} sein, ist aber {found}",
     "file: expected {expected}, found {found}"},
    {"diag.file-too-large",
     "die Datei ist größer als {limit} KiB, die Grenze für eine Katalogdatei",
     "the file is larger than {limit} KiB, the limit for a catalogue file"},
    {"diag.found.empty-text", "ein leerer Text", "an empty text"},
    {"diag.found.list", "eine Liste", "a list"},
    {"diag.found.mapping", "eine Zuordnung", "a mapping"},
    {"diag.found.nothing", "nichts", "nothing"},
    {"diag.found.text", "„{found_text}“", "\"{found_text}\""},
    {"diag.future-date",
     "{what}: {value} liegt nach dem heutigen Tag ({today}){more}; die Uhr scheint falsch zu gehen "
     "(prüfen Sie die Systemuhr oder SOURCE_DATE_EPOCH)",
     "{what}: {value} is after today ({today}){more}; the clock looks wrong (check the system "
     "clock or SOURCE_DATE_EPOCH)"},
    {"diag.future-date.more", ", ebenso {count} weitere Daten", ", and so are {count} more dates"},
    {"diag.future-date.one-more", ", ebenso ein weiteres Datum", ", and so is 1 more date"},
    {"diag.guide.no-steps", "{what}: braucht mindestens einen Schritt",
     "{what}: needs at least one step"},
    {"diag.hint.allowed", " (erlaubt: {allowed})", " (allowed: {allowed})"},
    {"diag.hint.allowed-here", " (hier erlaubt: {allowed})", " (allowed here: {allowed})"},
    {"diag.hint.did-you-mean", " (meinten Sie „{match}“?)", " (did you mean \"{match}\"?)"},
    {"diag.hint.folder", " (meinten Sie den Ordner „{match}“?)",
     " (did you mean the folder \"{match}\"?)"},
    {"diag.history.empty",
     "{what}: ein Verlauf braucht mindestens eine Aussage; schreiben Sie stattdessen unknown",
     "{what}: a history needs at least one statement; write unknown instead"},
    {"diag.history.order",
     "{what}: eine Aussage vom {date} folgt auf eine vom {before}; ordnen Sie die Aussagen von der "
     "ältesten zur neuesten",
     "{what}: a statement dated {date} follows one dated {before}; list statements oldest first"},
    {"diag.history.supersedes", "{what}: „supersedes“ gilt nur für Aussagen ohne Datum",
     "{what}: \"supersedes\" is only for statements without a date"},
    {"diag.history.undated",
     "{what}: eine Aussage ohne Datum folgt auf eine vom {before} und sagt etwas anderes; ergänzen "
     "Sie „supersedes: true“, wenn ihre Quelle sicher neuer ist (eine aktuelle Seite), oder "
     "stellen "
     "Sie sie an den Anfang",
     "{what}: a statement without a date follows one dated {before} and says otherwise; add "
     "\"supersedes: true\" if its source is known to be newer (a current page), or list it first"},
    {"diag.history.unknown",
     "{what}: „unknown“ kann nicht Teil eines Verlaufs sein; entfernen Sie die Aussage",
     "{what}: \"unknown\" cannot be part of a history; remove the statement"},
    {"diag.id.file-name", "id: „{id}“ passt nicht zum Dateinamen „{stem}.yaml“",
     "id: \"{id}\" does not match the file name \"{stem}.yaml\""},
    {"diag.impossible-date", "{what}: das Datum „{value}“ gibt es nicht",
     "{what}: impossible date \"{value}\""},
    {"diag.invalid-utf8", "kein gültiges UTF-8 (Byte 0x{byte}); speichern Sie die Datei als UTF-8",
     "invalid UTF-8 (byte 0x{byte}); save the file as UTF-8"},
    {"diag.invalid-yaml", "kein gültiges YAML: {detail}", "invalid YAML: {detail}"},
    {"diag.invalid-yaml.deep", "kein gültiges YAML: zu tief verschachtelt oder fehlerhaft",
     "invalid YAML: nested too deeply or malformed"},
    {"diag.key.empty", "ein leerer Schlüssel ist nicht erlaubt; Schlüssel sind einfache Namen",
     "an empty key is not allowed; keys are plain names"},
    {"diag.key.nested",
     "eine Liste oder Zuordnung als Schlüssel ist nicht erlaubt; Schlüssel sind einfache Namen",
     "a list or mapping as a key is not allowed; keys are plain names"},
    {"diag.language.de", "deutsche", "German"},
    {"diag.language.en", "englische", "English"},
    {"diag.merge-key",
     "in einem Katalog sind keine Merge-Schlüssel (<<) erlaubt; schreiben Sie die Schlüssel aus",
     "merge keys (<<) are not allowed in a catalogue; write the keys out"},
    {"diag.missing-file",
     "eine Datei fehlt: ein Katalog braucht sources.yaml, categories.yaml und rules.yaml",
     "missing file: a catalogue needs sources.yaml, categories.yaml and rules.yaml"},
    {"diag.missing-key", "der nötige Schlüssel „{key}“ fehlt", "missing required key \"{key}\""},
    {"diag.missing-text", "{what}: der {language} Text fehlt („{code}“)",
     "{what}: missing the {language} text (\"{code}\")"},
    {"diag.nested-too-deep", "mehr als {depth} Ebenen tief verschachtelt",
     "nested more than {depth} levels deep"},
    {"diag.not-catalogue-file",
     "keine Katalogdatei: erwartet wird sources.yaml, categories.yaml, rules.yaml oder "
     "KATEGORIE/ID.yaml mit KATEGORIE video, phone, messenger oder scheduling{hint}",
     "not a catalogue file: expected sources.yaml, categories.yaml, rules.yaml or CATEGORY/ID.yaml "
     "with CATEGORY one of video, phone, messenger, scheduling{hint}"},
    {"diag.not-overlay-file",
     "keine Overlay-Datei: erwartet wird sources.yaml oder KATEGORIE/ID.yaml mit KATEGORIE video, "
     "phone, messenger oder scheduling",
     "not an overlay file: expected sources.yaml or CATEGORY/ID.yaml with CATEGORY one of video, "
     "phone, messenger, scheduling"},
    {"diag.overlay.added-twice",
     "die ID „{id}“ gibt es doppelt: eine andere Overlay-Datei fügt sie auch hinzu (in {place})",
     "duplicate id \"{id}\": another overlay file adds it too (at {place})"},
    {"diag.overlay.exists",
     "die ID „{id}“ gibt es schon (in {place}); um diesen Eintrag zu ändern, ergänzen Sie "
     "„override: true“",
     "id \"{id}\" exists already (at {place}); to change that entry, add \"override: true\""},
    {"diag.overlay.new-service",
     "override: „{id}“ ist neu, es gibt also nichts zu überschreiben; lassen Sie „override: true“ "
     "weg",
     "override: \"{id}\" is new, so there is nothing to override; leave out \"override: true\""},
    {"diag.overlay.no-entry", "override: es gibt keinen Eintrag „{id}“ zum Überschreiben{hint}",
     "override: there is no entry \"{id}\" to override{hint}"},
    {"diag.overlay.no-service",
     "override: es gibt keinen Dienst „{id}“ zum Überschreiben{hint}; für einen neuen Dienst "
     "lassen "
     "Sie „override: true“ weg",
     "override: there is no service \"{id}\" to override{hint}; to add a new service, leave out "
     "\"override: true\""},
    {"diag.overlay.other-content.assessor",
     "die Bewertungsstelle „{id}“ gibt es schon mit anderem Inhalt (in {place}); geben Sie Ihrer "
     "eine andere ID",
     "assessor \"{id}\" exists already with other content (at {place}); give yours another id"},
    {"diag.overlay.other-content.source",
     "die Quelle „{id}“ gibt es schon mit anderem Inhalt (in {place}); geben Sie Ihrer eine andere "
     "ID",
     "source \"{id}\" exists already with other content (at {place}); give yours another id"},
    {"diag.overlay.overridden.assessor",
     "die Bewertungsstelle „{id}“ bekommt von einem anderen Overlay anderen Inhalt (in {place})",
     "assessor \"{id}\" is given other content by another overlay (at {place})"},
    {"diag.overlay.overridden.source",
     "die Quelle „{id}“ bekommt von einem anderen Overlay anderen Inhalt (in {place})",
     "source \"{id}\" is given other content by another overlay (at {place})"},
    {"diag.overlay.shared-file",
     "ein Overlay kann {name} nicht ändern; es enthält nur sources.yaml und KATEGORIE/ID.yaml "
     "(für einen ganz eigenen Katalog gibt es --catalogue ORDNER)",
     "an overlay cannot change {name}; it holds only sources.yaml and CATEGORY/ID.yaml files (use "
     "--catalogue DIR for a whole catalogue of your own)"},
    {"diag.overlay.wrong-folder",
     "„{id}“ ist ein Werkzeug der Kategorie {category}; legen Sie seine Änderung in "
     "{category}/{id}.yaml ab",
     "\"{id}\" is a {category} tool; put its override in {category}/{id}.yaml"},
    {"diag.reason.device", "das ist ein Gerät, keine gewöhnliche Datei",
     "it is a device, not a regular file"},
    {"diag.reason.directory", "das ist ein Ordner", "it is a directory"},
    {"diag.reason.fifo", "das ist eine benannte Pipe (FIFO), keine gewöhnliche Datei",
     "it is a named pipe (FIFO), not a regular file"},
    {"diag.reason.no-directory", "diesen Ordner gibt es nicht", "no such directory"},
    {"diag.reason.not-directory", "das ist kein Ordner", "not a directory"},
    {"diag.reason.not-regular", "keine gewöhnliche Datei", "not a regular file"},
    {"diag.reason.socket", "das ist ein Socket, keine gewöhnliche Datei",
     "it is a socket, not a regular file"},
    {"diag.rules.missing.threshold", "der Schwellenwert „{key}“ fehlt",
     "missing threshold \"{key}\""},
    {"diag.rules.missing.weight", "das Gewicht „{key}“ fehlt", "missing weight \"{key}\""},
    {"diag.rules.threshold-too-low",
     "der Schwellenwert „{key}“ muss mindestens 1 sein, nicht {value}",
     "threshold \"{key}\" must be at least 1, not {value}"},
    {"diag.rules.unknown.threshold", "unbekannter Schwellenwert „{key}“{hint}",
     "unknown threshold \"{key}\"{hint}"},
    {"diag.rules.unknown.weight", "unbekanntes Gewicht „{key}“{hint}",
     "unknown weight \"{key}\"{hint}"},
    {"diag.second-file", "eine zweite Datei {name} (die erste ist {first})",
     "a second {name} (the first is {first})"},
    {"diag.severity.error", "Fehler", "error"},
    {"diag.severity.warning", "Warnung", "warning"},
    {"diag.shape.advice", "ein Hinweis {id: …, text: …, source: …, confidence: …}",
     "advice {id: …, text: …, source: …, confidence: …}"},
    {"diag.shape.amount", "ein Betrag in Euro wie 14.90", "an amount in euros such as 14.90"},
    {"diag.shape.amount-range", "ein Betrag in Euro von 0 bis {maximum}",
     "an amount in euros from 0 to {maximum}"},
    {"diag.shape.assessment", "eine Bewertung {by: …, date: …, rating: …}",
     "an assessment {by: …, date: …, rating: …}"},
    {"diag.shape.assessor", "eine Bewertungsstelle {id: …, name: …}",
     "an assessor {id: …, name: …}"},
    {"diag.shape.browsers", "eine Zuordnung von chrome, chromium, firefox, safari und edge",
     "a mapping of chrome, chromium, firefox, safari and edge"},
    {"diag.shape.categories-file", "eine Zuordnung mit categories: und general_advice:",
     "a mapping with categories: and general_advice:"},
    {"diag.shape.category", "eine Kategorie {id: …, name: …, description: …}",
     "a category {id: …, name: …, description: …}"},
    {"diag.shape.change", "eine Änderung {date: …, text: …, …}", "a change {date: …, text: …, …}"},
    {"diag.shape.channels", "mindestens eines von browser, app, phone",
     "at least one of browser, app, phone"},
    {"diag.shape.condition", "eine Bedingung {kind: …, source: …, confidence: …}",
     "a condition {kind: …, source: …, confidence: …}"},
    {"diag.shape.config-file",
     "eine Zuordnung mit organisation, language, needs und max_age_months",
     "a mapping with organisation, language, needs and max_age_months"},
    {"diag.shape.country", "ein Ländercode aus zwei Buchstaben wie DE",
     "a two-letter country code such as DE"},
    {"diag.shape.date", "ein Datum (JJJJ, JJJJ-MM oder JJJJ-MM-TT)",
     "a date (YYYY, YYYY-MM or YYYY-MM-DD)"},
    {"diag.shape.fact",
     "„unknown“, eine Aussage {value: …, source: …, confidence: …} oder eine Liste von Aussagen",
     "\"unknown\", a statement {value: …, source: …, confidence: …} or a list of statements"},
    {"diag.shape.id", "eine ID (Kleinbuchstaben, Ziffern und „-“, etwa „jitsi-meet“)",
     "an id (lower-case letters, digits and \"-\", such as \"jitsi-meet\")"},
    {"diag.shape.language-code", "ein Sprachcode aus zwei Buchstaben wie de oder en",
     "a two-letter language code such as de or en"},
    {"diag.shape.language-codes", "mindestens ein Sprachcode", "at least one language code"},
    {"diag.shape.limit", "eine ganze Zahl ab 1 oder „none“",
     "a whole number of at least 1 or \"none\""},
    {"diag.shape.list", "eine Liste", "a list"},
    {"diag.shape.mapping", "eine Zuordnung von Schlüsseln", "a mapping of keys"},
    {"diag.shape.needs", "eine Zuordnung mit people, browser, language, budget und duration",
     "a mapping with people, browser, language, budget and duration"},
    {"diag.shape.number-map", "eine Zuordnung von Namen zu ganzen Zahlen",
     "a mapping of names to whole numbers"},
    {"diag.shape.organisation", "eine Zuordnung mit name, contact und address",
     "a mapping with name, contact and address"},
    {"diag.shape.rules-file",
     "eine Zuordnung mit weights: und thresholds:", "a mapping with weights: and thresholds:"},
    {"diag.shape.service", "ein Dienst (eine Zuordnung mit id, name, …)",
     "a service (a mapping with id, name, …)"},
    {"diag.shape.source", "eine Quelle {id: …, title: …, publisher: …}",
     "a source {id: …, title: …, publisher: …}"},
    {"diag.shape.source-id", "eine Quellen-ID wie S0, S42 oder S16b",
     "a source id such as S0, S42 or S16b"},
    {"diag.shape.sources-file",
     "eine Zuordnung mit sources: und assessors:", "a mapping with sources: and assessors:"},
    {"diag.shape.statement", "eine Aussage {value: …, source: …, confidence: …}",
     "a statement {value: …, source: …, confidence: …}"},
    {"diag.shape.text", "ein Text", "a text"},
    {"diag.shape.texts", "ein Text in beiden Sprachen {de: \"…\", en: \"…\"}",
     "a text in both languages {de: \"…\", en: \"…\"}"},
    {"diag.shape.tool", "ein Werkzeug (eine Zuordnung mit id, name, category, …)",
     "a tool (a mapping with id, name, category, …)"},
    {"diag.shape.true-false", "true oder false", "true or false"},
    {"diag.shape.unsuitable", "„unsuitable“", "\"unsuitable\""},
    {"diag.shape.url", "eine Adresse, die mit https:// oder http:// beginnt",
     "an address starting with https:// or http://"},
    {"diag.shape.whole-number", "eine ganze Zahl", "a whole number"},
    {"diag.shape.whole-number-min", "eine ganze Zahl ab {minimum}",
     "a whole number of at least {minimum}"},
    {"diag.shape.whole-number-range", "eine ganze Zahl von {minimum} bis {maximum}",
     "a whole number from {minimum} to {maximum}"},
    {"diag.source.listed-twice", "die Quelle „{id}“ steht zweimal in der Liste",
     "source \"{id}\" is listed twice"},
    {"diag.source.not-listed", "die Quelle „{id}“ fehlt in den sources dieses Eintrags",
     "source \"{id}\" is not listed in this entry's sources"},
    {"diag.source.unused",
     "die Quelle „{id}“ steht in der Liste, dieser Eintrag nutzt sie aber nicht",
     "source \"{id}\" is listed but not used by this entry"},
    {"diag.stale",
     "„{id}“ wurde seit {months} Monaten nicht überprüft (Stand {date}); prüfen Sie seine Quellen "
     "erneut",
     "\"{id}\" has not been reviewed for {months} months (since {date}); check its sources again"},
    {"diag.tag", "in einem Katalog sind keine Tags ({word}) erlaubt",
     "tags ({word}) are not allowed in a catalogue"},
    {"diag.too-many-problems", "zu viele Probleme; der Rest dieser Datei wird nicht geprüft",
     "too many problems; the rest of this file is not checked"},
    {"diag.two-documents", "mehr als ein Dokument („---“); eine Katalogdatei enthält genau eines",
     "more than one document (\"---\"); a catalogue file holds exactly one"},
    {"diag.unknown-assessor", "unbekannte Bewertungsstelle „{id}“{hint}",
     "unknown assessor \"{id}\"{hint}"},
    {"diag.unknown-key", "unbekannter Schlüssel „{key}“{hint}", "unknown key \"{key}\"{hint}"},
    {"diag.unknown-source", "unbekannte Quelle „{id}“{hint}", "unknown source \"{id}\"{hint}"},
    {"diag.unknown-value", "{what}: unbekannter Wert „{value}“{hint}",
     "{what}: unknown value \"{value}\"{hint}"},
    {"diag.url-too-long",
     "{what}: die Adresse ist {length} Bytes lang; erlaubt sind höchstens {limit} (Handzettel "
     "drucken sie als QR-Code)",
     "{what}: the address is {length} bytes long; at most {limit} are allowed (handouts print it "
     "as a QR code)"},
    {"diag.yaml.block-entry", "ein Listeneintrag („- “) ist an dieser Stelle nicht erlaubt",
     "illegal block entry"},
    {"diag.yaml.char-in-block", "unerwartetes Zeichen in einem mehrzeiligen Text",
     "unexpected character in block scalar"},
    {"diag.yaml.char-in-scalar", "unerlaubtes Zeichen in einem Wert",
     "illegal character in scalar"},
    {"diag.yaml.doc-in-scalar", "„---“ oder „...“ mitten in einem Wert",
     "illegal document indicator in scalar"},
    {"diag.yaml.end-of-map", "das Ende einer Zuordnung fehlt", "end of map not found"},
    {"diag.yaml.end-of-map-flow", "das Ende einer Zuordnung in { } fehlt",
     "end of map flow not found"},
    {"diag.yaml.end-of-seq", "das Ende einer Liste fehlt", "end of sequence not found"},
    {"diag.yaml.end-of-seq-flow", "das Ende einer Liste in [ ] fehlt",
     "end of sequence flow not found"},
    {"diag.yaml.eof-in-scalar", "die Datei endet mitten in einem Wert", "illegal EOF in scalar"},
    {"diag.yaml.escape", "unbekanntes Escape-Zeichen: {character}",
     "unknown escape character: {character}"},
    {"diag.yaml.flow-end", "eine schließende Klammer ist an dieser Stelle nicht erlaubt",
     "illegal flow end"},
    {"diag.yaml.map-key", "ein Schlüssel ist an dieser Stelle nicht erlaubt", "illegal map key"},
    {"diag.yaml.map-value", "ein Wert ist an dieser Stelle nicht erlaubt", "illegal map value"},
    {"diag.yaml.tab", "ein Tabulator in der Einrückung; rücken Sie mit Leerzeichen ein",
     "illegal tab when looking for indentation"},
    {"diag.yaml.unknown-token", "unbekanntes Zeichen", "unknown token"},
};

const MessageRow* find(std::string_view key) {
  const auto* end = std::end(k_messages);
  const auto* found = std::lower_bound(
      std::begin(k_messages), end, key,
      [](const MessageRow& row, std::string_view wanted) { return row.key < wanted; });
  return found != end && found->key == key ? found : nullptr;
}

constexpr std::string_view k_key_suffix = "_key";

std::string text_of(std::string_view key, Language language, const MessageArgs& args, int depth) {
  const MessageRow* row = find(key);
  if (row == nullptr) throw Error(fmt::format("no message \"{}\"", key));
  const std::string_view text = language == Language::de ? row->de : row->en;
  // Fill {name} from "name_key" where the caller named a row instead of giving a value.
  MessageArgs filled = args;
  for (const auto& [name, value] : args) {
    if (!name.ends_with(k_key_suffix) || depth > 4) continue;
    const std::string plain = name.substr(0, name.size() - k_key_suffix.size());
    if (args.count(plain) > 0 || text.find("{" + plain + "}") == std::string_view::npos) continue;
    filled[plain] = value.empty() ? std::string() : text_of(value, language, args, depth + 1);
  }
  return fill_placeholders(key, text, filled);
}

} // namespace

std::span<const MessageRow> diagnostic_messages() {
  return k_messages;
}

std::string diagnostic_text(std::string_view key, Language language, const MessageArgs& args) {
  return text_of(key, language, args, 0);
}

MessageArgs did_you_mean_args(std::string_view typed, const std::vector<std::string>& candidates) {
  if (auto match = closest_match(typed, candidates)) {
    return {{"hint_key", "diag.hint.did-you-mean"}, {"match", *match}};
  }
  return {{"hint_key", ""}};
}

std::string system_reason_key(int error) {
  struct Reason {
    int error;
    std::string_view name;
  };
  static constexpr Reason k_reasons[] = {
      {EACCES, "EACCES"},   {EDQUOT, "EDQUOT"}, {EISDIR, "EISDIR"},
      {ELOOP, "ELOOP"},     {ENOENT, "ENOENT"}, {ENOSPC, "ENOSPC"},
      {ENOTDIR, "ENOTDIR"}, {EPERM, "EPERM"},   {EROFS, "EROFS"},
  };
  for (const auto& reason : k_reasons) {
    if (reason.error == error) return "diag.errno." + std::string(reason.name);
  }
  return "";
}

Diagnostic make_diagnostic(Severity severity, const Location& where, std::string key,
                           MessageArgs args) {
  Diagnostic diagnostic;
  diagnostic.severity = severity;
  diagnostic.where = where;
  diagnostic.message = diagnostic_text(key, Language::en, args);
  diagnostic.key = std::move(key);
  diagnostic.args = std::move(args);
  return diagnostic;
}

FileError::FileError(std::string key, MessageArgs args)
    : Error(diagnostic_text(key, Language::en, args)), m_key(std::move(key)),
      m_args(std::move(args)) {}

std::string format_diagnostic(const Diagnostic& diagnostic, Language language) {
  if (language == Language::en) return advisor::format_diagnostic(diagnostic);
  const std::string kind = diagnostic_text(
      diagnostic.severity == Severity::error ? "diag.severity.error" : "diag.severity.warning",
      language, {});
  const std::string message = diagnostic.key.empty()
                                  ? diagnostic.message
                                  : diagnostic_text(diagnostic.key, language, diagnostic.args);
  const Location& at = diagnostic.where;
  // A file name or a quoted value may hold control characters: shown, never obeyed.
  if (at.line > 0) {
    return visible(fmt::format("{}:{}:{}: {}: {}", at.file.str(), at.line, std::max(at.column, 1),
                               kind, message));
  }
  return visible(fmt::format("{}: {}: {}", at.file.str(), kind, message));
}

} // namespace advisor::catalogue
