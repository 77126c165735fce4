#pragma once
// Stored assessments and the lanes they end in.
//
// Every assessment of a lodged declaration is kept (table `assessments`,
// keyed by administration, declaration id and version): lane, score,
// findings and the whole explained assessment as `custos assess` writes it.
// Lodging marks each new version as unassessed (`assessment_queue`); a
// worker claims marked rows (on PostgreSQL SELECT ... FOR UPDATE SKIP
// LOCKED, so several processes share the work), assesses and stores them.
//
// Lanes online: a declaration's lane is chosen when it is assessed, under
// the office's capacity per day (OnlinePolicy). The count of the day's
// assessments in a lane is read and the new one written under the store's
// lock "targeting.capacity/ADMINISTRATION/OFFICE/DAY" in one transaction
// (taken only when a capacity is set), so concurrent workers and processes
// never over-allocate a lane. Then the random floor (a seeded
// draw per declaration) and the latest officer's override apply.
#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "risk/assessment.hpp"
#include "risk/selection.hpp"
#include "store/store.hpp"

namespace custos::targeting {

class Engine;

struct OnlinePolicy {
  // Per lane, per office and day: a count, or a share of the declarations
  // the office has had assessed that day (this one included).
  std::map<risk::Lane, risk::LaneCapacity> capacity;
  double random_share = 0.0;
  risk::Lane random_lane = risk::Lane::red;
  uint64_t seed = 1;
};

// The online policy `custos serve` and `custos worker` share: capacity as
// risk::parse_capacity reads it ("red=20,orange=5%"; empty: unlimited) and
// the random floor's share. Throws std::invalid_argument for a bad one.
OnlinePolicy online_policy(std::string_view capacity, double random_share);

struct StoredAssessment {
  std::string declaration_id;
  int version = 0;
  std::string office, day, lane, selected_by, assessed_at;
  double score = 0;
  nlohmann::json findings = nlohmann::json::array();
  nlohmann::json assessment = nlohmann::json::object();  // as `custos assess` writes it
};

// Chooses the lane of a settled assessment under `policy` and stores it as
// version `version`; joins the caller's transaction (one is opened when none
// is). The assessment's lane, selected_by and selection are updated.
void select_and_store(Store& store, risk::Assessment& a, int version, const OnlinePolicy& policy);

// Stores an assessment whose lane is already chosen (by a batch selection,
// as `custos demo` does) as version `version`, replacing an earlier
// assessment of that version; joins the caller's transaction.
void store_assessment(Store& store, const risk::Assessment& a, int version);

// The latest stored assessment of a declaration.
std::optional<StoredAssessment> latest_assessment(Store& store, std::string_view declaration_id);

struct TargetQuery {
  std::string day;     // YYYY-MM-DD
  std::string office;  // empty: every office
  risk::Lane at_least = risk::Lane::yellow;
  std::string domain;  // empty: any
  int limit = 100;
};

// The latest assessment of each declaration of the day at or above the
// lane, most severe lane first, then highest score, then id.
std::vector<StoredAssessment> targets(Store& store, const TargetQuery& q);

// Marks declaration versions as lodged and unassessed (joins the caller's transaction).
void mark_unassessed(Store& store, const std::vector<std::pair<std::string, int>>& ids);

// Claims up to `limit` unassessed declarations of the current
// administration, assesses them with `engine`, stores the assessments and
// clears their marks, in one transaction; returns them in claim order.
// `claimed_count` receives the rows claimed (a row whose version is no
// longer stored is cleared without an assessment).
std::vector<risk::Assessment> assess_pending(Store& store, Engine& engine, const OnlinePolicy& policy,
                                             int limit = 1000,
                                             const std::vector<std::pair<std::string, int>>* only = nullptr,
                                             int64_t* claimed_count = nullptr);

// Re-lanes the latest stored assessment after an officer's override.
void apply_stored_override(Store& store, std::string_view declaration_id, risk::Lane lane,
                           const nlohmann::json& override_json);

}  // namespace custos::targeting
