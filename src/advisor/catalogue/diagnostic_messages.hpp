#pragma once
// The catalogue checker's messages (`file:line:col: error: …`) in German and English: every
// diagnostic of the catalogue, overlay, configuration file and rules carries a key of the table
// in diagnostic_messages.cpp and its values; its `message` is the English text.

#include <advisor/core/diagnostic.hpp>
#include <advisor/core/error.hpp>
#include <advisor/core/language.hpp>
#include <advisor/core/message_text.hpp>

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace advisor::catalogue {

// Every diagnostic text, in key order ("diag.…").
std::span<const MessageRow> diagnostic_messages();

// Returns the text of `key` in `language` with its placeholders filled from `args`. An arg
// "<name>_key" names another message, filled from the same args and put in for {<name>}; an
// empty one puts in nothing. Throws Error for an unknown key or a placeholder without a value.
std::string diagnostic_text(std::string_view key, Language language, const MessageArgs& args);

// Returns the values of a message's {hint}: "hint_key" naming "diag.hint.did-you-mean" and
// "match" the candidate closest to `typed` (as did_you_mean() finds it), or an empty "hint_key".
MessageArgs did_you_mean_args(std::string_view typed, const std::vector<std::string>& candidates);

// Returns the key of the system's reason `error` ("diag.errno.EACCES"), for the reasons a user
// meets reading or writing files (no permission, no such file, disk full, …); "" for others,
// which only the system's own words (strerror) describe.
std::string system_reason_key(int error);

// Returns a diagnostic at `where` with the message `key` (in English in `message`).
Diagnostic make_diagnostic(Severity severity, const Location& where, std::string key,
                           MessageArgs args = {});

// Returns "file:line:col: error: …" in `language` ("… Fehler: …" in German; in English the same
// as advisor::format_diagnostic). A diagnostic without a key keeps its English message.
std::string format_diagnostic(const Diagnostic& diagnostic, Language language);

// Thrown when a catalogue, overlay or configuration file cannot be read: what() is the message
// in English; key() and args() say it in another language (diagnostic_text).
class FileError : public Error {
public:
  FileError(std::string key, MessageArgs args);
  const std::string& key() const { return m_key; }
  const MessageArgs& args() const { return m_args; }

private:
  std::string m_key;
  MessageArgs m_args;
};

} // namespace advisor::catalogue
