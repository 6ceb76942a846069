#pragma once
// The tables behind message(): internal to the render layer.

#include <span>
#include <string_view>

namespace advisor::render {

struct Message {
  std::string_view key;
  std::string_view de;
  std::string_view en;
};

// Each returns a table; no key appears twice in the two tables (a test checks).
std::span<const Message> reason_messages(); // one per rule id of the engine
std::span<const Message> output_messages(); // headings, labels, questions ("out.…", "ask.…")

} // namespace advisor::render
