#pragma once
// Reading a tool file (a tool and its services) and the parts of an entry. Internal to the
// catalogue layer.

#include <advisor/catalogue/drafts.hpp>

#include <optional>

namespace advisor::catalogue {

// Reads a tool file's root mapping. The tool's category must match the folder and its id the
// file name. With `in_overlay`, the tool and its services may say `override: true` and then need
// only their id. Returns nullopt when the root is not a mapping.
std::optional<ToolDraft> read_tool_file(Reader& reader, const yaml::Node& root,
                                        const ToolFileName& name, const std::string& file,
                                        bool in_overlay = false);

// Reads an `assessments` list; records each assessor id with its place in `assessor_uses`.
std::vector<Assessment> read_assessments(Reader& reader, const yaml::Node& node,
                                         std::vector<Reference>& assessor_uses);

// Reads a `changes` list.
std::vector<Change> read_changes(Reader& reader, const yaml::Node& node);

// Reads a `conditions` list.
std::vector<Condition> read_conditions(Reader& reader, const yaml::Node& node);

// Reads a `guide` mapping.
Guide read_guide(Reader& reader, const yaml::Node& node);

} // namespace advisor::catalogue
