// Privacy comes first (the verdict: judgment.cpp), then whether the service still runs, tracking,
// encryption, open source, where the operator is, processing agreements, phone numbers.
#include <advisor/engine/judge.hpp>

#include <algorithm>
#include <array>
#include <string_view>

namespace advisor::engine {
namespace {

using namespace advisor::catalogue;

// Member states of the EU and the other EEA states, where the GDPR applies directly.
constexpr std::array<std::string_view, 30> k_eea = {
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE",
    "IS", "IT", "LI", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK"};

// Countries with an adequacy decision of the European Commission under Art. 45 GDPR (its page
// "Adequacy decisions", read 2026; docs/ranking.md): data may flow there as within the EU.
// Canada's covers commercial organisations; the United States' only companies certified under
// the EU-US Data Privacy Framework, which no catalogue fact says, so it is not listed.
constexpr std::array<std::string_view, 14> k_adequate = {"AD", "AR", "CA", "CH", "FO", "GB", "GG",
                                                         "IL", "IM", "JE", "JP", "KR", "NZ", "UY"};

template <std::size_t N>
bool listed(const std::array<std::string_view, N>& codes, const std::string& code) {
  return std::find(codes.begin(), codes.end(), code) != codes.end();
}

void judge_status(Judge& judge) {
  const auto& status = judge.entry().status;
  if (!status.known()) {
    judge.score("status.unknown", {judge.use("status", status)});
    judge.warn("status.unknown", {judge.use("status", status)});
    return;
  }
  const auto value = status.current().value;
  if (value == Status::discontinued || value == Status::offline) return; // excluded
  grade(judge, "status", status);
  if (value == Status::uncertain) judge.warn("status.uncertain", {judge.use("status", status)});
}

void judge_country(Judge& judge) {
  const auto& country = judge.facts().country;
  if (!country.known()) {
    judge.score("country.unknown", {judge.use("country", country)});
    return;
  }
  const auto& code = country.current().value;
  const char* key = listed(k_eea, code)        ? "country.eu"
                    : listed(k_adequate, code) ? "country.adequate"
                                               : "country.other";
  judge.score(key, {judge.use("country", country)}, {{"country", code}});
}

// An agreement that comes only with a paid plan earns no points beside a free price: the same
// plan cannot be both (with --processing-agreement the price is judged as the paid plan's).
void judge_agreement(Judge& judge) {
  const auto& agreement = judge.facts().processing_agreement;
  if (agreement.known() && agreement.current().value == YesNo::yes &&
      !agreement_with_free_plan(judge) && free_price(judge) &&
      !judge.profile().processing_agreement) {
    judge.score("processing_agreement.paid-plan", {judge.use("processing_agreement", agreement)});
    return;
  }
  grade(judge, "processing_agreement", agreement);
  // An organisation that lets a provider process its participants' data needs an agreement
  // with it (Art. 28 GDPR); say so when none is known, even if it did not ask for one.
  const bool offered = agreement.known() && agreement.current().value == YesNo::yes;
  if (judge.profile().organisation && !judge.profile().processing_agreement && !offered) {
    judge.warn("organisation.no-agreement", {judge.use("processing_agreement", agreement)}, {},
               "organisation");
  }
}

} // namespace

void judge_privacy(Judge& judge) {
  const auto& facts = judge.facts();
  judge_status(judge);
  grade(judge, "tracking", facts.tracking);
  grade(judge, "e2ee", facts.e2ee); // of groups: one-to-one-only earns nothing
  grade(judge, "open_source", facts.open_source);
  judge_country(judge);
  judge_agreement(judge);
  grade(judge, "phone_number", facts.phone_number);
}

} // namespace advisor::engine
