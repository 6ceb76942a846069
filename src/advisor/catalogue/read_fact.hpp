#pragma once
// Reading facts: `unknown`, one statement {value, source, date, confidence, note} or a history
// (a list of statements, oldest first). Internal to the catalogue layer.

#include <advisor/catalogue/model.hpp>
#include <advisor/catalogue/reader.hpp>

#include <string>
#include <vector>

namespace advisor::catalogue {

// The keys of a `facts` mapping, in the order of docs/catalogue.md.
const std::vector<std::string>& fact_keys();
// The fact keys a tool may leave out (unknown when absent).
const std::vector<std::string>& optional_fact_keys();

// Reads a `facts` mapping into `facts`. With `complete` (a tool) every key is required and
// `browsers` needs all five browsers; otherwise (a service) only the keys present are set, and a
// fact's `where` stays empty (line 0) when its key is absent.
void read_facts(Reader& reader, const yaml::Node& node, Facts& facts, bool complete);

// Reads the verdict fact of an entry.
Fact<Verdict> read_verdict(Reader& reader, const yaml::Node& node);

// Reads the status fact of an entry (its statements may name `replaced_by`).
Fact<Status> read_status(Reader& reader, const yaml::Node& node);

// Reads `source` and `confidence` (required) and `note` (optional) of a statement-like mapping,
// and `date` too when `with_date`. Returns false when a required part is missing or bad.
bool read_provenance(Reader& reader, const Fields& fields, Provenance& provenance, bool with_date);

} // namespace advisor::catalogue
