// What the program as a whole says: its description and examples, the global options, the
// headings of every help text, and the errors and hints that are not one command's own. In German
// and English; a translator adds a column here (docs/translating.md).
#include <advisor/render/message_table.hpp>

#include <array>

namespace advisor::render {
namespace {

// In key order, for the reader; every key once (checked by a test).
constexpr auto k_cli_messages = std::to_array<Message>({
    {"cli.allowed.ADDRESS", "eine Postanschrift", "a postal address"},
    {"cli.allowed.CODE", "der Code oder das Passwort des Raums", "the room's code or password"},
    {"cli.allowed.DIR", "ein Ordner", "a folder"},
    {"cli.allowed.EUR", "ein Betrag in Euro", "an amount in euros"},
    {"cli.allowed.FILE", "ein Dateiname", "a file name"},
    {"cli.allowed.ID", "eine ID (alle IDs zeigt „advisor list“)",
     "an id (run \"advisor list\" to see every id)"},
    {"cli.allowed.LINE", "eine Textzeile", "a line of text"},
    {"cli.allowed.MINUTES", "eine Zahl von Minuten", "a number of minutes"},
    {"cli.allowed.MONTHS", "eine Zahl von Monaten", "a number of months"},
    {"cli.allowed.N", "eine ganze Zahl", "a whole number"},
    {"cli.allowed.NAME", "ein Name", "a name"},
    {"cli.allowed.NUMBER", "eine Telefonnummer", "a telephone number"},
    {"cli.allowed.PIN", "eine PIN", "a PIN"},
    {"cli.allowed.TEXT", "ein Text", "a text"},
    {"cli.allowed.URL", "eine Webadresse, die mit https:// beginnt",
     "a web address starting with https://"},
    {"cli.allowed.[YYYY-MM-DD]", "ein Datum wie 2026-12-01", "a date like 2026-12-01"},
    {"cli.allowed.or-alone", "{allowed} oder {option} ohne Wert", "{allowed}, or {option} alone"},
    {"cli.did-you-mean", " (meinten Sie „{match}“?)", " (did you mean \"{match}\"?)"},
    {"cli.error-prefix", "advisor: Fehler: ", "advisor: error: "},
    {"cli.error.cannot-write", "„{path}“ lässt sich nicht schreiben: {reason}",
     "cannot write \"{path}\": {reason}"},
    {"cli.error.catalogue", "Der Katalog enthält Fehler:", "the catalogue has errors:"},
    {"cli.error.catalogue-hint", "(Einzelheiten zeigt „advisor check“)",
     "(run \"advisor check\" for details)"},
    {"cli.error.config",
     "Die Konfigurationsdatei enthält Fehler:", "the configuration file has errors:"},
    {"cli.error.empty-value", "ungültiger Wert „“ für {option}; möglich: {allowed}",
     "invalid value \"\" for {option}; allowed: {allowed}"},
    {"cli.error.help-one-command", "help nimmt höchstens einen Befehl, nicht „{word}“",
     "help takes one command at most, not \"{word}\""},
    {"cli.error.invalid-value",
     "ungültiger Wert „{value}“ für {option}{suggestion}; möglich: {allowed}",
     "invalid value \"{value}\" for {option}{suggestion}; allowed: {allowed}"},
    {"cli.error.invalid-value-of", "ungültiger Wert „{value}“ für {option}",
     "invalid value \"{value}\" for {option}"},
    {"cli.error.max-age", "--max-age: „{value}“ ist keine ganze Zahl von Monaten von 1 bis {limit}",
     "--max-age: \"{value}\" is not a whole number of months from 1 to {limit}"},
    {"cli.error.missing-choice", "{option} fehlt ({allowed})", "missing {option} ({allowed})"},
    {"cli.error.missing-value", "{option} braucht einen Wert ({placeholder})",
     "missing value for {option} ({placeholder})"},
    {"cli.error.missing", "{placeholder} fehlt", "missing {placeholder}"},
    {"cli.error.no-file-name", "Eine Datei ohne Namen lässt sich nicht schreiben",
     "cannot write a file without a name"},
    {"cli.error.not-user-overlay",
     "„{path}“ lässt sich nicht lesen: kein Ordner (hier sucht advisor Ihre eigenen "
     "Katalogeinträge)",
     "cannot read \"{path}\": not a directory (this is where advisor looks for your own catalogue "
     "entries)"},
    {"cli.error.run-for-options", "Die Optionen zeigt „{help}“.",
     "Run \"{help}\" for the options."},
    {"cli.error.run-for-usage", "Wie der Aufruf aussieht, zeigt „{help}“.",
     "Run \"{help}\" for the usage."},
    {"cli.error.stdout", "Die Standardausgabe lässt sich nicht schreiben",
     "cannot write to standard output"},
    {"cli.error.unexpected-argument", "unerwartetes Argument „{argument}“",
     "unexpected argument \"{argument}\""},
    {"cli.error.unknown-command",
     "unbekannter Befehl „{command}“{suggestion}\nAlle Befehle zeigt „advisor --help“.",
     "unknown command \"{command}\"{suggestion}\nRun \"advisor --help\" for the list of commands."},
    {"cli.error.unknown-id", "unbekannte ID „{id}“{suggestion}\nAlle IDs zeigt „advisor list“.",
     "unknown id \"{id}\"{suggestion}\nRun \"advisor list\" to see every id."},
    {"cli.error.unknown-id-for",
     "unbekannte ID „{id}“ für {option}{suggestion}\nAlle IDs zeigt „advisor list“.",
     "unknown id \"{id}\" for {option}{suggestion}\nRun \"advisor list\" to see every id."},
    {"cli.error.unknown-option", "unbekannte Option „{name}“{suggestion}",
     "unknown option \"{name}\"{suggestion}"},
    {"cli.error.unknown-option-before-command",
     "unbekannte Option „{name}“{suggestion} vor dem Befehl\nDie Optionen und Befehle zeigt "
     "„advisor --help“.",
     "unknown option \"{name}\"{suggestion} before the command\nRun \"advisor --help\" for the "
     "options and the commands."},
    {"cli.error.which-command",
     "Welcher Befehl? Einer von: {commands}\nWas jeder tut, zeigt „advisor --help“, zum Beispiel "
     "„advisor recommend --help“.",
     "which command? One of: {commands}\nRun \"advisor --help\" for what each does, for example "
     "\"advisor recommend --help\"."},
    {"cli.error.wrong-count", "falsche Zahl von Werten für {option}",
     "wrong number of values for {option}"},
    {"cli.help.arguments", "Argumente:", "Arguments:"},
    {"cli.help.commands", "Befehle:", "Commands:"},
    {"cli.help.global-options", "Globale Optionen (vor oder nach dem Befehl):",
     "Global options (before or after the command):"},
    {"cli.help.global-options-of-command", "Globale Optionen (auch vor dem Befehl möglich):",
     "Global options (also before the command):"},
    {"cli.help.options", "Optionen:", "Options:"},
    {"cli.help.usage", "Aufruf:", "Usage:"},
    {"cli.help.usage-options", "[OPTIONEN]", "[OPTIONS]"},
    {"cli.help.usage-program", "[GLOBALE OPTIONEN] BEFEHL [OPTIONEN]",
     "[GLOBAL OPTIONS] COMMAND [OPTIONS]"},
    {"cli.help.version", "Version und Stand des eingebauten Katalogs zeigen und beenden",
     "Print the version and the built-in catalogue's date and exit"},
    {"cli.option.catalogue", "Den Katalog in ORDNER statt des eingebauten nutzen",
     "Use the catalogue in DIR instead of the built-in one"},
    {"cli.option.color",
     "Farbige Textausgabe: auto (nur im Terminal, nicht mit NO_COLOR oder TERM=dumb), always "
     "(immer) oder never (nie)",
     "Colour text output: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or "
     "never"},
    {"cli.option.config",
     "Einstellungen aus DATEI lesen (sonst ~/.config/advisor/config.yaml, wenn es sie gibt)",
     "Read settings from FILE (default: ~/.config/advisor/config.yaml when it exists)"},
    {"cli.option.language",
     "Sprache der Ausgabe, Hilfe und Meldungen (sonst language in der Konfigurationsdatei, dann "
     "LANGUAGE, LC_ALL, LC_MESSAGES, LANG, sonst en)",
     "Language of output, help and messages (default: language in the config file, then "
     "LANGUAGE, LC_ALL, LC_MESSAGES, LANG, else en)"},
    {"cli.option.max-age",
     "Vor Rat warnen, der seit mehr als MONATE Monaten nicht geprüft wurde (sonst die "
     "Konfigurationsdatei, dann 24)",
     "Warn about advice not reviewed for more than MONTHS months (default: the config file, "
     "else 24)"},
    {"cli.option.overlay",
     "Eigene Einträge aus ORDNER hinzufügen oder eingebaute ändern (mehrfach möglich; "
     "~/.config/advisor/catalogue/ wird immer gelesen, wenn es ihn gibt)",
     "Add your own entries from DIR, or change built-in ones (repeatable; "
     "~/.config/advisor/catalogue/ is always read when it exists)"},
    {"cli.placeholder.ADDRESS", "ANSCHRIFT", "ADDRESS"},
    {"cli.placeholder.CODE", "CODE", "CODE"},
    {"cli.placeholder.DIR", "ORDNER", "DIR"},
    {"cli.placeholder.EUR", "EURO", "EUR"},
    {"cli.placeholder.FILE", "DATEI", "FILE"},
    {"cli.placeholder.ID", "ID", "ID"},
    {"cli.placeholder.LINE", "ZEILE", "LINE"},
    {"cli.placeholder.MINUTES", "MINUTEN", "MINUTES"},
    {"cli.placeholder.MONTHS", "MONATE", "MONTHS"},
    {"cli.placeholder.N", "N", "N"},
    {"cli.placeholder.NAME", "NAME", "NAME"},
    {"cli.placeholder.NUMBER", "NUMMER", "NUMBER"},
    {"cli.placeholder.PATH", "PFAD", "PATH"},
    {"cli.placeholder.PIN", "PIN", "PIN"},
    {"cli.placeholder.TEXT", "TEXT", "TEXT"},
    {"cli.placeholder.URL", "URL", "URL"},
    {"cli.placeholder.[YYYY-MM-DD]", "[JJJJ-MM-TT]", "[YYYY-MM-DD]"},
    {"cli.program.description",
     "advisor: datenschutzfreundliche Dienste für Video, Telefon, Messenger und Terminumfragen "
     "für Gruppen – mit Begründung, Anleitungen und Handzetteln zum Ausdrucken.",
     "advisor: privacy-friendly video, phone, messenger and scheduling services for groups, with "
     "reasons, guides and printable handouts."},
    {"cli.program.footer",
     "Beispiele:\n"
     "  advisor recommend --category video --people 6 --browser firefox\n"
     "  advisor list --category video\n"
     "  advisor show talky --language de\n"
     "  advisor check my-catalogue/\n\n"
     "Rückgabewerte: 0 in Ordnung, 1 Fehler (fehlerhafter Katalog, Lesen oder Schreiben), 2 "
     "falscher Aufruf (unbekannte Option, unbekannte ID).\n"
     "Die Optionen eines Befehls zeigen „advisor BEFEHL --help“ und „advisor help BEFEHL“.",
     "Examples:\n"
     "  advisor recommend --category video --people 6 --browser firefox\n"
     "  advisor list --category video\n"
     "  advisor show talky --language de\n"
     "  advisor check my-catalogue/\n\n"
     "Exit codes: 0 ok, 1 failure (bad catalogue, I/O), 2 usage (bad flag, unknown id).\n"
     "Run \"advisor COMMAND --help\" or \"advisor help COMMAND\" for the options of a command."},
    {"cli.program.version",
     "advisor {version} (eingebauter Katalog: {entries} Werkzeuge und Dienste, geprüft bis "
     "{reviewed})",
     "advisor {version} (built-in catalogue: {entries} tools and services, reviewed up to "
     "{reviewed})"},
});

} // namespace

std::span<const Message> cli_messages() {
  return k_cli_messages;
}

} // namespace advisor::render
