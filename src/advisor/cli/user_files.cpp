#include <advisor/cli/say.hpp>
#include <advisor/cli/user_files.hpp>
#include <advisor/core/error.hpp>

#include <fmt/format.h>
#include <system_error>

namespace advisor::cli {
namespace {

namespace fs = std::filesystem;

std::optional<fs::path> absolute_variable(const Environment& environment, std::string_view name) {
  auto value = environment(name);
  if (!value || value->empty()) return std::nullopt;
  fs::path path(*value);
  if (!path.is_absolute()) return std::nullopt;
  return path;
}

} // namespace

std::optional<fs::path> advisor_config_dir(const Environment& environment) {
  if (auto xdg = absolute_variable(environment, "XDG_CONFIG_HOME")) return *xdg / "advisor";
  if (auto home = absolute_variable(environment, "HOME")) return *home / ".config" / "advisor";
  return std::nullopt;
}

std::optional<fs::path> user_overlay_dir(const Environment& environment) {
  const auto dir = advisor_config_dir(environment);
  if (!dir) return std::nullopt;
  const fs::path overlay = *dir / "catalogue";
  std::error_code error;
  const auto status = fs::status(overlay, error);
  if (!fs::exists(status)) return std::nullopt;
  if (!fs::is_directory(status)) {
    throw Error(say("cli.error.not-user-overlay", {{"path", overlay.generic_string()}}));
  }
  return overlay;
}

std::optional<fs::path> user_config_file(const Environment& environment) {
  const auto dir = advisor_config_dir(environment);
  if (!dir) return std::nullopt;
  const fs::path file = *dir / "config.yaml";
  std::error_code error;
  if (!fs::exists(file, error)) return std::nullopt;
  return file;
}

} // namespace advisor::cli
