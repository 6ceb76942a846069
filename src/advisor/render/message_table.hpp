#pragma once
// The tables behind message(): internal to the render layer.

#include <advisor/core/message_text.hpp>

#include <span>
#include <string_view>

namespace advisor::render {

using Message = advisor::MessageRow;

// Each returns a table; no key appears twice in the two tables (a test checks).
std::span<const Message> reason_messages();  // one per rule id of the engine
std::span<const Message> output_messages();  // every other output text ("out.…", "ask.…")
std::span<const Message> cli_messages();     // help, errors and hints of the program ("cli.…")
std::span<const Message> command_messages(); // help and errors of each command ("cmd.…")

// Every table above, in that order.
std::span<const std::span<const Message>> message_tables();

} // namespace advisor::render
