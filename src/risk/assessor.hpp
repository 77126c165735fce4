#pragma once
// Applies every finding source to a declaration and settles the findings
// into an Assessment (assessment.hpp says how they combine). Sources are
// the compiled profiles, the anomaly indicators and any FindingSource
// plugged in from outside (party screening, a learned model), so this
// module depends on none of them. Not thread-safe.
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
  void add_source(FindingSource source) { sources_.push_back(std::move(source)); }

  // When `learn` is set, the indicators learn the declaration after
  // assessing it, so the next declaration is compared with it too.
  Assessment assess(const Declaration& d, bool learn = true);

 private:
  ProfileEngine* profiles_;
  IndicatorModel* indicators_;
  std::vector<FindingSource> sources_;
  std::vector<ProfileHit> hits_;
};

}  // namespace custos::risk
