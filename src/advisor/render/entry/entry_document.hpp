#pragma once
// What `show` tells about one entry, gathered once from the catalogue for the three formats
// (entry_text.cpp, entry_markdown.cpp, entry_json.cpp). Internal to render.

#include <advisor/catalogue/model.hpp>
#include <advisor/render/fact_text.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace advisor::render {

// One fact of the entry, and whether a service takes it unchanged from its tool.
struct EntryFact {
  FactView view;
  bool inherited = false;
};

// A cited source: its id, and its details when sources.yaml has it (else nullptr).
struct CitedSource {
  std::string id;
  const catalogue::Source* source = nullptr;
};

struct EntryDocument {
  const catalogue::Entry* entry = nullptr;
  const catalogue::Entry* tool = nullptr; // for a service: its tool; nullptr for a tool
  const std::vector<catalogue::Entry>* services = nullptr; // a tool's services (may be empty)
  FactView verdict;
  FactView status;
  std::vector<EntryFact> facts;     // in the order of docs/catalogue.md
  std::vector<CitedSource> sources; // the entry's sources, then any other source it cites
};

// Gathers the document for `entry` (a tool or a service of `catalogue`).
EntryDocument gather_entry(const catalogue::Catalogue& catalogue, const catalogue::Entry& entry);

// Returns the assessor's name in `language`, or its id when sources.yaml does not list it.
std::string assessor_name(const catalogue::Catalogue& catalogue, const std::string& id,
                          Language language);

// Return the current verdict / status of an entry in words ("recommended", "active"), or
// "unknown".
std::string verdict_words(const catalogue::Entry& entry, Language language);
std::string status_words(const catalogue::Entry& entry, Language language);

// Returns a label of the show output ("address" -> "Adresse" / "Address").
Text entry_label(std::string_view key);
// An assessment's result in words: "red (applies to organisations)".
std::string assessment_result(const catalogue::Assessment& assessment, Language language);

} // namespace advisor::render
