#include "targeting/assessments.hpp"

#include <algorithm>
#include <cmath>
#include <set>
#include <stdexcept>
#include <tuple>

#include "core/clock.hpp"
#include "risk/override.hpp"
#include "targeting/engine.hpp"

namespace custos::targeting {
namespace {

using risk::Lane;

Lane lower(Lane l) {
  switch (l) {
    case Lane::red: return Lane::orange;
    case Lane::orange: return Lane::yellow;
    default: return Lane::green;
  }
}

uint64_t fnv1a(std::string_view s, uint64_t h = 1469598103934665603ull) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

int64_t count(Store& store, std::string_view sql, const sql::Params& p) {
  auto r = store.sql().query_one(sql, p);
  return r ? r->integer(0) : 0;
}

std::string domains_of(const risk::Assessment& a) {
  std::set<std::string> ds;
  for (const Finding& f : a.findings) ds.insert(std::string(to_string(f.domain)));
  std::string out = " ";
  for (const auto& d : ds) out += d + " ";
  return out;
}

StoredAssessment from_row(const sql::Row& r) {
  StoredAssessment s;
  s.declaration_id = r.text(0);
  s.version = static_cast<int>(r.integer(1));
  s.office = r.text(2);
  s.day = r.text(3);
  s.lane = r.text(4);
  s.score = r.real(5);
  s.selected_by = r.text(6);
  s.findings = nlohmann::json::parse(r.text(7), nullptr, false);
  s.assessment = nlohmann::json::parse(r.text(8), nullptr, false);
  s.assessed_at = r.text(9);
  return s;
}

constexpr const char* kColumns =
    "declaration_id, version, office, day, lane, score, selected_by, findings, assessment, assessed_at";

}  // namespace

OnlinePolicy online_policy(std::string_view capacity, double random_share) {
  if (!(random_share >= 0.0 && random_share <= 1.0))
    throw std::invalid_argument("random share must be between 0 and 1");
  OnlinePolicy p;
  if (!capacity.empty()) p.capacity = risk::parse_capacity(std::string(capacity));
  p.random_share = random_share;
  return p;
}

void select_and_store(Store& store, risk::Assessment& a, int version, const OnlinePolicy& policy) {
  sql::Session& sql = store.sql();
  const std::string admin = store.administration();
  const std::string day = a.date.str();
  sql::Transaction tx(sql);
  // Capacity is counted per office and day: the count and the new row are
  // serialised under that office's and day's lock (held to the commit), so
  // concurrent workers never over-allocate a lane, and workers on other
  // offices or days, or without a capacity, do not wait for each other.
  if (!policy.capacity.empty()) sql.lock("targeting.capacity/" + admin + "/" + a.office + "/" + day);
  // The day's total is counted only when a share of it limits a lane (it
  // reads every assessment of the office and day).
  std::optional<int64_t> day_total;
  auto total = [&] {
    if (!day_total)
      day_total =
          count(store,
                "SELECT COUNT(DISTINCT declaration_id) FROM assessments WHERE administration = $1 AND "
                "day = $2 AND office = $3 AND declaration_id <> $4",
                {sql::text(admin), sql::text(day), sql::text(a.office), sql::text(a.declaration_id)}) +
          1;
    return *day_total;
  };
  bool moved = false;
  while (a.lane != Lane::green) {
    auto cap = policy.capacity.find(a.lane);
    if (cap == policy.capacity.end()) break;
    const int64_t limit =
        cap->second.count
            ? *cap->second.count
            : static_cast<int64_t>(std::floor(*cap->second.share * static_cast<double>(total()) + 1e-9));
    // The lane each other declaration of the day holds now (its latest version).
    const int64_t used = count(
        store,
        "SELECT COUNT(*) FROM assessments a WHERE a.administration = $1 AND a.day = $2 AND a.office = $3 "
        "AND a.lane = $4 AND a.declaration_id <> $5 AND a.version = (SELECT MAX(b.version) FROM assessments "
        "b "
        "WHERE b.administration = a.administration AND b.declaration_id = a.declaration_id)",
        {sql::text(admin), sql::text(day), sql::text(a.office), sql::text(to_string(a.lane)),
         sql::text(a.declaration_id)});
    if (used < limit) break;
    const Lane to = a.lane == Lane::blue ? Lane::green : lower(a.lane);
    if (!a.selection.contains("capacity")) a.selection["capacity"] = nlohmann::json::array();
    a.selection["capacity"].push_back({{"lane", to_string(a.lane)},
                                       {"capacity", limit},
                                       {"used", used},
                                       {"office", a.office},
                                       {"day", day},
                                       {"moved_to", to_string(to)}});
    a.lane = to;
    moved = true;
  }
  if (moved) a.selected_by = a.lane == Lane::green ? "none" : risk::deciding_source(a, a.lane);
  if (a.lane == Lane::green && policy.random_share > 0) {
    const uint64_t h = fnv1a(a.declaration_id, fnv1a(admin, policy.seed * 0x9E3779B97F4A7C15ull + 1));
    const double u = static_cast<double>(h >> 11) / 9007199254740992.0;  // [0, 1)
    if (u < policy.random_share) {
      a.lane = policy.random_lane;
      a.selected_by = "random";
      a.selection["random"] = {{"seed", policy.seed}, {"share", policy.random_share}, {"draw", u}};
    }
  }
  std::optional<risk::LaneOverride> last;
  for (const Event& e : store.events("override", a.declaration_id))
    if (auto o = risk::override_from_event(e)) last = *o;
  if (last) risk::apply_override(a, *last);
  store_assessment(store, a, version);
  tx.commit();
}

void store_assessment(Store& store, const risk::Assessment& a, int version) {
  sql::Session& sql = store.sql();
  const std::string admin = store.administration();
  const std::string day = a.date.str();
  nlohmann::json findings = nlohmann::json::array();
  for (const Finding& f : a.findings) findings.push_back(f);
  sql.execute(
      "INSERT INTO assessments(administration, declaration_id, version, office, day, lane, lane_rank, "
      "requested, score, selected_by, domains, findings, assessment, assessed_at) VALUES ($1, $2, $3, $4, "
      "$5, "
      "$6, $7, $8, $9, $10, $11, $12, $13, $14) ON CONFLICT (administration, declaration_id, version) DO "
      "UPDATE "
      "SET office = excluded.office, day = excluded.day, lane = excluded.lane, lane_rank = "
      "excluded.lane_rank, "
      "requested = excluded.requested, score = excluded.score, selected_by = excluded.selected_by, domains = "
      "excluded.domains, findings = excluded.findings, assessment = excluded.assessment, assessed_at = "
      "excluded.assessed_at",
      {sql::text(admin), sql::text(a.declaration_id), sql::integer(version), sql::text(a.office),
       sql::text(day), sql::text(to_string(a.lane)), sql::integer(static_cast<int64_t>(a.lane)),
       sql::text(to_string(a.requested)), a.score, sql::text(a.selected_by), sql::text(domains_of(a)),
       sql::text(findings.dump()),
       sql::text(risk::to_json(a).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)),
       sql::text(utc_now())});
}

std::optional<StoredAssessment> latest_assessment(Store& store, std::string_view id) {
  auto r = store.sql().query_one(std::string("SELECT ") + kColumns +
                                     " FROM assessments WHERE administration = $1 AND declaration_id = $2 "
                                     "ORDER BY version DESC LIMIT 1",
                                 {sql::text(store.administration()), sql::text(id)});
  if (!r) return std::nullopt;
  return from_row(*r);
}

std::vector<StoredAssessment> targets(Store& store, const TargetQuery& q) {
  std::string s = std::string("SELECT ") + kColumns +
                  " FROM assessments a WHERE a.administration = $1 AND a.day = $2 AND a.lane_rank >= $3 "
                  "AND a.version = (SELECT MAX(b.version) FROM assessments b WHERE b.administration = "
                  "a.administration AND b.declaration_id = a.declaration_id)";
  sql::Params p{sql::text(store.administration()), sql::text(q.day),
                sql::integer(static_cast<int64_t>(q.at_least))};
  int n = 3;
  if (!q.office.empty()) {
    s += " AND a.office = $" + std::to_string(++n);
    p.add(sql::text(q.office));
  }
  if (!q.domain.empty()) {
    s += " AND a.domains LIKE $" + std::to_string(++n);
    p.add(sql::text("% " + q.domain + " %"));
  }
  s += " ORDER BY a.lane_rank DESC, a.score DESC, a.declaration_id LIMIT " + std::to_string(q.limit);
  std::vector<StoredAssessment> out;
  for (const sql::Row& r : store.sql().query(s, p)) out.push_back(from_row(r));
  return out;
}

void mark_unassessed(Store& store, const std::vector<std::pair<std::string, int>>& ids) {
  sql::Transaction tx(store.sql());
  const std::string now = utc_now();
  for (const auto& [id, version] : ids)
    store.sql().execute(
        "INSERT INTO assessment_queue(administration, declaration_id, version, lodged_at) VALUES ($1, $2, "
        "$3, "
        "$4) ON CONFLICT (administration, declaration_id, version) DO NOTHING",
        {sql::text(store.administration()), sql::text(id), sql::integer(version), sql::text(now)});
  tx.commit();
}

std::vector<risk::Assessment> assess_pending(Store& store, Engine& engine, const OnlinePolicy& policy,
                                             int limit, const std::vector<std::pair<std::string, int>>* only,
                                             int64_t* claimed_count) {
  sql::Session& sql = store.sql();
  sql::Transaction tx(sql);
  std::vector<std::pair<std::string, int>> claimed;
  if (only != nullptr) {
    for (const auto& [id, version] : *only) {
      std::string q =
          "SELECT declaration_id FROM assessment_queue WHERE administration = $1 AND declaration_id = $2 AND "
          "version = $3";
      if (sql.dialect() == sql::Dialect::postgres) q += " FOR UPDATE SKIP LOCKED";
      if (sql.query_one(q, {sql::text(store.administration()), sql::text(id), sql::integer(version)}))
        claimed.emplace_back(id, version);
    }
  } else {
    std::string q =
        "SELECT declaration_id, version FROM assessment_queue WHERE administration = $1 ORDER BY lodged_at, "
        "declaration_id LIMIT " +
        std::to_string(limit);
    if (sql.dialect() == sql::Dialect::postgres) q += " FOR UPDATE SKIP LOCKED";
    for (const sql::Row& r : sql.query(q, {sql::text(store.administration())}))
      claimed.emplace_back(r.text(0), static_cast<int>(r.integer(1)));
  }
  if (claimed_count != nullptr) *claimed_count = static_cast<int64_t>(claimed.size());
  // Assess the whole batch first, then choose lanes and store: choosing
  // takes the capacity lock until the commit, so concurrent workers wait on
  // each other only for that short step, not for each other's assessments.
  // One call for the batch: the model explains it at once (the same
  // assessments as one declaration at a time).
  std::vector<Declaration> batch;
  std::vector<int> versions;
  for (const auto& [id, version] : claimed) {
    std::optional<Declaration> d;
    for (const StoredVersion& v : store.history(id))
      if (v.version == version) d = v.declaration;
    if (d) {
      batch.push_back(std::move(*d));
      versions.push_back(version);
    }
  }
  std::vector<risk::Assessment> out = engine.assess(std::span<const Declaration>(batch), true);
  // In (office, day) order: two workers take the capacity locks of their
  // batches in the same order, so neither waits for the other in a cycle.
  std::vector<size_t> order(out.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
    return std::tie(out[x].office, out[x].date) < std::tie(out[y].office, out[y].date);
  });
  for (size_t i : order) select_and_store(store, out[i], versions[i], policy);
  for (const auto& [id, version] : claimed)
    sql.execute(
        "DELETE FROM assessment_queue WHERE administration = $1 AND declaration_id = $2 AND version = $3",
        {sql::text(store.administration()), sql::text(id), sql::integer(version)});
  tx.commit();
  return out;
}

void apply_stored_override(Store& store, std::string_view id, risk::Lane lane, const nlohmann::json& ov) {
  auto latest = latest_assessment(store, id);
  if (!latest) return;
  nlohmann::json a = latest->assessment;
  if (!a.is_object()) a = nlohmann::json::object();
  if (!a.contains("selection") || !a["selection"].is_object()) a["selection"] = nlohmann::json::object();
  a["selection"]["override"] = ov;
  a["lane"] = to_string(lane);
  a["action"] = risk::lane_action(lane);
  a["selected_by"] = "override";
  store.sql().execute(
      "UPDATE assessments SET lane = $1, lane_rank = $2, selected_by = 'override', assessment = $3 WHERE "
      "administration = $4 AND declaration_id = $5 AND version = $6",
      {sql::text(to_string(lane)), sql::integer(static_cast<int64_t>(lane)), sql::text(a.dump()),
       sql::text(store.administration()), sql::text(id), sql::integer(latest->version)});
}

}  // namespace custos::targeting
