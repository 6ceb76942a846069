#pragma once
// Options shared by `guide` and `handout`: whom the document is for, its format, and the id.

#include <advisor/catalogue/config.hpp>
#include <advisor/catalogue/model.hpp>
#include <advisor/cli/context.hpp>
#include <advisor/cli/document_format.hpp>
#include <advisor/render/guide/guide.hpp>
#include <advisor/render/handout/handout.hpp>
#include <advisor/render/terminal.hpp>

#include <optional>

namespace CLI {
class App;
class Option;
} // namespace CLI

#include <string>
#include <vector>

namespace advisor::cli {

// Returns the audience named by --for ("organiser", "participant", "all"; "organizer" too).
// Throws UsageError listing the allowed values, with a "did you mean".
render::Audience parse_audience(const std::string& value);

// Returns the format named by --format; when `value` is empty, the one the -o file's extension
// names (.html/.htm, .md/.markdown, .txt, in any case), else (no extension, no file) `fallback`.
// Throws UsageError for other names, listing `allowed_formats` (the order help shows), and for
// an extension no format has, listing each format with its extensions (in `language`).
DocumentFormat parse_document_format(const std::string& value, const std::string& output_path,
                                     DocumentFormat fallback,
                                     const std::vector<std::string>& allowed_formats,
                                     Language language);

// Adds --org-name, --org-contact (repeatable) and --org-address, bound to `footer`; their help
// in `language`.
void add_footer_options(CLI::App& command, render::Footer& footer, Language language);

// Adds --date [YYYY-MM-DD], bound to `value`; the returned option says whether it was given.
// Its help in `language`.
CLI::Option* add_date_option(CLI::App& command, std::string& value, Language language);

// Returns the document in `format`, made by the renderer for that format (text: 80 columns).
template <class View>
std::string render_as(DocumentFormat format, const View& view, Language language,
                      std::string (*html)(const View&, Language),
                      std::string (*markdown)(const View&, Language),
                      std::string (*text)(const View&, Language, std::size_t)) {
  switch (format) {
  case DocumentFormat::html:
    return html(view, language);
  case DocumentFormat::markdown:
    return markdown(view, language);
  case DocumentFormat::text:
    break;
  }
  return text(view, language, render::k_default_width);
}

// Returns the date a document prints: none unless --date (`option`) was given; today
// (SOURCE_DATE_EPOCH when set) for a bare --date; else the date given. Throws UsageError for
// anything but YYYY-MM-DD, in the interface language.
std::optional<Date> document_date(const CLI::Option* option, const std::string& value,
                                  const Context& context);

// --language of guide-like documents is the participants' language and the output language:
// when given, it is checked and becomes the output language unless the global one was given.
void take_language_flag(const std::string& participants_language, Context& context);

// Returns the footer: each part from its flag, else from the configuration file's organisation.
render::Footer footer_of(const render::Footer& flags, const catalogue::Organisation& file);

} // namespace advisor::cli
