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

// Reports, as errors located at rules.where, every missing and every unknown weight or
// threshold key (with "did you mean") and every threshold below 1. Never throws.
void validate_rules(const catalogue::Rules& rules, Diagnostics& diagnostics);

} // namespace advisor::engine
