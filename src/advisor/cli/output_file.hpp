#pragma once
// Where a command's output goes: standard output, or a file written atomically (-o FILE).

#include <advisor/cli/context.hpp>

#include <string>
#include <string_view>

namespace advisor::cli {

// Writes `content` to `path` so that readers see either the old file or the whole new one: a
// temporary file in the target's own folder is written, flushed, synced and renamed over it. On
// any failure the temporary file is removed and an existing file is left untouched. A new file
// gets the usual permissions (0666 less the umask); a replaced file keeps its own, and is
// replaced only when the user may write it. A symbolic link is followed: its target is written,
// the link stays. What is not a regular file (a device such as /dev/null, a FIFO, a socket) is
// written to directly. Throws Error (exit 1) naming the path and the reason (ENOSPC: "No space
// left on device").
void write_file_atomically(const std::string& path, std::string_view content);

// Writes `content` to context.out when `path` is empty or "-", else atomically to `path`.
// Throws Error as write_file_atomically does.
void write_output(Context& context, const std::string& path, std::string_view content);

} // namespace advisor::cli
