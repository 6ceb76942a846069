#include <advisor/cli/document_options.hpp>
#include <advisor/core/error.hpp>
#include <advisor/core/suggest.hpp>

#include <array>
#include <fmt/format.h>

namespace advisor::cli {
namespace {

[[noreturn]] void bad_value(std::string_view option, const std::string& value,
                            const std::vector<std::string>& allowed) {
  std::string list;
  for (const auto& name : allowed) list += (list.empty() ? "" : ", ") + name;
  throw UsageError(fmt::format("{}: \"{}\" is not one of {}{}", option, value, list,
                               did_you_mean(value, allowed)));
}

} // namespace

render::Audience parse_audience(const std::string& value) {
  if (value.empty() || value == "all") return render::Audience::everyone;
  if (value == "organiser" || value == "organizer") return render::Audience::organiser;
  if (value == "participant") return render::Audience::participant;
  bad_value("--for", value, {"organiser", "participant", "all"});
}

DocumentFormat parse_document_format(const std::string& value, const std::string& output_path,
                                     DocumentFormat fallback) {
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
  bad_value("--format", value, {"text", "markdown", "html"});
}

const catalogue::Entry& find_entry(const catalogue::Catalogue& catalogue, const std::string& id) {
  if (const auto* entry = catalogue.find(id)) return *entry;
  throw UsageError(fmt::format("unknown id \"{}\"{}\nRun \"advisor list\" to see every id.", id,
                               did_you_mean(id, catalogue.ids())));
}

} // namespace advisor::cli
