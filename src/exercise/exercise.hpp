#pragma once
// Training exercises (docs/exercises.md): a day of simulated trade with
// hidden illicit cases, played by trainees through the API and scored
// against the truth.
//
// An exercise is an administration of its own (code EX-NNNNN), so every
// record of it, and every user of it (trainees and instructors), is walled
// off from the store's real data and from other exercises by the ordinary
// tenancy rules. Its declarations are stored without outcome columns; the
// truth (which declarations hide a case, what each sample is, which permits
// are forged) lives in exercise_truth and exercise_sample_truth, which only
// progress() and report() read: no function a trainee's route calls reads
// them.
//
// Every change is audited in the exercise's administration. Functions that
// act on "the exercise" use the store's current administration
// (Store::set_administration), as the server sets it for its caller.
#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "audit/audit.hpp"
#include "auth/roles.hpp"
#include "store/store.hpp"

namespace custos::exercise {

// The exercise does not allow this now (not started, paused, ended, the
// capacity is used up, the goods were not inspected): HTTP 409.
class StateError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct CreateOptions {
  std::string name;            // a-z, 0-9, '-', 1 to 32 characters
  std::string scenario;        // waste-ods|cultural|strategic|precursors|wildlife|mixed
  int64_t declarations = 400;  // 20 to 100000
  uint64_t seed = 1;
  std::optional<double> illicit_rate;  // share of declarations hiding a case (scenario default)
  std::vector<std::string> domains;    // overrides the scenario's domains
  std::optional<int> capacity;         // inspections per trainee (scenario share of the day by default)
  std::string data_dir;                // exercises/scenarios.toml, profiles, country groups, floors
  std::string country = "NL";
};

struct Exercise {
  std::string administration, name, scenario, day, state;  // state: ready|running|paused|ended
  int capacity = 0;
  bool hide_findings = false;
  nlohmann::json settings = nlohmann::json::object();
  std::string created_at, started_at, ended_at;
};
nlohmann::json to_json(const Exercise& e);

struct CreateSummary {
  Exercise exercise;
  int64_t declarations = 0, cases = 0, permits = 0, forged_permits = 0, samples = 0, listed_parties = 0;
  std::map<std::string, int64_t> cases_by_domain;
};

// Names of the built-in scenario kinds, and the scenario file.
std::vector<std::string> scenario_kinds(const std::string& data_dir);
std::string scenarios_path(const std::string& data_dir);

// Throws auth::InvalidInput("name") unless 1-32 characters a-z, 0-9, '-'.
void check_name(const std::string& name);

// Builds an exercise in a new administration, all in one transaction
// (nothing is left half-written); the store is left on its own
// administration. Throws auth::InvalidInput for a bad option (field named),
// ConflictError when the name is taken.
CreateSummary create(Store& store, const audit::Actor& actor, const CreateOptions& options);

// The exercise named so (any administration), or the one of the store's
// current administration.
std::optional<Exercise> find_by_name(Store& store, const std::string& name);
std::optional<Exercise> current(Store& store);
std::vector<Exercise> list(Store& store);
// The current administration's exercise; auth::NotFound when it is none.
Exercise require_current(Store& store);

// Adds a trainee or instructor to the exercise `name` (switching the store
// to its administration). Hashes the password: call outside a transaction.
void add_member(Store& store, const audit::Actor& actor, const std::string& name, const std::string& username,
                auth::Role role, const std::string& password);

// start (ready|paused -> running), pause (running -> paused), end (any but
// ended -> ended); StateError otherwise.
Exercise change_state(Store& store, const audit::Actor& actor, const std::string& action);
Exercise set_hide_findings(Store& store, const audit::Actor& actor, bool hide);

// --- what trainees do (current administration; `actor.username` is the trainee) ---
// The exercise as the trainee sees it, with their capacity used.
nlohmann::json status(Store& store, const std::string& username);
// The day's declarations (engine's findings unless hidden), `offset`/`limit`.
nlohmann::json declarations(Store& store, const std::string& username, int64_t offset, int64_t limit);
// One declaration, its permits as presented, and the trainee's actions on it.
nlohmann::json declaration(Store& store, const std::string& username, const std::string& id);
nlohmann::json inspect(Store& store, const audit::Actor& actor, const std::string& id);
// Screens a name against the lists copied into the exercise.
nlohmann::json screen_party(Store& store, const audit::Actor& actor, const std::string& name,
                            const std::string& country);
// The measured spectrum of an inspected item (StateError when not inspected,
// auth::NotFound when the item cannot be sampled).
nlohmann::json sample(Store& store, const audit::Actor& actor, const std::string& id, int item);
// Records the trainee's identification of a sampled item (not told whether it is right).
nlohmann::json identify(Store& store, const audit::Actor& actor, const std::string& id, int item,
                        const std::string& substance);
// result: clean|discrepancy|seizure, on an inspected declaration.
nlohmann::json record_outcome(Store& store, const audit::Actor& actor, const std::string& id,
                              const std::string& result, const std::string& note);
// The reference library of the exercise: clean spectra of every substance.
nlohmann::json references(Store& store);

// --- instructor ---
// Per trainee: inspections, outcomes, samples, screenings, last action; no truth.
nlohmann::json progress(Store& store);
// Scores and debrief of the current administration's exercise (reads the truth).
nlohmann::json report(Store& store);
// The report as a self-contained HTML page.
std::string report_html(const nlohmann::json& report);

}  // namespace custos::exercise
