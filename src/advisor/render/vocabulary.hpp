#pragma once
// The words for catalogue values in both languages ("works with limits" / "eingeschränkt"),
// shared by every output format. Values are never shown in their catalogue spelling to users.

#include <advisor/catalogue/model.hpp>

namespace advisor::render {

// Each returns the user-facing word for a value, in both languages.
Text label(catalogue::Category value);
Text label(catalogue::Support value);
Text label(catalogue::Browser value);
Text label(catalogue::YesNo value);
Text label(catalogue::Install value);
Text label(catalogue::Encryption value);
Text label(catalogue::Channel value);
Text label(catalogue::Audience value);
Text label(catalogue::OpenSource value);
Text label(catalogue::Tracking value);
Text label(catalogue::Price value);
Text label(catalogue::Status value);
Text label(catalogue::Verdict value);
Text label(catalogue::Rating value);
// An assessment's result on the assessor's own scale: its traffic light, else its verdict.
Text result_label(const catalogue::Assessment& assessment);
// Its spelling in JSON: "green" or "not-recommended".
std::string result_name(const catalogue::Assessment& assessment);
Text label(catalogue::Confidence value);

// Returns " [local]" (" [lokal]") for an entry from an overlay, else an empty string: the mark
// every text and Markdown output puts after such an entry's name.
std::string local_mark(const catalogue::Entry& entry, Language language);

// Short forms for table columns (`list`): "video", "uncertain", "neutral".
Text short_label(catalogue::Category value);
Text short_label(catalogue::Status value);
Text short_label(catalogue::Verdict value);

// The name of a fact key ("max_participants" -> "Maximum participants" / "Höchstzahl
// Teilnehmende"); the key itself when unknown.
Text fact_name(std::string_view key);

// "unknown" / "unbekannt".
Text unknown_label();

} // namespace advisor::render
