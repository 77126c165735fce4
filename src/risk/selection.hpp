#pragma once
// Selectivity: turns the lanes the findings ask for into the lanes the
// border can staff, as in ASYCUDA.
//
// Declarations are handled in groups of one day at one office, in date
// order. In each group:
//  1. Capacity. Each lane may have a capacity (a share of the group's
//     declarations, rounded down, or a count). Lanes are filled from red
//     down; within a lane, declarations are ranked by score (ties by id).
//     Those beyond capacity fall to the next lower lane (red -> orange ->
//     yellow -> green; blue -> green) and the move is recorded.
//  2. Hits without selection. When a profile has fired on
//     `max_hits_without_selection` declarations that all ended green, its
//     next hit goes first in its lane (still within capacity), so no
//     profile is starved for ever.
//  3. Random floor. A share of the group's declarations is drawn at random
//     from those left green and sent to `random_lane`, recorded as random.
//     The count is floor(share * n + carry), the fraction carried to the
//     office's next day, so the long-run rate is exact. The draw is seeded:
//     the same seed and input give the same selection. Random selections
//     are on top of capacity: the floor is mandatory.
// Overrides by an officer (override.hpp) are applied after selection.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "risk/assessment.hpp"

namespace custos::risk {

struct LaneCapacity {
  std::optional<double> share;  // of the day's declarations at the office, 0..1
  std::optional<int> count;     // per day and office
};

struct SelectionPolicy {
  std::map<Lane, LaneCapacity> capacity;  // a lane absent here is unlimited
  double random_share = 0.0;
  Lane random_lane = Lane::red;
  uint64_t seed = 1;
  int max_hits_without_selection = 0;  // 0: off
};

// Parses "red=2%,orange=30,yellow=10%" (share with %, count without).
// Throws std::invalid_argument with a plain message.
std::map<Lane, LaneCapacity> parse_capacity(const std::string& text);

class Selector {
 public:
  explicit Selector(SelectionPolicy policy) : policy_(std::move(policy)) {}
  // Selects within the batch; state (random carry, unselected hit counts)
  // carries over to the next call, so a stream can be fed day by day.
  void select(std::vector<Assessment>& batch);

 private:
  void select_group(std::vector<Assessment*>& group);
  SelectionPolicy policy_;
  std::map<std::string, double> carry_;         // office -> random fraction carried
  std::map<std::string, int> unselected_hits_;  // profile id -> hits that ended green in a row
};

}  // namespace custos::risk
