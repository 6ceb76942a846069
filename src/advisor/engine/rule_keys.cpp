#include <advisor/catalogue/diagnostic_messages.hpp>
#include <advisor/core/suggest.hpp>
#include <advisor/engine/rule_keys.hpp>

#include <algorithm>
#include <fmt/format.h>

namespace advisor::engine {
namespace {

void check_keys(const std::map<std::string, int>& present, const std::vector<std::string>& known,
                const char* what, const Location& where, Diagnostics& diagnostics) {
  for (const auto& key : known) {
    if (present.find(key) == present.end()) {
      diagnostics.add(catalogue::make_diagnostic(
          Severity::error, where, fmt::format("diag.rules.missing.{}", what), {{"key", key}}));
    }
  }
  for (const auto& [key, value] : present) {
    if (std::find(known.begin(), known.end(), key) == known.end()) {
      MessageArgs args = catalogue::did_you_mean_args(key, known);
      args["key"] = key;
      diagnostics.add(catalogue::make_diagnostic(
          Severity::error, where, fmt::format("diag.rules.unknown.{}", what), std::move(args)));
    }
  }
}

} // namespace

const std::vector<std::string>& weight_keys() {
  static const std::vector<std::string> k_keys = {
      // privacy
      "verdict.recommended", "verdict.acceptable", "verdict.neutral", "verdict.not-recommended",
      "verdict.warned-against", "verdict.unknown", "status.active", "status.uncertain",
      "status.unknown", "tracking.none-found", "tracking.found", "tracking.unknown", "e2ee.default",
      "e2ee.optional", "e2ee.one-to-one-only", "e2ee.none", "e2ee.unknown", "open_source.yes",
      "open_source.partly", "open_source.no", "open_source.unknown", "country.eu",
      "country.adequate", "country.other", "country.unknown", "processing_agreement.yes",
      "processing_agreement.paid-plan", "processing_agreement.no", "processing_agreement.unknown",
      "phone_number.no", "phone_number.yes", "phone_number.unknown",
      // fit
      "people.within-limit", "people.weak-limit", "people.seen-working", "people.beyond-seen",
      "people.unknown", "browser.works", "browser.limited", "browser.unknown",
      "condition.browser-degrades-above", "language.spoken", "language.missing", "language.unknown",
      "smartphone.works", "smartphone.limited", "smartphone.unknown", "install.no",
      "install.optional", "install.yes", "install.unknown", "participant_account.no",
      "participant_account.yes", "participant_account.unknown", "price.free", "price.free-tier",
      "price.paid", "price.one-off", "price.unknown"};
  return k_keys;
}

const std::vector<std::string>& threshold_keys() {
  static const std::vector<std::string> k_keys = {"assessment_age_months", "stale_months"};
  return k_keys;
}

const std::vector<std::string>& exclusion_rules() {
  static const std::vector<std::string> k_rules = {
      "exclude.status.discontinued",
      "exclude.status.offline",
      "exclude.instead-of",
      "exclude.max_participants.below",
      "exclude.max_group.below",
      "exclude.browsers.fails",
      "exclude.price.unknown",
      "exclude.price.paid",
      "exclude.price.one-off",
      "exclude.price.amount-unknown",
      "exclude.price.over-budget",
      "exclude.price.private-use-only",
      "exclude.price.agreement-needs-paid-plan",
      "exclude.screen_sharing.no",
      "exclude.screen_sharing.unknown",
      "exclude.screen_sharing.operator-unknown",
      "exclude.dial_in.no",
      "exclude.dial_in.unknown",
      "exclude.dial_in.operator-unknown",
      "exclude.install.yes",
      "exclude.install.unknown",
      "exclude.participant_account.yes",
      "exclude.participant_account.unknown",
      "exclude.phone_number.yes",
      "exclude.phone_number.unknown",
      "exclude.processing_agreement.no",
      "exclude.processing_agreement.unknown",
      "exclude.processing_agreement.operator-unknown",
      "exclude.smartphone.fails",
      "exclude.sensitive.unsuitable",
      "exclude.sensitive.unprotected",
      "exclude.condition.free-tier-minutes",
  };
  return k_rules;
}

const std::vector<std::string>& warning_rules() {
  static const std::vector<std::string> k_rules = {
      "warn.status.uncertain",
      "warn.status.unknown",
      "warn.judgment.age",
      "warn.judgment.organisations",
      "warn.organisation.no-agreement",
      "warn.people.beyond-seen",
      "warn.people.weak-limit",
      "warn.browser.limited",
      "warn.browser-degrades-above",
      "warn.smartphone.limited",
      "warn.free-tier-minutes",
      "warn.free-tier-paid-plan",
      "warn.free-tier-minutes-exceeded",
      "warn.room-expires-days",
      "warn.reviewed.age",
      "warn.price.private-use-only",
      "warn.price.agreement-needs-paid-plan",
      "warn.by-operator.screen_sharing",
      "warn.by-operator.dial_in",
      "warn.by-operator.chat",
      "warn.by-operator.processing_agreement",
      "warn.weak.screen_sharing",
      "warn.weak.dial_in",
      "warn.weak.participant_account",
      "warn.weak.phone_number",
      "warn.weak.processing_agreement",
      "warn.sensitive.switch-on-e2ee",
      "warn.sensitive.unsuitable",
      "warn.sensitive.no-contract",
  };
  return k_rules;
}

void validate_rules(const catalogue::Rules& rules, Diagnostics& diagnostics) {
  check_keys(rules.weights, weight_keys(), "weight", rules.where, diagnostics);
  check_keys(rules.thresholds, threshold_keys(), "threshold", rules.where, diagnostics);
  for (const auto& [key, value] : rules.thresholds) {
    if (value < 1 && std::find(threshold_keys().begin(), threshold_keys().end(), key) !=
                         threshold_keys().end()) {
      diagnostics.add(catalogue::make_diagnostic(Severity::error, rules.where,
                                                 "diag.rules.threshold-too-low",
                                                 {{"key", key}, {"value", std::to_string(value)}}));
    }
  }
}

} // namespace advisor::engine
