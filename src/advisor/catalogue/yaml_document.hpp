#pragma once
// The catalogue reader's view of a YAML file: a small tree with a place on every node.
// It is built from yaml-cpp's events (never from YAML::Load), so anchors, aliases, tags, merge
// keys, duplicate keys and extra documents are refused while the file is parsed, before anything
// walks a tree. Internal to the catalogue layer.

#include <advisor/core/diagnostic.hpp>
#include <advisor/core/message_text.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace advisor::catalogue::yaml {

enum class Kind { null, scalar, sequence, mapping };

struct Member;

struct Node {
  Kind kind = Kind::null;
  std::string value;           // the text of a scalar
  bool plain = false;          // a scalar written without quotes or block style
  Location where;              // 1-based; for an empty value, the place of its key
  std::vector<Node> items;     // a sequence's items
  std::vector<Member> members; // a mapping's keys and values, in file order, keys unique

  // Returns the value of `key` in a mapping, or nullptr.
  const Node* find(std::string_view key) const;
};

struct Member {
  std::string key;
  Location where; // of the key
  Node value;
};

// Deepest nesting of lists and mappings accepted (a catalogue needs about ten levels).
inline constexpr int k_max_depth = 32;

// Most problems of the YAML level (anchors, duplicate keys, …) reported for one file before the
// rest of it is skipped.
inline constexpr int k_max_problems = 20;

// Parses `content`, shown in messages as `path`. Checks the size limit, UTF-8 and control
// characters first. Returns nullopt after reporting why when the file cannot be read as exactly
// one catalogue document; duplicate keys are reported and the first one is kept. Never throws for
// bad content.
std::optional<Node> parse_document(const std::string& path, std::string_view content,
                                   Diagnostics& diagnostics);

// Describes a node for messages: `"abc"`, `a list`, `a mapping`, `nothing`.
std::string describe(const Node& node);

// The same as message values: "found_key" names a "diag.found.…" message, "found_text" holds a
// scalar's (shortened) text.
MessageArgs describe_args(const Node& node);

} // namespace advisor::catalogue::yaml
