#include <advisor/core/diagnostic.hpp>
#include <advisor/core/visible.hpp>

#include <algorithm>
#include <fmt/format.h>

namespace advisor {

std::string format_diagnostic(const Diagnostic& diagnostic) {
  const char* kind = diagnostic.severity == Severity::error ? "error" : "warning";
  const Location& at = diagnostic.where;
  // A file name or a quoted value may hold control characters: shown, never obeyed.
  if (at.line > 0) {
    return visible(fmt::format("{}:{}:{}: {}: {}", at.file.str(), at.line, std::max(at.column, 1),
                               kind, diagnostic.message));
  }
  return visible(fmt::format("{}: {}: {}", at.file.str(), kind, diagnostic.message));
}

void Diagnostics::error(const Location& where, std::string message) {
  m_items.push_back({Severity::error, where, std::move(message), {}, {}});
}

void Diagnostics::warning(const Location& where, std::string message) {
  m_items.push_back({Severity::warning, where, std::move(message), {}, {}});
}

void Diagnostics::add(Diagnostic diagnostic) {
  m_items.push_back(std::move(diagnostic));
}

void Diagnostics::append(const Diagnostics& other) {
  m_items.insert(m_items.end(), other.m_items.begin(), other.m_items.end());
}

bool Diagnostics::has_errors() const {
  return error_count() > 0;
}

std::size_t Diagnostics::error_count() const {
  return static_cast<std::size_t>(std::count_if(
      m_items.begin(), m_items.end(), [](const auto& d) { return d.severity == Severity::error; }));
}

std::size_t Diagnostics::warning_count() const {
  return m_items.size() - error_count();
}

void Diagnostics::sort() {
  std::stable_sort(m_items.begin(), m_items.end(), [](const Diagnostic& a, const Diagnostic& b) {
    if (a.where.file != b.where.file) return a.where.file < b.where.file;
    if (a.where.line != b.where.line) return a.where.line < b.where.line;
    return a.where.column < b.where.column;
  });
}

} // namespace advisor
