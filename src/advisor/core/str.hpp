#pragma once
// An immutable string that lives as long as the program, the size of one pointer. The catalogue
// holds tens of thousands of strings (names, notes, steps, source ids), most of them repeated:
// a service inherits its tool's facts and guide, and sources, countries and notes recur. A Str
// is kept once however often it is used, with no allocation per copy; copying one copies a
// pointer. Texts in the compiled catalogue are not copied at all (lasting()).

#include <compare>
#include <cstddef>
#include <functional>
#include <ostream>
#include <string>
#include <string_view>

#include <fmt/core.h>

namespace advisor {

class Str {
public:
  Str() noexcept;
  // Kept in the program's table of strings: stored once per distinct text, never freed.
  Str(std::string_view text);
  Str(const std::string& text) : Str(std::string_view(text)) {}
  Str(const char* text) : Str(std::string_view(text)) {}

  // `bytes` live as long as the program (the compiled catalogue): they are not copied.
  static Str lasting(std::string_view bytes);

  std::string_view view() const noexcept { return *m_text; }
  operator std::string_view() const noexcept { return *m_text; }
  // A copy, for code that needs a std::string (a message's arguments, a map's key).
  operator std::string() const { return std::string(*m_text); }
  std::string str() const { return std::string(*m_text); }

  const char* data() const noexcept { return m_text->data(); }
  std::size_t size() const noexcept { return m_text->size(); }
  bool empty() const noexcept { return m_text->empty(); }
  auto begin() const noexcept { return m_text->begin(); }
  auto end() const noexcept { return m_text->end(); }
  char front() const { return m_text->front(); }
  char back() const { return m_text->back(); }
  char operator[](std::size_t i) const { return (*m_text)[i]; }
  bool starts_with(std::string_view prefix) const noexcept { return m_text->starts_with(prefix); }
  bool ends_with(std::string_view suffix) const noexcept { return m_text->ends_with(suffix); }
  std::size_t find(std::string_view part, std::size_t from = 0) const noexcept {
    return m_text->find(part, from);
  }
  std::size_t find(char c, std::size_t from = 0) const noexcept { return m_text->find(c, from); }
  std::string_view substr(std::size_t from, std::size_t count = std::string_view::npos) const {
    return m_text->substr(from, count);
  }

  friend bool operator==(const Str& a, const Str& b) noexcept {
    return a.m_text == b.m_text || *a.m_text == *b.m_text;
  }
  friend bool operator==(const Str& a, std::string_view b) noexcept { return *a.m_text == b; }
  friend bool operator==(const Str& a, const std::string& b) noexcept { return *a.m_text == b; }
  friend bool operator==(const Str& a, const char* b) noexcept { return *a.m_text == b; }
  friend std::strong_ordering operator<=>(const Str& a, const Str& b) noexcept {
    return *a.m_text <=> *b.m_text;
  }
  friend std::strong_ordering operator<=>(const Str& a, std::string_view b) noexcept {
    return *a.m_text <=> b;
  }

  friend std::string operator+(const Str& a, std::string_view b) {
    return std::string(a.view()).append(b);
  }
  friend std::string operator+(std::string a, const Str& b) { return a.append(b.view()); }
  friend std::string operator+(const char* a, const Str& b) {
    return std::string(a).append(b.view());
  }
  friend std::ostream& operator<<(std::ostream& out, const Str& s) { return out << s.view(); }

private:
  explicit Str(const std::string_view* text) noexcept : m_text(text) {}
  const std::string_view* m_text;
};

} // namespace advisor

template <> struct std::hash<advisor::Str> {
  std::size_t operator()(const advisor::Str& s) const noexcept {
    return std::hash<std::string_view>{}(s.view());
  }
};

template <> struct fmt::formatter<advisor::Str> : fmt::formatter<fmt::string_view> {
  template <class Context> auto format(const advisor::Str& s, Context& context) const {
    return fmt::formatter<fmt::string_view>::format(fmt::string_view(s.data(), s.size()), context);
  }
};
