#include "risk/flag_report.hpp"

namespace custos::risk {

bool has_finding(const Assessment& a, Domain domain, Lane at_least) {
  for (size_t i = 0; i < a.findings.size() && i < a.finding_lanes.size(); ++i)
    if (a.findings[i].domain == domain && a.finding_lanes[i] >= at_least) return true;
  return false;
}

void FlagReport::add(const Declaration& d, const Assessment& a) {
  bool flagged = a.requested >= Lane::yellow;
  if (d.outcome.illicit_domain) {
    DomainCounts& c = domains[*d.outcome.illicit_domain];
    ++c.illicit;
    ++illicit;
    if (flagged) ++c.flagged;
    if (has_finding(a, *d.outcome.illicit_domain, Lane::yellow)) {
      ++c.caught;
      ++caught;
    } else {
      missed.push_back({d.id, a.requested, d.outcome.illicit_domain});
    }
    return;
  }
  if (d.outcome.empty() || d.outcome.fraud.value_or(false) ||
      d.outcome.inspection == InspectionResult::seizure)
    return;
  ++legitimate;
  if (flagged) {
    ++legitimate_flagged;
    flagged_legitimate.push_back({d.id, a.requested, std::nullopt});
  }
  if (a.requested >= Lane::orange) ++legitimate_examined;
}

}  // namespace custos::risk
