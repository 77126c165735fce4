#pragma once
// An officer may change a declaration's lane, but only with a written
// justification; who, when and why are kept as an append-only store event
// (kind "override"), in the spirit of US ATS's decline-with-reason.
#include <optional>
#include <string>

#include "risk/assessment.hpp"
#include "store/store.hpp"

namespace custos::risk {

struct LaneOverride {
  std::string declaration_id;
  Lane lane = Lane::red;
  std::string officer;
  std::string reason;
  std::string at;  // UTC ISO 8601, set by the store when empty
};

// Throws std::invalid_argument when the reason or officer is blank or the
// declaration id is empty: an override without a justification is refused.
Event to_event(const LaneOverride& o);
std::optional<LaneOverride> override_from_event(const Event& e);

// The last override recorded in `store` for each declaration id.
std::vector<LaneOverride> latest_overrides(Store& store);

void apply_override(Assessment& a, const LaneOverride& o);

}  // namespace custos::risk
