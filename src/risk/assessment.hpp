#pragma once
// An assessment is the findings about one declaration, a score and a lane.
//
// How findings combine (docs/risk.md): each finding asks for a lane (a
// profile's min_lane or permit_lane; an indicator's own lane; for other
// sources evidence["lane"], else a lane from its weight alone). The
// declaration's requested lane is the highest lane asked for. The score,
// 0-100, is 100 * (1 - prod(1 - w/100)) over the findings' weights: any one
// strong finding is enough to score high, several weak ones add up, and the
// order of findings does not matter. The score only ranks declarations that
// compete for a lane's capacity (selection.hpp); it never raises a lane.
#include <functional>
#include <nlohmann/json.hpp>
#include <span>
#include <string>
#include <vector>

#include "core/declaration.hpp"
#include "core/finding.hpp"
#include "risk/lane.hpp"

namespace custos::risk {

// A source of findings outside this module (party screening, a learned
// model): it appends what it has to say about the declaration.
using FindingSource = std::function<void(const Declaration&, std::vector<Finding>&)>;
// The same source for many declarations at once: appends to out[i] (out
// has batch.size() entries) what the FindingSource would append for
// batch[i]. The assessor calls it once per batch, before the batch's
// declarations are assessed one by one, so it may only be given for a
// source whose findings do not change as the pipeline learns the batch
// (the learned model: its history is the store's, read when it is loaded).
using BatchFindingSource =
    std::function<void(std::span<const Declaration> batch, std::vector<std::vector<Finding>>& out)>;

struct Assessment {
  std::string declaration_id;
  Date date;
  std::string office;
  std::vector<Finding> findings;
  std::vector<Lane> finding_lanes;  // parallel to findings
  double score = 0;
  Lane requested = Lane::green;      // what the findings ask for
  Lane lane = Lane::green;           // after capacity, random floor and overrides
  std::string selected_by = "none";  // profile|indicator|model|screening|random|override|none
  nlohmann::json selection = nlohmann::json::object();  // why this lane (capacity, random draw, override)
};

// The lane a finding asks for: evidence["lane"] when it names one, else
// weight >= 80 red, >= 60 orange, >= 40 yellow, otherwise green.
Lane lane_of(const Finding& f);
double combine_score(const std::vector<Finding>& findings);
// Fills score, requested and lane (= requested) and selected_by from the findings.
void settle(Assessment& a);
// The source of the strongest finding asking for at least `lane`.
std::string deciding_source(const Assessment& a, Lane lane);

// The finding with the greatest weight (the one an officer reads first), or
// null when there is none.
const Finding* strongest_finding(const Assessment& a);
// The day's targets in the order an officer works through them: most severe
// lane first, then highest score; only lanes at or above `at_least`, and
// random picks only when `with_random`.
std::vector<const Assessment*> ranked_targets(const std::vector<Assessment>& results, Lane at_least,
                                              bool with_random);

// The NDJSON line of `custos assess`.
nlohmann::json to_json(const Assessment& a);

}  // namespace custos::risk
