#include "risk/assessor.hpp"

#include "risk/permit_waiver.hpp"

namespace custos::risk {

Assessment Assessor::assess(const Declaration& d, bool learn) { return assess(d, learn, {}); }

Assessment Assessor::assess(const Declaration& d, bool learn, std::span<std::vector<Finding>* const> ready) {
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
  for (size_t s = 0; s < sources_.size(); ++s) {
    if (s < ready.size() && ready[s] != nullptr) {
      for (Finding& f : *ready[s]) a.findings.push_back(std::move(f));
    } else {
      sources_[s](d, a.findings);
    }
  }
  // Profiles about a missing permit, against what the permit check found.
  reconcile_permits(d, a.findings);
  settle(a);
  return a;
}

std::vector<Assessment> Assessor::assess(std::span<const Declaration> batch, bool learn) {
  // The batch sources first, each once for the whole batch; then each
  // declaration in order, its findings in the order assess(d) gives them.
  std::vector<std::vector<std::vector<Finding>>> found(sources_.size());
  for (size_t s = 0; s < sources_.size(); ++s)
    if (batch_sources_[s] && !batch.empty()) {
      found[s].resize(batch.size());
      batch_sources_[s](batch, found[s]);
    }
  std::vector<Assessment> out;
  out.reserve(batch.size());
  std::vector<std::vector<Finding>*> ready(sources_.size(), nullptr);
  for (size_t i = 0; i < batch.size(); ++i) {
    for (size_t s = 0; s < sources_.size(); ++s) ready[s] = found[s].empty() ? nullptr : &found[s][i];
    out.push_back(assess(batch[i], learn, ready));
  }
  return out;
}

}  // namespace custos::risk
