#pragma once
// Checks of a catalogue file's bytes before YAML parsing, and the mapping from yaml-cpp's marks
// (0-based line, byte column) to the 1-based line and character column of a message.
// Internal to the catalogue layer.

#include <advisor/core/diagnostic.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace advisor::catalogue::yaml {

class Positions {
public:
  Positions(std::string_view path, std::string_view content);

  // Returns the place of a 0-based line and byte column; columns count characters, not bytes.
  // Marks outside the file are clamped to its last line.
  Location at(int line, int byte_column) const;

  // Returns the place of a byte offset.
  Location at_offset(std::size_t offset) const;

  // Returns line 1, column 1: the place of problems that concern the whole file.
  Location start() const { return {m_path, 1, 1}; }

  const std::string& path() const { return m_path.str(); }

private:
  // Returns how many UTF-8 continuation bytes lie before `offset`.
  std::size_t continuations_before(std::size_t offset) const;

  FilePath m_path; // stored once for every place of the file
  std::string_view m_content;
  std::vector<std::size_t> m_line_starts;
  std::vector<std::size_t> m_continuations; // offsets of UTF-8 continuation bytes, ascending
};

// Reports a file larger than k_max_file_size, invalid UTF-8 or a control character other than tab
// and line breaks (C0, DEL and C1). Returns false when it found one (the file is not parsed then).
bool check_input(std::string_view content, const Positions& positions, Diagnostics& diagnostics);

// Returns the control character at the start of a UTF-8 `sequence` (C0 but tab and newline, DEL,
// C1 U+0080 to U+009F), or nullopt.
std::optional<char32_t> control_character(std::string_view sequence);

// Returns the first control character (as control_character() sees them) in `text`, or nullopt.
std::optional<char32_t> find_control_character(std::string_view text);

// The values of the message "diag.control-character" (`control character U+001B is not
// allowed`): {code}.
MessageArgs control_args(char32_t control);

// Returns the length of the valid UTF-8 sequence at the start of `text`, or 0 when it is invalid
// (overlong forms, surrogates and values above U+10FFFF are invalid).
std::size_t utf8_sequence_length(std::string_view text);

} // namespace advisor::catalogue::yaml
