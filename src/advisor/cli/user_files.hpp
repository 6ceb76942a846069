#pragma once
// Where a user's own files are: $XDG_CONFIG_HOME/advisor/ (default ~/.config/advisor/) with the
// overlay folder catalogue/ and config.yaml (docs/organisations.md).

#include <advisor/core/language.hpp>

#include <filesystem>
#include <optional>

namespace advisor::cli {

// Returns $XDG_CONFIG_HOME/advisor when XDG_CONFIG_HOME is an absolute path, else
// $HOME/.config/advisor when HOME is one; nullopt when neither is (a relative path is ignored,
// as the XDG specification asks).
std::optional<std::filesystem::path> advisor_config_dir(const Environment& environment);

// Returns the automatic overlay folder (<config dir>/catalogue) when it exists; nullopt when it
// does not. Throws Error when it exists but is not a folder.
std::optional<std::filesystem::path> user_overlay_dir(const Environment& environment);

// Returns the automatic configuration file (<config dir>/config.yaml) when it exists.
std::optional<std::filesystem::path> user_config_file(const Environment& environment);

} // namespace advisor::cli
