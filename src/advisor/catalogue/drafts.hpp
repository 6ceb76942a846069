#pragma once
// What the reader produces per file before the catalogue is put together: the model plus the
// places of every reference, so that cross-file checks can point at the right line.
// Internal to the catalogue layer.

#include <advisor/catalogue/model.hpp>
#include <advisor/catalogue/reader.hpp>

#include <deque>
#include <string>
#include <vector>

namespace advisor::catalogue {

// An id written somewhere, with its place.
struct Reference {
  Str id;
  Location where;
};

// One tool or service as read, before references are checked and services inherit.
struct EntryDraft {
  Entry entry;                           // a service's facts hold only the keys it lists
  std::vector<Reference> listed_sources; // its "sources" list
  bool has_source_list = false;          // "sources" is a list (else uses are not checked)
  std::vector<SourceUse> source_uses;    // every source id its statements use
  std::vector<Str> source_mentions;      // source ids its texts cite ("(S30, S29)")
  std::vector<Reference> assessor_uses;  // every "by" of its assessments
  Location id_where;                     // the id's value
  Location reviewed_where;               // the reviewed date's value
  bool override = false;                 // an overlay's `override: true`: changes an entry
  std::vector<std::string> keys;         // an overlay's keys as written, in file order
};

struct ToolDraft {
  EntryDraft tool;
  std::vector<EntryDraft> services;
  std::string file;
};

// Every tool as read. A deque: it grows without moving what it holds (a vector of thousands of
// drafts would, at each doubling, hold the old and the new array at once; overlays add drafts
// after the catalogue's own, so no size can be reserved beforehand).
using ToolDrafts = std::deque<ToolDraft>;

// sources.yaml as read.
struct SourcesFile {
  std::vector<Source> sources;
  std::vector<Assessor> assessors;
};

// categories.yaml as read.
struct CategoriesFile {
  std::vector<CategoryInfo> categories;
  std::vector<Advice> general_advice;
  std::vector<SourceUse> source_uses;
};

// Where a tool file sits: video/talky.yaml -> {video, "talky"}.
struct ToolFileName {
  Category folder = Category::video;
  std::string stem;
};

} // namespace advisor::catalogue
