#pragma once
// What matching one profile against one declaration produced: the items it
// fired on, the lane it asks for (min_lane, or permit_lane when the items
// carry the permit that makes the trade lawful) and the evidence.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <vector>

#include "core/declaration.hpp"
#include "core/finding.hpp"
#include "risk/lane.hpp"
#include "risk/profile.hpp"

namespace custos::risk {

struct ProfileHit {
  uint32_t profile = 0;    // index into the engine's profiles
  std::vector<int> items;  // 0-based indices of the items it fired on
  Lane lane = Lane::green;
  bool lawful = false;    // every fired item carries a permit document
  nlohmann::json fields;  // field -> value that fired it (first item); null without evidence
};

// The declared value of `field` on the declaration or item, as evidence.
nlohmann::json field_value(Field field, const Condition& leaf, const Declaration& d, const Item& item);

// The lane a fired profile asks for given the items it fired on.
void decide_lane(const Profile& p, const Declaration& d, ProfileHit& hit);

// The finding an officer reads.
Finding to_finding(const Profile& p, const ProfileHit& hit, const Declaration& d);

}  // namespace custos::risk
