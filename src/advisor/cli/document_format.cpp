#include <advisor/cli/document_format.hpp>
#include <advisor/core/ascii.hpp>
#include <advisor/core/error.hpp>
#include <advisor/render/messages.hpp>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fmt/format.h>
#include <string_view>

namespace advisor::cli {

namespace {

struct FormatName {
  std::string_view name;
  DocumentFormat format;
  std::vector<std::string_view> extensions; // of an -o file that gets this format
};

const std::vector<FormatName>& format_names() {
  static const std::vector<FormatName> k_formats = {
      {"text", DocumentFormat::text, {".txt"}},
      {"markdown", DocumentFormat::markdown, {".md", ".markdown"}},
      {"html", DocumentFormat::html, {".html", ".htm"}},
  };
  return k_formats;
}

} // namespace

std::optional<DocumentFormat> format_of_file(const std::string& output_path,
                                             const std::vector<std::string>& allowed_formats,
                                             Language language) {
  if (output_path.empty() || output_path == "-") return std::nullopt;
  const std::string typed = std::filesystem::path(output_path).extension().string();
  if (typed.empty()) return std::nullopt;
  const std::string extension = ascii_lowercase(typed); // .HTML counts as .html
  std::vector<std::string> known;
  for (const auto& allowed : allowed_formats) {
    for (const auto& entry : format_names()) {
      if (entry.name != allowed) continue;
      if (std::find(entry.extensions.begin(), entry.extensions.end(), extension) !=
          entry.extensions.end()) {
        return entry.format;
      }
      known.push_back(fmt::format("{} ({})", entry.name, fmt::join(entry.extensions, ", ")));
    }
  }
  throw UsageError(render::message("cmd.any.output.extension", language,
                                   {{"path", output_path},
                                    {"extension", typed},
                                    {"formats", fmt::format("{}", fmt::join(known, ", "))}}));
}

} // namespace advisor::cli
