#include <advisor/catalogue/model.hpp>
#include <advisor/core/ascii.hpp>
#include <advisor/core/error.hpp>

namespace advisor::catalogue {

int Rules::weight(const std::string& key) const {
  auto it = weights.find(key);
  if (it == weights.end()) throw Error("rules.yaml: missing weight \"" + key + "\"");
  return it->second;
}

int Rules::threshold(const std::string& key) const {
  auto it = thresholds.find(key);
  if (it == thresholds.end()) throw Error("rules.yaml: missing threshold \"" + key + "\"");
  return it->second;
}

const Tool* Catalogue::find_tool(std::string_view id) const {
  for (const auto& tool : tools) {
    if (tool.entry.id == id) return &tool;
  }
  return nullptr;
}

const Entry* Catalogue::find(std::string_view typed) const {
  // Ids are lower case ([a-z0-9-]), so "Talky" can only mean talky.
  const std::string id = ascii_lowercase(typed);
  for (const auto& tool : tools) {
    if (tool.entry.id == id) return &tool.entry;
    for (const auto& service : tool.services) {
      if (service.id == id) return &service;
    }
  }
  return nullptr;
}

const Source* Catalogue::find_source(std::string_view id) const {
  for (const auto& source : sources) {
    if (source.id == id) return &source;
  }
  return nullptr;
}

const Assessor* Catalogue::find_assessor(std::string_view id) const {
  for (const auto& assessor : assessors) {
    if (assessor.id == id) return &assessor;
  }
  return nullptr;
}

const CategoryInfo* Catalogue::find_category(Category category) const {
  for (const auto& info : categories) {
    if (info.id == category) return &info;
  }
  return nullptr;
}

std::vector<std::string> Catalogue::ids() const {
  std::vector<std::string> result;
  for (const auto& tool : tools) {
    result.push_back(tool.entry.id);
    for (const auto& service : tool.services)
      result.push_back(service.id);
  }
  return result;
}

std::vector<const Entry*> Catalogue::candidates() const {
  std::vector<const Entry*> result;
  for (const auto& tool : tools) {
    if (tool.services.empty()) {
      result.push_back(&tool.entry);
    } else {
      for (const auto& service : tool.services)
        result.push_back(&service);
    }
  }
  return result;
}

} // namespace advisor::catalogue
