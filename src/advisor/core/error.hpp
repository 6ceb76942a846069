#pragma once
// The one exception type that stops a command. Caught once, in cli/app.cpp.

#include <stdexcept>
#include <string>

namespace advisor {

// Exit codes of the advisor (see PRODUCT.md).
enum class ExitCode : int { ok = 0, failure = 1, usage = 2 };

// Raised by any layer for a problem that ends the command; carries the exit code to use.
class Error : public std::runtime_error {
public:
  explicit Error(const std::string& message, ExitCode code = ExitCode::failure)
      : std::runtime_error(message), m_code(code) {}
  // The exit code the command ends with.
  ExitCode code() const noexcept { return m_code; }

private:
  ExitCode m_code;
};

// Raised for bad usage: unknown id, bad value. Exits 2.
class UsageError : public Error {
public:
  explicit UsageError(const std::string& message) : Error(message, ExitCode::usage) {}
};

} // namespace advisor
