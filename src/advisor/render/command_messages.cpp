// What each command says: its description, the help of its options, its examples and its own
// errors ("cmd.<command>.…"; options several commands share: "cmd.any.…"). In German and English;
// a translator adds a column here (docs/translating.md).
//
// Keys: "cmd.<command>.description" is the line the command list shows, "cmd.<command>.footer"
// the examples under its help, "cmd.<command>.<option>" the help of an option; the other keys are
// errors and hints. Option names, values and commands stay as typed ("--people", "video").
#include <advisor/core/doc_paths.hpp>
#include <advisor/render/message_table.hpp>

#include <array>

namespace advisor::render {
namespace {

// In key order, for the reader; every key once (checked by a test).
constexpr auto k_command_messages = std::to_array<Message>({
    // Need flags (recommend, handout, overview).
    {"cmd.any.browser", "Der Browser, den die meisten Teilnehmenden nutzen",
     "What most participants use"},
    {"cmd.any.budget", "Was es im Monat kosten darf; 0 = nichts (ein einmaliger App-Preis zählt)",
     "What may be paid per month; 0 = nothing (a one-off app price counts)"},
    {"cmd.any.budget.invalid",
     "ungültiger Wert „{value}“ für --budget; möglich ist ein Betrag in Euro im Monat von 0 bis "
     "{limit}, etwa 0 oder 14,90",
     "invalid value \"{value}\" for --budget; allowed: an amount in euros per month from 0 to "
     "{limit}, such as 0 or 14.90"},
    {"cmd.any.calls", "Messenger: Die Gruppe telefoniert auch (die Grenze für Gruppenanrufe gilt)",
     "Messengers: the group also calls (the call limit applies)"},
    {"cmd.any.category", "Welche Art von Dienst", "What kind of tool"},
    // Footer and date of printed documents (handout, overview).
    {"cmd.any.date",
     "Ein Datum aufdrucken: heute (SOURCE_DATE_EPOCH, wenn gesetzt) oder das angegebene",
     "Print a date: today (SOURCE_DATE_EPOCH when set) or the one given"},
    {"cmd.any.date.invalid", "--date: „{value}“ ist kein Datum wie 2026-12-01",
     "--date: \"{value}\" is not a date like 2026-12-01"},
    {"cmd.any.dial-in", "Manche wählen sich per Telefon ein", "Some join by ordinary telephone"},
    {"cmd.any.duration", "Wie lange ein Treffen dauert", "Length of one meeting"},
    {"cmd.any.duration.invalid",
     "ungültiger Wert „{value}“ für --duration; möglich sind Minuten von 1 bis {limit}",
     "invalid value \"{value}\" for --duration; allowed: minutes from 1 to {limit}"},
    // The format of list, show, compare and recommend.
    {"cmd.any.format", "Ausgabeformat (ohne Angabe: text)", "Output format (default: text)"},
    {"cmd.any.help", "Diese Hilfe zeigen und beenden", "Print this help and exit"},
    {"cmd.any.instead-of", "Ersatz für einen Dienst finden (legt auch die Kategorie fest)",
     "Find alternatives to a tool (sets the category from it)"},
    {"cmd.any.instead-of.other-category",
     "--instead-of {id} gehört zur Kategorie {category}, aber --category ist {asked}",
     "--instead-of {id} is in category {category}, but --category is {asked}"},
    {"cmd.any.language", "Die Sprache der Teilnehmenden; auch die Sprache der Ausgabe",
     "The participants' language; also the output language"},
    {"cmd.any.no-account", "Teilnehmende sollen kein Konto brauchen",
     "Participants must not need an account"},
    {"cmd.any.no-input", "Nie nachfragen, auch nicht im Terminal",
     "Never ask questions, even on a terminal"},
    {"cmd.any.no-install", "Teilnehmende können nichts installieren (nur Browser)",
     "Participants cannot install anything (browser only)"},
    {"cmd.any.no-phone-number", "Niemand soll eine Telefonnummer angeben müssen",
     "Nobody should have to give a phone number"},
    {"cmd.any.org-address", "Ihre Postanschrift (Fußzeile)", "Your postal address (footer)"},
    {"cmd.any.org-contact",
     "Eine Kontaktzeile für die Fußzeile: Telefon, E-Mail, Sprechzeiten (mehrfach möglich)",
     "A contact line for the footer: phone, e-mail, hours (repeatable)"},
    {"cmd.any.org-name", "Der Name Ihrer Organisation (Fußzeile)",
     "Your organisation's name (footer)"},
    {"cmd.any.organisation",
     "Für ein Zentrum oder eine Gruppe, nicht privat (Angebote nur für Privatleute passen "
     "nicht)",
     "Used by a centre or group, not privately (free plans for private use only do not fit)"},
    {"cmd.any.output",
     "In diese Datei schreiben statt auf die Standardausgabe (ganz oder gar nicht)",
     "Write to FILE (atomically) instead of standard output"},
    // The --language of list, show and guide: only the output language.
    {"cmd.any.output-language",
     "Sprache der Ausgabe (ohne Angabe: Konfigurationsdatei, sonst LANGUAGE, LC_ALL, LC_MESSAGES, "
     "LANG, sonst en)",
     "Output language (default: the config file's, else LANGUAGE, LC_ALL, LC_MESSAGES, LANG, "
     "else en)"},
    {"cmd.any.output.extension",
     "-o „{path}“: Kein Format hat die Endung „{extension}“; die Formate und ihre Endungen: "
     "{formats}\nGeben Sie der Datei eine dieser Endungen, oder wählen Sie das Format mit "
     "--format.",
     "-o \"{path}\": no format has the extension \"{extension}\"; formats and their extensions: "
     "{formats}\nName the file with one of these extensions, or choose the format with --format."},
    {"cmd.any.own-server",
     "Die Organisation betreibt oder mietet einen Server (BigBlueButton, Jitsi, Mumble)",
     "The organisation runs or rents a server (BigBlueButton, Jitsi, Mumble)"},
    {"cmd.any.people", "Wie viele Personen teilnehmen (1–10000)", "Group size (1-10000)"},
    {"cmd.any.people.invalid",
     "ungültiger Wert „{value}“ für --people; möglich ist eine ganze Zahl von 1 bis {limit}",
     "invalid value \"{value}\" for --people; allowed: a whole number from 1 to {limit}"},
    {"cmd.any.processing-agreement",
     "Ein Auftragsverarbeitungsvertrag (AVV) mit dem Anbieter ist nötig",
     "A GDPR data-processing agreement (AVV) with the provider is needed"},
    {"cmd.any.screen-sharing", "Jemand muss den Bildschirm teilen", "Screen sharing is needed"},
    {"cmd.any.sensitive", "Gesundheit, Sucht oder andere besonders geschützte Daten (Art. 9 DSGVO)",
     "Health, addiction or other special categories of data (Art. 9 GDPR)"},
    {"cmd.any.smartphone-only", "Teilnehmende haben nur ein Smartphone",
     "Participants only have a smartphone"},

    {"cmd.check.description",
     "Einen Katalog prüfen: alle Probleme auf einmal, jedes mit Datei, Zeile und Spalte",
     "Check a catalogue: every problem at once, as file:line:col: error: message"},
    {"cmd.check.errors.many", "{count} Fehler", "{count} errors"},
    {"cmd.check.errors.one", "{count} Fehler", "{count} error"},
    {"cmd.check.files.many", "{count} Dateien", "{count} files"},
    {"cmd.check.files.one", "{count} Datei", "{count} file"},
    {"cmd.check.footer",
     "Beispiele:\n"
     "  advisor check                          der eingebaute Katalog mit Overlays\n"
     "  advisor check --overlay mein-overlay/  ein Overlay, mit dem eingebauten Rest\n"
     "  advisor check --stale --max-age 12     was wieder geprüft werden sollte\n"
     "  advisor check mein-katalog/            ein ganzer Katalogordner\n"
     "  advisor check mein-katalog/video/talky.yaml\n"
     "                                         eine Datei, mit dem eingebauten Rest\n"
     "\n"
     "Zeigt jedes Problem in einer Zeile, nach Fundstelle sortiert, dann eine\n"
     "Zusammenfassung. Warnungen (etwa: ein Eintrag seit über 24 Monaten nicht\n"
     "geprüft) lassen die Prüfung nicht scheitern.\n"
     "Rückgabewerte: 0 keine Fehler, 1 Fehler gefunden oder eine Datei nicht lesbar,\n"
     "2 falscher Aufruf.",
     "Examples:\n"
     "  advisor check                          built-in catalogue and your overlays\n"
     "  advisor check --overlay my-overlay/    an overlay, against the built-in one\n"
     "  advisor check --stale --max-age 12     what to review\n"
     "  advisor check my-catalogue/            a whole catalogue folder\n"
     "  advisor check my-catalogue/video/talky.yaml\n"
     "                                         one file, against the built-in rest\n"
     "\n"
     "Prints one problem per line, sorted by place, then a summary. Warnings (such as\n"
     "an entry not reviewed for over 24 months) do not fail the check.\n"
     "Exit codes: 0 no errors, 1 errors found or a file cannot be read, 2 usage."},
    {"cmd.check.found.both", "{errors}, {warnings}", "{errors}, {warnings}"},
    {"cmd.check.no-problems", "keine Probleme", "no problems"},
    {"cmd.check.overlay-hint",
     "Hinweis: {path} enthält weder categories.yaml noch rules.yaml; ist es ein eigener Katalog "
     "(Overlay), prüfen Sie ihn mit „advisor check --overlay {path}“",
     "hint: {path} has no categories.yaml and no rules.yaml; if it is an overlay, check it with "
     "\"advisor check --overlay {path}\""},
    {"cmd.check.path",
     "Ein Katalogordner (als Ganzes geprüft) oder einzelne Dateien (geprüft im eingebauten "
     "Katalog oder in --catalogue DIR, an Stelle der gleichnamigen Datei); ohne Angabe: der "
     "verwendete Katalog samt Overlays",
     "A catalogue folder (checked as a whole) or single files (checked against the built-in "
     "catalogue, or --catalogue DIR, in place of the file with the same name); default: the "
     "catalogue in use, overlays included"},
    {"cmd.check.stale",
     "Die Einträge auflisten, die wieder geprüft werden sollten (zuletzt vor mehr als --max-age "
     "Monaten), mit den Angaben und Quellen zum Nachprüfen",
     "List the entries due for review (last checked more than --max-age months ago) with the "
     "facts and sources to check again"},
    {"cmd.check.stale.paths",
     "--stale listet die Einträge des verwendeten Katalogs auf; geben Sie dazu keinen Pfad an "
     "(den Katalog wählen Sie mit --catalogue DIR und --overlay DIR)",
     "--stale lists the entries of the catalogue in use; give no PATH (choose the catalogue "
     "with --catalogue DIR and --overlay DIR)"},
    {"cmd.check.summary", "{files} geprüft: {found}", "checked {files}: {found}"},
    {"cmd.check.warnings.many", "{count} Warnungen", "{count} warnings"},
    {"cmd.check.warnings.one", "{count} Warnung", "{count} warning"},

    {"cmd.compare.description", "Die Angaben zu zwei oder mehr Diensten nebeneinander zeigen",
     "Show the facts of two or more tools or services side by side"},
    {"cmd.compare.footer",
     "Beispiele:\n"
     "  advisor compare signal threema telegram\n"
     "  advisor compare talky jitsi-meet/ffmuc --only-differences\n"
     "  advisor compare zoom alfaview --format markdown >vergleich.md\n\n"
     "Zeilen mit „*“ unterscheiden sich. Die Tabelle passt in die Breite des Terminals\n"
     "(oder COLUMNS); bei jedem Wert steht das Datum seiner Quelle. „advisor show ID“\n"
     "nennt alle Quellen.",
     "Examples:\n"
     "  advisor compare signal threema telegram\n"
     "  advisor compare talky jitsi-meet/ffmuc --only-differences\n"
     "  advisor compare zoom alfaview --format markdown >vergleich.md\n\n"
     "Rows marked \"*\" differ. The text table fits the terminal (or COLUMNS); each\n"
     "value shows the date of its source. \"advisor show ID\" gives every source."},
    {"cmd.compare.id", "Dienste (signal) oder Angebote (jitsi-meet/ffmuc)",
     "Tools (signal) or services (jitsi-meet/ffmuc)"},
    {"cmd.compare.only-differences", "Nur die Zeilen zeigen, in denen sich die Werte unterscheiden",
     "Show only the rows where the values differ"},
    {"cmd.compare.too-few",
     "compare braucht mindestens zwei Kennungen, z. B. „advisor compare signal threema“\n"
     "„advisor list“ zeigt alle Kennungen.",
     "compare needs at least two ids, e.g. \"advisor compare signal threema\"\n"
     "Run \"advisor list\" to see every id."},

    {"cmd.complete-ids.description", "Alle Kennungen ausgeben, eine pro Zeile (für die Ergänzung)",
     "Print every id, one per line (for completion)"},
    {"cmd.completion.description",
     "Ein Skript ausgeben, mit dem bash, zsh oder fish die Befehle von advisor ergänzen",
     "Print a shell completion script for bash, zsh or fish"},
    {"cmd.completion.footer",
     "Beispiele:\n"
     "  source <(advisor completion bash)                  # in ~/.bashrc\n"
     "  advisor completion zsh > ~/.zfunc/_advisor         # ein Ordner aus $fpath\n"
     "  advisor completion fish > ~/.config/fish/completions/advisor.fish\n\n"
     "Kennungen werden aus dem verwendeten Katalog ergänzt (--catalogue und Overlays\n"
     "zählen mit). Installierte Pakete richten die Skripte schon ein.",
     "Examples:\n"
     "  source <(advisor completion bash)                  # in ~/.bashrc\n"
     "  advisor completion zsh > ~/.zfunc/_advisor         # a directory in $fpath\n"
     "  advisor completion fish > ~/.config/fish/completions/advisor.fish\n\n"
     "Ids are completed from the catalogue in use (--catalogue and overlays count).\n"
     "Installed packages put the scripts in place already."},
    {"cmd.completion.shell", "Die Shell, in der ergänzt wird", "The shell to complete in"},
    // Names the shell in the error for a shell that is not one of these (one_of).
    {"cmd.completion.shell.name", "die Shell", "the shell"},

    {"cmd.guide.description",
     "Anleitung Schritt für Schritt zu einem Dienst oder Angebot, für Einladende und Teilnehmende",
     "Step-by-step instructions for one tool or service, for organisers and participants"},
    {"cmd.guide.footer",
     "Beispiele:\n"
     "  advisor guide talky --language de\n"
     "  advisor guide jitsi-meet                 (nennt die Jitsi-Server)\n"
     "  advisor guide jitsi-meet/ffmuc --for participant --format html -o ffmuc.html\n\n"
     "Blätter für eine Gruppe (Schritte, Tipps, Ihre Fußzeile): advisor handout --help",
     "Examples:\n"
     "  advisor guide talky --language de\n"
     "  advisor guide jitsi-meet                 (lists the Jitsi servers)\n"
     "  advisor guide jitsi-meet/ffmuc --for participant --format html -o ffmuc.html\n\n"
     "Handouts for a group (steps, tips, your footer): advisor handout --help"},
    {"cmd.guide.for", "Nur die Schritte für diesen Personenkreis (ohne Angabe: all)",
     "Only the steps for this audience (default: all)"},
    {"cmd.guide.format", "Ausgabeformat (ohne Angabe: passend zur Endung bei -o, sonst text)",
     "Output format (default: from the -o file's extension, else text)"},
    {"cmd.guide.id", "Kennung eines Dienstes oder Angebots, z. B. talky oder jitsi-meet/ffmuc",
     "Tool or service id, e.g. talky or jitsi-meet/ffmuc"},

    {"cmd.handout.description",
     "Ein Blatt zum Ausdrucken für eine Gruppe: Schritte, Tipps und die Fußzeile Ihrer "
     "Organisation",
     "A printable handout for a group: steps, tips and your organisation's footer"},
    {"cmd.handout.dial-in-number", "Die Telefonnummer zum Einwählen",
     "The number to call for the meeting"},
    {"cmd.handout.footer",
     "Beispiele:\n"
     "  advisor handout --category video --people 6 --browser firefox \\\n"
     "      --format html -o h.html\n"
     "  advisor handout --id talky --language de --org-name \"SHG Sonnenschein\" \\\n"
     "      --org-contact \"Tel. 0000 000000\" --org-contact \"shg@example.org\" \\\n"
     "      --date -o talky.html\n"
     "  advisor handout --id jitsi-meet/ffmuc --for organiser --format markdown \\\n"
     "      -o ffmuc.md\n"
     "  advisor handout --id jitsi-meet/ffmuc --language de \\\n"
     "      --meeting-url https://meet.ffmuc.net/SHG-Sonnenschein \\\n"
     "      --when \"Dienstag, 19 Uhr\" -o treffen.html\n\n"
     "Die Angaben zum Bedarf sind die von „advisor recommend“; das Blatt gilt für\n"
     "den Dienst, den es an erster Stelle nennt.\n"
     "Mehr dazu: " ADVISOR_DOCS "handouts.md",
     "Examples:\n"
     "  advisor handout --category video --people 6 --browser firefox \\\n"
     "      --format html -o h.html\n"
     "  advisor handout --id talky --language de --org-name \"SHG Sonnenschein\" \\\n"
     "      --org-contact \"Tel. 0000 000000\" --org-contact \"shg@example.org\" \\\n"
     "      --date -o talky.html\n"
     "  advisor handout --id jitsi-meet/ffmuc --for organiser --format markdown \\\n"
     "      -o ffmuc.md\n"
     "  advisor handout --id jitsi-meet/ffmuc --language de \\\n"
     "      --meeting-url https://meet.ffmuc.net/SHG-Sonnenschein \\\n"
     "      --when \"Dienstag, 19 Uhr\" -o treffen.html\n\n"
     "The need flags are those of \"advisor recommend\"; the handout is for the service\n"
     "it puts first.\nMore: " ADVISOR_DOCS "handouts.md"},
    {"cmd.handout.for", "Für wen das Blatt ist (ohne Angabe: participant)",
     "Whom the handout is for (default: participant)"},
    {"cmd.handout.format", "Ausgabeformat (ohne Angabe: passend zur Endung bei -o, sonst html)",
     "Output format (default: from the -o file's extension, else html)"},
    {"cmd.handout.id",
     "Der Dienst für das Blatt (sonst der am besten passende mit öffentlicher Adresse)",
     "The service the handout is for (else: the best fit for the needs that participants can "
     "open, i.e. with a public address)"},
    {"cmd.handout.id-with-needs",
     "--id nennt den Dienst schon: Lassen Sie die Angaben zum Bedarf weg (--category, --people, "
     "…), oder lassen Sie --id weg, dann gilt das Blatt dem am besten passenden Dienst",
     "--id names the service itself: leave out the need flags (--category, --people, …), or "
     "leave out --id to hand out the best fit for them"},
    {"cmd.handout.meeting-code", "Code oder Passwort des Raums", "The room's code or password"},
    {"cmd.handout.meeting-control", "die Angaben zum Treffen dürfen keine Steuerzeichen enthalten",
     "the meeting options must not contain control characters"},
    {"cmd.handout.meeting-elsewhere",
     "advisor: Warnung: Die Adresse des Treffens liegt auf {host}, nicht auf {service} ({name}): "
     "Ist sie vertippt, oder ist es der falsche Dienst?",
     "advisor: warning: the meeting address is on {host}, not on {service} ({name}): check for a "
     "typo or the wrong service"},
    {"cmd.handout.meeting-url",
     "Adresse des Treffens oder der Umfrage: steht im Kasten, der QR-Code führt dorthin",
     "The group's meeting or poll: printed in the box, and the QR code opens it"},
    {"cmd.handout.meeting-url.invalid",
     "--meeting-url „{value}“ ist keine Webadresse; geben Sie eine an, die mit https:// beginnt",
     "--meeting-url \"{value}\" is not a web address; give one that starts with https://"},
    {"cmd.handout.missing-needs",
     "es fehlt --category (video, phone, messenger oder scheduling) oder --instead-of ID, oder "
     "--id ID für einen Dienst Ihrer Wahl",
     "missing --category (video, phone, messenger or scheduling) or --instead-of ID, or --id ID "
     "for a service of your choice"},
    {"cmd.handout.no-public-address",
     "kein passender Dienst hat eine öffentliche Adresse, also gibt es kein Blatt für "
     "Teilnehmende; „advisor recommend“ mit denselben Optionen nennt die passenden Dienste",
     "no service that fits these needs has a public address, so there is nothing to hand out to "
     "participants; \"advisor recommend\" with the same flags lists them"},
    {"cmd.handout.nothing-fits",
     "kein Dienst passt zu diesem Bedarf, also gibt es kein Blatt; „advisor recommend“ mit "
     "denselben Optionen sagt, warum, und was Sie lockern können",
     "no service fits these needs, so there is nothing to hand out; \"advisor recommend\" with "
     "the same flags says why and what to relax"},
    {"cmd.handout.pin", "Die PIN für Anrufende", "The PIN for callers"},
    {"cmd.handout.when", "Tag und Uhrzeit, so wie Sie sie schreiben („Dienstag, 19 Uhr“)",
     "Day and time, as you would write them (\"Dienstag, 19 Uhr\")"},

    {"cmd.list.category", "Nur diese Kategorie", "Only this category"},
    {"cmd.list.description",
     "Alle Dienste und Angebote auflisten: ID, Name, Kategorie, Einschätzung und Stand",
     "List every tool and service: id, name, category, verdict and status"},
    {"cmd.list.footer",
     "Beispiele:\n"
     "  advisor list\n"
     "  advisor list --category phone\n"
     "  advisor list --status discontinued --language de\n"
     "  advisor list --verdict recommended --format markdown >empfohlen.md\n"
     "  advisor list --format json\n\n"
     "Die Filter vergleichen die aktuelle (neueste) Einschätzung und den Stand; ein\n"
     "Angebot hat eigene.\n"
     "„advisor show ID“ zeigt alles zu einem Eintrag.",
     "Examples:\n"
     "  advisor list\n"
     "  advisor list --category phone\n"
     "  advisor list --status discontinued --language de\n"
     "  advisor list --verdict recommended --format markdown >empfohlen.md\n"
     "  advisor list --format json\n\n"
     "Filters compare the current (newest) verdict and status; a service has its\n"
     "own.\n"
     "Run \"advisor show ID\" for everything about one entry."},
    {"cmd.list.status", "Nur Einträge mit diesem aktuellen Stand",
     "Only entries with this current status"},
    {"cmd.list.verdict", "Nur Einträge mit dieser aktuellen Einschätzung",
     "Only entries with this current verdict"},

    {"cmd.overview.category",
     "Nur diese Kategorien, in dieser Reihenfolge (mehrfach möglich; ohne Angabe: alle vier)",
     "Only these categories, in this order (repeatable; default: all four)"},
    {"cmd.overview.description",
     "Die ganze Liste als Dokument zum Drucken oder Veröffentlichen: jede Kategorie mit Rat und "
     "ihren Diensten in Rangfolge, dazu was sich seit 2020 geändert hat",
     "The whole list as one document to print or publish: every category, its advice and its "
     "services in ranked order, and what changed since 2020"},
    {"cmd.overview.footer",
     "Beispiele:\n"
     "  advisor overview --language de -o liste.html\n"
     "  advisor overview --category video --category phone --people 12 \\\n"
     "      --format markdown -o liste.md\n"
     "  advisor overview --category messenger --no-phone-number\n"
     "  advisor overview --language de --date --org-name \"SHZ\" -o liste.html\n\n"
     "Ohne Angaben zum Bedarf gilt die Reihenfolge für eine typische Gruppe, mit\n"
     "ihnen die von „advisor recommend“. Einträge aus dem eigenen Katalog der\n"
     "Organisation (Overlay) sind dabei und gekennzeichnet.\n"
     "Mehr dazu: " ADVISOR_DOCS "handouts.md",
     "Examples:\n"
     "  advisor overview --language de -o liste.html\n"
     "  advisor overview --category video --category phone --people 12 \\\n"
     "      --format markdown -o liste.md\n"
     "  advisor overview --category messenger --no-phone-number\n"
     "  advisor overview --language de --date --org-name \"SHZ\" -o liste.html\n\n"
     "Without need flags the order is the one for a typical group; with them, the one\n"
     "\"advisor recommend\" gives. The organisation's overlay entries are included and\n"
     "marked.\n"
     "More: " ADVISOR_DOCS "handouts.md"},
    {"cmd.overview.format",
     "Ausgabeformat (ohne Angabe: passend zur Endung bei -o, sonst html; ohne -o text)",
     "Output format (default: from the -o file's extension, html; text without -o)"},
    {"cmd.overview.no-qr", "HTML: kein QR-Code neben den Adressen",
     "HTML: no QR code beside each address"},

    {"cmd.recommend.all", "Alle passenden Dienste zeigen (statt --top)",
     "Show every fitting service (instead of --top)"},
    {"cmd.recommend.all-and-top",
     "--all und --top gehen nicht zusammen: --all zeigt alle passenden Dienste, --top N die "
     "ersten N",
     "--all and --top cannot be used together: use --all for every fitting service, or --top N "
     "for the first N"},
    {"cmd.recommend.description",
     "Welche Dienste zum Bedarf der Gruppe passen, die besten zuerst, und warum",
     "Which services fit the group's needs, best first, and why"},
    {"cmd.recommend.explain", "Alle Punkte, Warnungen und Quellen der gezeigten Dienste",
     "Every point, warning and source of the services shown"},
    {"cmd.recommend.footer",
     "Beispiele:\n"
     "  advisor recommend --category video --people 6 --browser firefox\n"
     "  advisor recommend --instead-of whatsapp --no-phone-number\n"
     "  advisor recommend --category video --people 6 --browser firefox --explain\n"
     "  advisor recommend --category video --people 8 --why-not talky\n"
     "  advisor recommend --category phone --dial-in --budget 0 --format json\n"
     "  advisor recommend            (im Terminal: eine Frage nach der anderen)",
     "Examples:\n"
     "  advisor recommend --category video --people 6 --browser firefox\n"
     "  advisor recommend --instead-of whatsapp --no-phone-number\n"
     "  advisor recommend --category video --people 6 --browser firefox --explain\n"
     "  advisor recommend --category video --people 8 --why-not talky\n"
     "  advisor recommend --category phone --dial-in --budget 0 --format json\n"
     "  advisor recommend            (on a terminal: asks one question at a time)"},
    {"cmd.recommend.missing-needs",
     "es fehlt --category (video, phone, messenger oder scheduling) oder --instead-of ID; "
     "Fragen stellt advisor nur im Terminal und ohne --no-input",
     "missing --category (video, phone, messenger or scheduling) or --instead-of ID; questions "
     "are asked only on a terminal without --no-input"},
    {"cmd.recommend.questions-ended",
     "die Fragen endeten vor der letzten Antwort (Ende der Eingabe, Strg-D), also gibt es keine "
     "Empfehlung; beantworten Sie jede Frage (die Eingabetaste übernimmt den Vorschlag), oder "
     "geben Sie den Bedarf als Optionen an: advisor recommend --help",
     "the questions ended before the last answer (end of input, Ctrl-D), so nothing is "
     "recommended; answer every question (Enter takes the suggestion), or give the needs as "
     "flags: advisor recommend --help"},
    {"cmd.recommend.top", "Wie viele passende Dienste gezeigt werden (ohne Angabe: 3)",
     "How many fitting services to show (default 3)"},
    {"cmd.recommend.top.invalid",
     "ungültiger Wert „{value}“ für --top; möglich ist 1 oder mehr (oder --all)",
     "invalid value \"{value}\" for --top; allowed: 1 or more (or --all)"},
    {"cmd.recommend.why-not", "Einen Dienst ausführlich erklären", "Explain one service in full"},
    {"cmd.recommend.why-not.tool",
     "--why-not {id} nennt einen Dienst mit mehreren Angeboten; nennen Sie eines davon: {ids}",
     "--why-not {id} names a tool with several services; name one of them: {ids}"},

    {"cmd.show.description",
     "Alles zeigen, was über einen Dienst oder ein Angebot bekannt ist, mit Quellen und Datum",
     "Show everything known about one tool or service, with sources and dates"},
    {"cmd.show.footer",
     "Beispiele:\n"
     "  advisor show talky\n"
     "  advisor show talky --language de\n"
     "  advisor show jitsi-meet/ffmuc\n"
     "  advisor show blizz --format markdown >blizz.md\n"
     "  advisor show threema --format json\n\n"
     "Jede Angabe steht mit Quelle, Datum und Verlässlichkeit da; wo eine spätere\n"
     "Quelle eine frühere berichtigt hat, sagt „Was sich geändert hat“, wann. Die\n"
     "Quellen stehen am Ende. „advisor list“ zeigt alle Kennungen.",
     "Examples:\n"
     "  advisor show talky\n"
     "  advisor show talky --language de\n"
     "  advisor show jitsi-meet/ffmuc\n"
     "  advisor show blizz --format markdown >blizz.md\n"
     "  advisor show threema --format json\n\n"
     "Every fact is shown with its source, date and confidence; where a later\n"
     "source corrected an earlier one, \"what changed\" says when. Sources are\n"
     "listed at the end. Run \"advisor list\" for every id."},
    {"cmd.show.id", "Ein Dienst (talky) oder ein Angebot (jitsi-meet/ffmuc)",
     "A tool (talky) or a service (jitsi-meet/ffmuc)"},
    {"cmd.show.missing-id",
     "welcher Dienst? Geben Sie seine Kennung an, z. B. „advisor show talky“\n"
     "„advisor list“ zeigt alle Kennungen.",
     "which tool or service? Give its id, e.g. \"advisor show talky\"\n"
     "Run \"advisor list\" to see every id."},
});

} // namespace

std::span<const Message> command_messages() {
  return k_command_messages;
}

} // namespace advisor::render
