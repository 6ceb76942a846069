// What the program as a whole says: the headings of every help text, the global options, the
// errors and hints that are not a single command's. In German and English; a translator adds a
// column here (docs/translating.md).
#include <advisor/render/message_table.hpp>

#include <array>

namespace advisor::render {
namespace {

// In key order, for the reader; every key once (checked by a test).
constexpr auto k_cli_messages = std::to_array<Message>({
    {"cli.error", "Fehler", "error"},
});

} // namespace

std::span<const Message> cli_messages() {
  return k_cli_messages;
}

} // namespace advisor::render
