#include "risk/assessment.hpp"

#include <algorithm>
#include <cmath>

namespace custos::risk {

Lane lane_of(const Finding& f) {
  if (f.evidence.is_object()) {
    auto it = f.evidence.find("lane");
    if (it != f.evidence.end() && it->is_string())
      if (auto l = parse_lane(it->get<std::string>())) return *l;
  }
  if (f.weight >= 80) return Lane::red;
  if (f.weight >= 60) return Lane::orange;
  if (f.weight >= 40) return Lane::yellow;
  return Lane::green;
}

double combine_score(const std::vector<Finding>& findings) {
  double keep = 1.0;
  for (const Finding& f : findings) {
    double w = std::clamp(f.weight, 0.0, 100.0) / 100.0;
    keep *= 1.0 - w;
  }
  return 100.0 * (1.0 - keep);
}

std::string deciding_source(const Assessment& a, Lane lane) {
  const Finding* best = nullptr;
  for (size_t i = 0; i < a.findings.size(); ++i)
    if (a.finding_lanes[i] >= lane && (best == nullptr || a.findings[i].weight > best->weight))
      best = &a.findings[i];
  return best ? best->source : "none";
}

void settle(Assessment& a) {
  a.finding_lanes.clear();
  a.requested = Lane::green;
  for (const Finding& f : a.findings) {
    a.finding_lanes.push_back(lane_of(f));
    a.requested = std::max(a.requested, a.finding_lanes.back());
  }
  a.score = combine_score(a.findings);
  a.lane = a.requested;
  a.selected_by = a.lane == Lane::green ? "none" : deciding_source(a, a.lane);
}

nlohmann::json to_json(const Assessment& a) {
  nlohmann::json findings = nlohmann::json::array();
  for (size_t i = 0; i < a.findings.size(); ++i) {
    nlohmann::json f = a.findings[i];
    if (!f["evidence"].contains("lane")) f["evidence"]["lane"] = to_string(a.finding_lanes[i]);
    findings.push_back(std::move(f));
  }
  double rounded = std::round(a.score * 100.0) / 100.0;
  nlohmann::json j = {{"declaration_id", a.declaration_id},
                      {"date", a.date.str()},
                      {"office", a.office},
                      {"score", rounded},
                      {"lane", to_string(a.lane)},
                      {"requested_lane", to_string(a.requested)},
                      {"action", lane_action(a.lane)},
                      {"selected_by", a.selected_by},
                      {"findings", findings}};
  if (!a.selection.empty()) j["selection"] = a.selection;
  return j;
}

const Finding* strongest_finding(const Assessment& a) {
  const Finding* best = nullptr;
  for (const Finding& f : a.findings)
    if (best == nullptr || f.weight > best->weight) best = &f;
  return best;
}

std::vector<const Assessment*> ranked_targets(const std::vector<Assessment>& results, Lane at_least,
                                              bool with_random) {
  std::vector<const Assessment*> out;
  for (const Assessment& a : results)
    if (a.lane >= at_least && (with_random || a.selected_by != "random")) out.push_back(&a);
  std::stable_sort(out.begin(), out.end(), [](const Assessment* a, const Assessment* b) {
    if (a->lane != b->lane) return a->lane > b->lane;
    return a->score > b->score;
  });
  return out;
}

}  // namespace custos::risk
