#pragma once
// The weight and threshold keys the engine reads from rules.yaml, and their check.

#include <advisor/catalogue/model.hpp>
#include <advisor/core/diagnostic.hpp>

#include <string>
#include <vector>

namespace advisor::engine {

// Returns every weight key the rules read, in the order docs/ranking.md lists them.
const std::vector<std::string>& weight_keys();

// Returns every threshold key the rules read.
const std::vector<std::string>& threshold_keys();

// Returns every exclusion rule id ("exclude.…") and every warning rule id ("warn.…") the rules
// can produce, for documentation and for the test that each has a sentence.
const std::vector<std::string>& exclusion_rules();
const std::vector<std::string>& warning_rules();

// Reports, as errors located at rules.where, every missing and every unknown weight or
// threshold key (with "did you mean") and every threshold below 1. Never throws.
void validate_rules(const catalogue::Rules& rules, Diagnostics& diagnostics);

} // namespace advisor::engine
