#include "cli/demo_targets.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <vector>

#include "risk/pipeline.hpp"
#include "risk/profile_set.hpp"
#include "store/sql.hpp"
#include "targeting/assessments.hpp"
#include "targeting/engine.hpp"

namespace custos::cli {

int print_demo_targets(Context& ctx, Date day, int top, std::ostream& out) {
  Store& store = ctx.store();

  targeting::Options to;
  to.data_dir = Context::data_dir();
  to.selection.random_share = 0.01;
  to.selection.seed = 7;
  to.selection.capacity = risk::parse_capacity("red=2%,orange=4%,yellow=8%");
  std::unique_ptr<risk::Pipeline> pipeline;
  try {
    pipeline = targeting::make_pipeline(store, to);
  } catch (const risk::ProfileSetError& e) {
    for (const auto& err : e.errors()) out << "  " << err.str() << "\n";
    out << "4. Targeting: the profile set has errors; nothing assessed\n";
    return kBadInput;
  }
  const int64_t history = pipeline->learn_history(store, day);
  std::vector<risk::Assessment> results;
  std::vector<std::optional<Domain>> truth;
  // In batches, as custos assess does: the learned model scores and explains
  // a batch at once, giving the assessments of one declaration at a time.
  constexpr size_t kBatch = 4096;
  std::vector<Declaration> batch;
  auto assess_batch = [&] {
    for (risk::Assessment& a : pipeline->assess(batch)) results.push_back(std::move(a));
    batch.clear();
  };
  store.scan({day, day}, [&](const Declaration& d) {
    batch.push_back(d);
    truth.push_back(d.outcome.fraud.value_or(false) ? d.outcome.illicit_domain : std::nullopt);
    if (batch.size() == kBatch) assess_batch();
    return true;
  });
  if (!batch.empty()) assess_batch();
  pipeline->select(results, &store);
  {
    // Stored as the server stores what it assesses, so the workbench's
    // targets page shows the day (GET /api/v1/targets reads them).
    sql::Transaction tx(store.sql());
    for (const risk::Assessment& a : results) {
      const auto versions = store.history(a.declaration_id);
      targeting::store_assessment(store, a, versions.empty() ? 1 : versions.back().version);
    }
    tx.commit();
  }

  std::map<risk::Lane, int64_t> lanes;
  for (const auto& a : results) ++lanes[a.lane];
  out << fmt::format("4. Targeting {} on {}: {} profiles, indicators learned from {} earlier declarations\n",
                     results.size(), day.str(), pipeline->profile_count(), history);
  out << "   lanes:";
  for (risk::Lane l : risk::kLanesBySeverity) out << " " << to_string(l) << " " << lanes[l];
  out << "   (capacity red 2%, orange 4%, yellow 8% per office; 1% random floor)\n";

  // How the day's hidden cases fared (the simulator labels them).
  std::map<Domain, std::pair<int, int>> caught;  // domain -> (sent to scan or physical, hidden)
  for (size_t i = 0; i < results.size(); ++i) {
    if (!truth[i]) continue;
    auto& c = caught[*truth[i]];
    ++c.second;
    if (results[i].lane >= risk::Lane::orange) ++c.first;
  }
  if (!caught.empty()) {
    out << "   hidden in the day (known to the simulator only), sent to scan or physical control:";
    for (const auto& [dom, c] : caught) out << fmt::format(" {} {}/{}", to_string(dom), c.first, c.second);
    out << "\n";
  }

  const auto targets = risk::ranked_targets(results, risk::Lane::orange, false);
  out << fmt::format("5. The day's top {} targets (of {} sent to scan or physical control):\n",
                     std::min<size_t>(static_cast<size_t>(top), targets.size()), targets.size());
  for (size_t i = 0; i < targets.size() && static_cast<int>(i) < top; ++i) {
    const risk::Assessment& a = *targets[i];
    const Finding* f = risk::strongest_finding(a);
    out << fmt::format("  {:<12} {:<6} score {:>3.0f}  {} finding(s), selected by {}\n", a.declaration_id,
                       to_string(a.lane), a.score, a.findings.size(), a.selected_by);
    if (f == nullptr) continue;
    out << fmt::format("      why:  [{} {}] {}\n", f->source, f->id, f->reason);
    if (!f->instructions.empty()) out << fmt::format("      do:   {}\n", f->instructions);
  }
  out << "   Full assessments: custos assess --from " << day.str() << " --out day-assessments.ndjson\n";
  return kOk;
}

}  // namespace custos::cli
