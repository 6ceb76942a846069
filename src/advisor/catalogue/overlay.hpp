#pragma once
// Overlays: an organisation's own tools, services and sources, and its changes to built-in
// entries, applied on top of a catalogue before it is checked (docs/catalogue.md "Overlays").
// Internal to the catalogue layer; load_catalogue() is the public entry point.

#include <advisor/catalogue/drafts.hpp>
#include <advisor/catalogue/load.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace advisor::catalogue {

// One overlay folder as read, before it is applied.
struct OverlayParts {
  std::optional<SourcesFile> sources;
  ToolDrafts tools;
};

// Where each id that an overlay added was first written, so that a second overlay adding the
// same id is reported at both places.
struct OverlayIds {
  std::map<std::string, Location> entries;
  std::map<std::string, Location> sources;
  std::map<std::string, Location> assessors;
};

// Reads the files of one overlay: sources.yaml and CATEGORY/ID.yaml tool files. Reports every
// other file (categories.yaml and rules.yaml belong to a whole catalogue), and a tool file
// without `override` whose id is one of `tools` (not added by an overlay) without reading it.
OverlayParts read_overlay(Reader& reader, Diagnostics& diagnostics, const Overlay& overlay,
                          const ToolDrafts& tools, const OverlayIds& added);

// Adds an overlay's sources and assessors to the catalogue's. An id that exists already is
// accepted when its content is the same, and reported otherwise.
void merge_overlay_sources(Reader& reader, SourcesFile& into, SourcesFile overlay,
                           OverlayIds& added);

// Applies an overlay's tool files to the catalogue's tools: a file or service without
// `override: true` adds a new entry (its id must be new); one with it changes the entry with that
// id key by key. Every entry added or changed is marked local.
void apply_overlay(Reader& reader, ToolDrafts& tools, ToolDrafts overlay, OverlayIds& added);

} // namespace advisor::catalogue
