#pragma once
// Every sentence of the recommendation output in German and English, by key: one per rule id
// ("exclude.dial_in.no", "language.missing", "warn.room-expires-days") and the phrases around
// them ("recommend.why"). Placeholders are named: "{name} allows at most {limit} participants".

#include <advisor/core/language.hpp>
#include <advisor/core/message_text.hpp>

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace advisor::render {

using MessageArgs = advisor::MessageArgs;

// Returns the message `key` in `language` with its {placeholders} filled from `args`. Throws
// Error when the key is unknown or a placeholder has no value in `args`.
std::string message(std::string_view key, Language language, const MessageArgs& args = {});

using TextArgs = std::map<std::string, Text>;

// Returns the message `key` in every language, each with its {placeholders} filled from the same
// language of `args`: for texts kept in both languages (notices, fact words). Throws as message().
Text message_text(std::string_view key, const TextArgs& args = {});

// Returns the key of the message for `count` things: `key` + ".one" when there is one ("vor
// einem Monat", not "vor 1 Monaten"), else `key`.
std::string counted_key(std::string_view key, long long count);

// Returns `text` as it reads in every language: a name, an address or a number for TextArgs.
Text untranslated(const std::string& text);

// Returns true when a message `key` exists.
bool has_message(std::string_view key);

// Returns every message key, sorted.
std::vector<std::string> message_keys();

} // namespace advisor::render
