#pragma once
// The path of a file as messages show it, kept once however many places point into it: a
// catalogue has tens of places per entry and may have thousands of files, and a copy of the path
// in each place would cost more memory than the entries themselves.

#include <compare>
#include <string>
#include <string_view>

namespace advisor {

class FilePath {
public:
  FilePath();
  // Implicit, so that a Location can be written {"catalogue/rules.yaml", 1, 1}.
  FilePath(std::string_view path);
  FilePath(const std::string& path) : FilePath(std::string_view(path)) {}
  FilePath(const char* path) : FilePath(std::string_view(path)) {}

  const std::string& str() const { return *m_path; }
  operator const std::string&() const { return *m_path; }
  bool empty() const { return m_path->empty(); }

  // Equal paths are the same stored string.
  friend bool operator==(const FilePath& a, const FilePath& b) { return a.m_path == b.m_path; }
  friend std::strong_ordering operator<=>(const FilePath& a, const FilePath& b) {
    return a.m_path == b.m_path ? std::strong_ordering::equal : *a.m_path <=> *b.m_path;
  }

private:
  const std::string* m_path; // in a table that lives as long as the program
};

} // namespace advisor
