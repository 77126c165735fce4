#include "risk/assessor.hpp"

#include "risk/permit_waiver.hpp"

namespace custos::risk {

Assessment Assessor::assess(const Declaration& d, bool learn) {
  Assessment a;
  a.declaration_id = d.id;
  a.date = d.date;
  a.office = d.office;
  if (profiles_ != nullptr) {
    profiles_->match(d, hits_);
    for (const ProfileHit& h : hits_)
      a.findings.push_back(to_finding(profiles_->profiles()[h.profile], h, d));
  }
  if (indicators_ != nullptr) {
    indicators_->assess(d, a.findings);
    if (learn) indicators_->learn(d);
  }
  for (const FindingSource& s : sources_) s(d, a.findings);
  // Profiles about a missing permit, against what the permit check found.
  reconcile_permits(d, a.findings);
  settle(a);
  return a;
}

}  // namespace custos::risk
