#pragma once
// Helpers the module's files share (internal).
#include <nlohmann/json.hpp>
#include <string>

#include "exercise/exercise.hpp"
#include "store/store.hpp"

namespace custos::exercise {

Exercise exercise_from_row(const sql::Row& r);
inline constexpr const char* kExerciseColumns =
    "administration, name, scenario, settings, day, capacity, hide_findings, state, created_at, "
    "coalesce(started_at, ''), coalesce(ended_at, '')";

// The trainee's actions of a kind (all kinds when empty), oldest first.
struct Action {
  std::string username, kind, declaration_id, at;
  int64_t seq = 0;
  nlohmann::json data;
};
std::vector<Action> actions(Store& store, const std::string& username = {}, const std::string& kind = {});

}  // namespace custos::exercise
