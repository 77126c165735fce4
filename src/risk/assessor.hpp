#pragma once
// Applies every finding source to a declaration and settles the findings
// into an Assessment (assessment.hpp says how they combine). Sources are
// the compiled profiles, the anomaly indicators and any FindingSource
// plugged in from outside (party screening, a learned model), so this
// module depends on none of them. Not thread-safe.
#include <span>
#include <vector>

#include "risk/assessment.hpp"
#include "risk/indicators.hpp"
#include "risk/profile_engine.hpp"

namespace custos::risk {

class Assessor {
 public:
  // Either may be null. Both must outlive the Assessor.
  Assessor(ProfileEngine* profiles, IndicatorModel* indicators)
      : profiles_(profiles), indicators_(indicators) {}
  // `batch`, when given, is the same source for many declarations at once
  // (assessment.hpp), used by assess(span).
  void add_source(FindingSource source, BatchFindingSource batch = {}) {
    sources_.push_back(std::move(source));
    batch_sources_.push_back(std::move(batch));
  }

  // When `learn` is set, the indicators learn the declaration after
  // assessing it, so the next declaration is compared with it too.
  Assessment assess(const Declaration& d, bool learn = true);
  // Many declarations in order: the very assessments assess(d, learn) gives
  // one after the other, with the sources that have a batch form called
  // once for the whole batch.
  std::vector<Assessment> assess(std::span<const Declaration> batch, bool learn = true);

 private:
  // `ready[s]`, when not null, holds source s's findings for d.
  Assessment assess(const Declaration& d, bool learn, std::span<std::vector<Finding>* const> ready);

  ProfileEngine* profiles_;
  IndicatorModel* indicators_;
  std::vector<FindingSource> sources_;
  std::vector<BatchFindingSource> batch_sources_;  // parallel to sources_; empty: none
  std::vector<ProfileHit> hits_;
};

}  // namespace custos::risk
