#include <advisor/cli/choice.hpp>
#include <advisor/cli/document_format.hpp>
#include <advisor/cli/document_options.hpp>
#include <advisor/cli/profile_options.hpp>
#include <advisor/core/error.hpp>
#include <advisor/core/suggest.hpp>
#include <advisor/render/messages.hpp>

#include <CLI/CLI.hpp>

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
                                     const std::vector<std::string>& allowed_formats,
                                     Language language) {
  static const std::array<std::pair<std::string_view, DocumentFormat>, 3> k_formats = {{
      {"text", DocumentFormat::text},
      {"markdown", DocumentFormat::markdown},
      {"html", DocumentFormat::html},
  }};
  if (value.empty())
    return format_of_file(output_path, allowed_formats, language).value_or(fallback);
  for (const auto& [name, format] : k_formats) {
    if (name == value) return format;
  }
  require_choice("--format", value, allowed_formats);
  return fallback; // not reached: require_choice threw
}

std::optional<Date> document_date(const CLI::Option* option, const std::string& value,
                                  const Context& context) {
  if (option == nullptr || option->count() == 0) return std::nullopt;
  if (value.empty()) return context.today();
  if (auto date = parse_date(value); date && date->day > 0) return date;
  throw UsageError(
      render::message("cmd.any.date.invalid", context.interface_language, {{"value", value}}));
}

render::Footer footer_of(const render::Footer& flags, const catalogue::Organisation& file) {
  render::Footer footer = flags;
  if (footer.name.empty()) footer.name = file.name;
  if (footer.contact.empty()) footer.contact = file.contact;
  if (footer.address.empty()) footer.address = file.address;
  return footer;
}

void add_footer_options(CLI::App& command, render::Footer& footer, Language language) {
  command.add_option("--org-name", footer.name, render::message("cmd.any.org-name", language))
      ->type_name("NAME");
  // A function rather than a bound vector: GCC 12 warns falsely (-Wnull-dereference) inside
  // CLI11's split() for the bound form, depending on what else the file holds.
  command
      .add_option_function<std::vector<std::string>>(
          "--org-contact",
          [&footer](const std::vector<std::string>& lines) { footer.contact = lines; },
          render::message("cmd.any.org-contact", language))
      ->type_name("LINE")
      ->take_all();
  command
      .add_option("--org-address", footer.address, render::message("cmd.any.org-address", language))
      ->type_name("ADDRESS");
}

CLI::Option* add_date_option(CLI::App& command, std::string& value, Language language) {
  return command.add_option("--date", value, render::message("cmd.any.date", language))
      ->expected(0, 1)
      ->type_name("[YYYY-MM-DD]");
}

void take_language_flag(const std::string& participants_language, Context& context) {
  if (participants_language.empty()) return;
  parse_participants_language(participants_language);
  if (context.language_flag.empty()) context.language_flag = participants_language;
}

} // namespace advisor::cli
