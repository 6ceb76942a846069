#pragma once
// The format an -o file's extension names, for guide, handout and overview.

#include <advisor/core/language.hpp>

#include <optional>
#include <string>
#include <vector>

namespace advisor::cli {

enum class DocumentFormat { text, markdown, html };

// Returns the format of `output_path`'s extension (.txt; .md, .markdown; .html, .htm; in any
// case) among `allowed_formats`, nullopt when there is no file ("" or "-") or no extension.
// Throws UsageError for an extension no allowed format has (x.pdf would get text, silently),
// naming each format with its extensions, in `language`.
std::optional<DocumentFormat> format_of_file(const std::string& output_path,
                                             const std::vector<std::string>& allowed_formats,
                                             Language language);

} // namespace advisor::cli
