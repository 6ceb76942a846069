// What each command says: its description, the help of its options, its examples and its own
// errors ("cmd.<command>.…"; options several commands share: "cmd.any.…"). In German and English;
// a translator adds a column here (docs/translating.md).
#include <advisor/render/message_table.hpp>

#include <array>

namespace advisor::render {
namespace {

// In key order, for the reader; every key once (checked by a test).
constexpr auto k_command_messages = std::to_array<Message>({
    {"cmd.any.help", "Diese Hilfe zeigen und beenden", "Print this help and exit"},
});

} // namespace

std::span<const Message> command_messages() {
  return k_command_messages;
}

} // namespace advisor::render
