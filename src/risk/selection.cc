#include "risk/selection.hpp"

#include <algorithm>
#include <cmath>
#include <random>
#include <set>
#include <stdexcept>

namespace custos::risk {
namespace {

// FNV-1a: a stable hash, so the random draw does not depend on the library.
uint64_t fnv1a(std::string_view s, uint64_t h = 1469598103934665603ull) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

Lane lower(Lane l) {
  switch (l) {
    case Lane::red: return Lane::orange;
    case Lane::orange: return Lane::yellow;
    default: return Lane::green;
  }
}

std::vector<std::string> profile_ids(const Assessment& a) {
  std::vector<std::string> ids;
  for (size_t i = 0; i < a.findings.size(); ++i)
    if (a.findings[i].source == "profile" && a.finding_lanes[i] > Lane::green)
      ids.push_back(a.findings[i].id);
  return ids;
}

}  // namespace

std::map<Lane, LaneCapacity> parse_capacity(const std::string& text) {
  std::map<Lane, LaneCapacity> out;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find(',', pos);
    if (end == std::string::npos) end = text.size();
    std::string part = text.substr(pos, end - pos);
    pos = end + 1;
    if (part.empty()) continue;
    size_t eq = part.find('=');
    if (eq == std::string::npos)
      throw std::invalid_argument("capacity '" + part + "' must be LANE=N or LANE=P%");
    auto lane = parse_lane(part.substr(0, eq));
    if (!lane || *lane == Lane::green)
      throw std::invalid_argument("capacity '" + part + "': lane must be blue, yellow, orange or red");
    std::string v = part.substr(eq + 1);
    LaneCapacity c;
    try {
      size_t used = 0;
      if (!v.empty() && v.back() == '%') {
        double p = std::stod(v.substr(0, v.size() - 1), &used);
        if (used != v.size() - 1 || p < 0 || p > 100) throw std::invalid_argument("");
        c.share = p / 100.0;
      } else {
        int n = std::stoi(v, &used);
        if (used != v.size() || n < 0) throw std::invalid_argument("");
        c.count = n;
      }
    } catch (const std::exception&) {
      throw std::invalid_argument("capacity '" + part + "': give a count (30) or a share (2%)");
    }
    out[*lane] = c;
  }
  return out;
}

void Selector::select(std::vector<Assessment>& batch) {
  std::vector<Assessment*> order;
  for (Assessment& a : batch) order.push_back(&a);
  std::stable_sort(order.begin(), order.end(), [](const Assessment* x, const Assessment* y) {
    if (x->date != y->date) return x->date < y->date;
    if (x->office != y->office) return x->office < y->office;
    return x->declaration_id < y->declaration_id;
  });
  size_t i = 0;
  while (i < order.size()) {
    size_t j = i;
    while (j < order.size() && order[j]->date == order[i]->date && order[j]->office == order[i]->office) ++j;
    std::vector<Assessment*> group(order.begin() + static_cast<long>(i),
                                   order.begin() + static_cast<long>(j));
    select_group(group);
    i = j;
  }
}

void Selector::select_group(std::vector<Assessment*>& group) {
  const size_t n = group.size();
  std::map<const Assessment*, bool> forced;
  for (Assessment* a : group) {
    a->lane = a->requested;
    a->selection = nlohmann::json::object();
    bool f = false;
    if (policy_.max_hits_without_selection > 0)
      for (const std::string& id : profile_ids(*a))
        if (unselected_hits_[id] >= policy_.max_hits_without_selection) f = true;
    forced[a] = f;
  }
  for (Lane lane : kLanesBySeverity) {
    if (lane == Lane::green) continue;
    std::vector<Assessment*> in_lane;
    for (Assessment* a : group)
      if (a->lane == lane) in_lane.push_back(a);
    auto cap_it = policy_.capacity.find(lane);
    if (cap_it == policy_.capacity.end()) continue;
    size_t cap = cap_it->second.count
                     ? static_cast<size_t>(*cap_it->second.count)
                     : static_cast<size_t>(std::floor(*cap_it->second.share * static_cast<double>(n) + 1e-9));
    if (in_lane.size() <= cap) continue;
    std::stable_sort(in_lane.begin(), in_lane.end(), [&](const Assessment* x, const Assessment* y) {
      if (forced[x] != forced[y]) return forced[x];
      if (x->score != y->score) return x->score > y->score;
      return x->declaration_id < y->declaration_id;
    });
    for (size_t k = cap; k < in_lane.size(); ++k) {
      Assessment* a = in_lane[k];
      Lane to = lane == Lane::blue ? Lane::green : lower(lane);
      if (!a->selection.contains("capacity")) a->selection["capacity"] = nlohmann::json::array();
      a->selection["capacity"].push_back(
          {{"lane", to_string(lane)}, {"capacity", cap}, {"rank", k + 1}, {"moved_to", to_string(to)}});
      a->lane = to;
    }
    for (size_t k = 0; k < std::min(cap, in_lane.size()); ++k)
      if (forced[in_lane[k]]) in_lane[k]->selection["forced"] = "profile hit repeatedly without selection";
  }
  for (Assessment* a : group) {
    a->selected_by = a->lane == Lane::green ? "none" : deciding_source(*a, a->lane);
    for (const std::string& id : profile_ids(*a)) {
      if (a->lane == Lane::green)
        ++unselected_hits_[id];
      else
        unselected_hits_[id] = 0;
    }
  }
  if (policy_.random_share <= 0 || n == 0) return;
  const std::string& office = group.front()->office;
  double want = policy_.random_share * static_cast<double>(n) + carry_[office];
  size_t k = static_cast<size_t>(std::floor(want + 1e-9));
  carry_[office] = std::max(0.0, want - static_cast<double>(k));
  std::vector<Assessment*> pool;
  for (Assessment* a : group)
    if (a->lane == Lane::green) pool.push_back(a);
  k = std::min(k, pool.size());
  // Partial Fisher-Yates with raw 64-bit draws: std::uniform_int_distribution
  // differs between standard libraries, which would break reproducibility.
  std::mt19937_64 rng(policy_.seed ^ fnv1a(office, fnv1a(group.front()->date.str())));
  for (size_t i = 0; i < k; ++i) {
    size_t j = i + static_cast<size_t>(rng() % (pool.size() - i));
    std::swap(pool[i], pool[j]);
    Assessment* a = pool[i];
    a->lane = policy_.random_lane;
    a->selected_by = "random";
    a->selection["random"] = {
        {"seed", policy_.seed}, {"share", policy_.random_share}, {"drawn", k}, {"of", n}};
  }
}

}  // namespace custos::risk
