#pragma once
// Options shared by `guide` and `handout`: whom the document is for, its format, and the id.

#include <advisor/catalogue/model.hpp>
#include <advisor/render/guide/guide.hpp>

#include <string>
#include <vector>

namespace advisor::cli {

enum class DocumentFormat { text, markdown, html };

// Returns the audience named by --for ("organiser", "participant", "all"; "organizer" too).
// Throws UsageError listing the allowed values, with a "did you mean".
render::Audience parse_audience(const std::string& value);

// Returns the format named by --format; when `value` is empty, the one the -o file's extension
// names (.html/.htm, .md/.markdown, .txt), else `fallback`. Throws UsageError for other names,
// listing `allowed_formats` (the order help shows).
DocumentFormat parse_document_format(const std::string& value, const std::string& output_path,
                                     DocumentFormat fallback,
                                     const std::vector<std::string>& allowed_formats);

} // namespace advisor::cli
