#include <advisor/cli/choice.hpp>
#include <advisor/cli/document_options.hpp>
#include <advisor/core/error.hpp>
#include <advisor/core/suggest.hpp>

#include <array>
#include <fmt/format.h>

namespace advisor::cli {

render::Audience parse_audience(const std::string& value) {
  if (value.empty() || value == "all") return render::Audience::everyone;
  if (value == "organiser" || value == "organizer") return render::Audience::organiser;
  if (value == "participant") return render::Audience::participant;
  require_choice("--for", value, {"organiser", "participant", "all"});
  return render::Audience::everyone; // not reached: require_choice threw
}

DocumentFormat parse_document_format(const std::string& value, const std::string& output_path,
                                     DocumentFormat fallback,
                                     const std::vector<std::string>& allowed_formats) {
  static const std::array<std::pair<std::string_view, DocumentFormat>, 3> k_formats = {{
      {"text", DocumentFormat::text},
      {"markdown", DocumentFormat::markdown},
      {"html", DocumentFormat::html},
  }};
  if (value.empty()) {
    const auto dot = output_path.rfind('.');
    const std::string extension = dot == std::string::npos ? "" : output_path.substr(dot);
    if (extension == ".html" || extension == ".htm") return DocumentFormat::html;
    if (extension == ".md" || extension == ".markdown") return DocumentFormat::markdown;
    if (extension == ".txt") return DocumentFormat::text;
    return fallback;
  }
  for (const auto& [name, format] : k_formats) {
    if (name == value) return format;
  }
  require_choice("--format", value, allowed_formats);
  return fallback; // not reached: require_choice threw
}

} // namespace advisor::cli
