#pragma once
// What `advisor check` collects: located problems, reported all at once in GNU format.

#include <advisor/core/file_path.hpp>
#include <advisor/core/message_text.hpp>

#include <string>
#include <vector>

namespace advisor {

enum class Severity { warning, error };

// A place in a file; line and column are 1-based, 0 means "whole file".
struct Location {
  FilePath file;
  int line = 0;
  int column = 0;
};

struct Diagnostic {
  Severity severity = Severity::error;
  Location where;
  std::string message; // in English
  // The message's key in the catalogue's table of diagnostics and its placeholders' values, for
  // other languages (catalogue::format_diagnostic); an empty key when there is only `message`.
  std::string key;
  MessageArgs args;
};

// Returns "file:line:col: error: message" (or "file: error: message" without a line).
std::string format_diagnostic(const Diagnostic& diagnostic);

// Collects diagnostics in order of discovery.
class Diagnostics {
public:
  void error(const Location& where, std::string message);
  void warning(const Location& where, std::string message);
  void add(Diagnostic diagnostic);
  void append(const Diagnostics& other);
  // Returns true when at least one error (not warning) was collected.
  bool has_errors() const;
  std::size_t error_count() const;
  std::size_t warning_count() const;
  const std::vector<Diagnostic>& all() const { return m_items; }
  // Sorts by file, line, column, keeping discovery order for ties.
  void sort();

private:
  std::vector<Diagnostic> m_items;
};

} // namespace advisor
