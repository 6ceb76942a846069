// engine::validate_rules: the weights and thresholds of rules.yaml.
#include "engine_builder.hpp"
#include "support.hpp"

#include <advisor/engine/rule_keys.hpp>

#include <doctest/doctest.h>
#include <yaml-cpp/yaml.h>

using namespace advisor;
using namespace advisor::test;

namespace {

std::vector<std::string> messages(const Diagnostics& diagnostics) {
  std::vector<std::string> result;
  for (const auto& d : diagnostics.all())
    result.push_back(format_diagnostic(d));
  return result;
}

} // namespace

TEST_CASE("engine::validate_rules accepts the test rules") {
  Diagnostics diagnostics;
  engine::validate_rules(test_rules(), diagnostics);
  CHECK(messages(diagnostics).empty());
}

TEST_CASE("engine::validate_rules reports missing and unknown keys at rules.yaml") {
  auto rules = test_rules();
  rules.weights.erase("verdict.recommended");
  rules.weights["verdict.recomended"] = 30;
  rules.thresholds.erase("stale_months");
  rules.thresholds["assessment_age_months"] = 0;
  Diagnostics diagnostics;
  engine::validate_rules(rules, diagnostics);
  CHECK(messages(diagnostics) ==
        std::vector<std::string>{
            "catalogue/rules.yaml:1:1: error: missing weight \"verdict.recommended\"",
            "catalogue/rules.yaml:1:1: error: unknown weight \"verdict.recomended\" (did you "
            "mean \"verdict.recommended\"?)",
            "catalogue/rules.yaml:1:1: error: missing threshold \"stale_months\"",
            "catalogue/rules.yaml:1:1: error: threshold \"assessment_age_months\" must be at "
            "least 1, not 0"});
}

TEST_CASE("engine::validate_rules accepts the built-in catalogue/rules.yaml") {
  // Read with yaml-cpp directly, so this holds whatever state the loader is in.
  const YAML::Node root = YAML::Load(read_source_file("catalogue/rules.yaml"));
  catalogue::Rules rules;
  rules.where = Location{"catalogue/rules.yaml", 1, 1};
  for (const auto& item : root["weights"]) {
    rules.weights[item.first.as<std::string>()] = item.second.as<int>();
  }
  for (const auto& item : root["thresholds"]) {
    rules.thresholds[item.first.as<std::string>()] = item.second.as<int>();
  }
  Diagnostics diagnostics;
  engine::validate_rules(rules, diagnostics);
  CHECK(messages(diagnostics).empty());
  CHECK(rules.weights.size() == engine::weight_keys().size());
}
