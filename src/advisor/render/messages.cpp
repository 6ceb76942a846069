#include <advisor/core/error.hpp>
#include <advisor/core/message_text.hpp>
#include <advisor/render/message_table.hpp>
#include <advisor/render/messages.hpp>

#include <algorithm>
#include <fmt/format.h>
#include <map>

namespace advisor::render {
namespace {

// Every message by key, from both tables.
const std::map<std::string_view, const Message*>& index() {
  static const auto k_index = [] {
    std::map<std::string_view, const Message*> map;
    for (auto table : message_tables()) {
      for (const auto& m : table)
        map.emplace(m.key, &m);
    }
    return map;
  }();
  return k_index;
}

const Message* find(std::string_view key) {
  auto it = index().find(key);
  return it == index().end() ? nullptr : it->second;
}

} // namespace

std::span<const std::span<const Message>> message_tables() {
  static const std::span<const Message> k_tables[] = {reason_messages(), output_messages(),
                                                      cli_messages(), command_messages()};
  return k_tables;
}

std::string message(std::string_view key, Language language, const MessageArgs& args) {
  const Message* found = find(key);
  if (found == nullptr) throw Error(fmt::format("no message \"{}\"", key));
  const std::string_view text = language == Language::de ? found->de : found->en;
  return fill_placeholders(key, text, args);
}

Text message_text(std::string_view key, const TextArgs& args) {
  MessageArgs de;
  MessageArgs en;
  for (const auto& [name, value] : args) {
    de.emplace(name, value.de);
    en.emplace(name, value.en);
  }
  return {message(key, Language::de, de), message(key, Language::en, en)};
}

Text untranslated(const std::string& text) {
  return {text, text};
}

std::string counted_key(std::string_view key, long long count) {
  std::string result(key);
  if (count == 1) result += ".one";
  return result;
}

bool has_message(std::string_view key) {
  return find(key) != nullptr;
}

std::vector<std::string> message_keys() {
  std::vector<std::string> keys;
  for (auto table : message_tables()) {
    for (const auto& m : table)
      keys.emplace_back(m.key);
  }
  std::sort(keys.begin(), keys.end());
  return keys;
}

} // namespace advisor::render
