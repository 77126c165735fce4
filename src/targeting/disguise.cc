#include "targeting/disguise.hpp"

#include <algorithm>
#include <unordered_map>

#include "risk/valuation_table.hpp"
#include "risk/value_floors.hpp"
#include "store/sql.hpp"

namespace custos::targeting {

namespace {

// An outcome event's result and domain over what the declaration was lodged
// with: a later "clean" without a domain clears an earlier domain.
void apply_recorded(const nlohmann::json& j, Outcome& o) {
  if (auto it = j.find("inspection_result"); it != j.end() && it->is_string())
    if (auto r = parse_inspection_result(it->get<std::string>())) o.inspection = *r;
  std::optional<Domain> domain;
  if (auto it = j.find("illicit_domain"); it != j.end() && it->is_string())
    domain = parse_domain(it->get<std::string>());
  o.illicit_domain = domain;
}

}  // namespace

DisguiseTrainingRun train_disguise(Store& store, const audit::Actor& actor, const ScanFilter& window,
                                   std::vector<Declaration> cases, const std::vector<std::string>& case_files,
                                   const std::string& data_dir, const risk::DisguiseTraining& options) {
  DisguiseTrainingRun run;
  // Results recorded after lodging (an officer's, a seizure record's) are
  // outcome events; the latest per declaration is the one learned.
  std::unordered_map<std::string, nlohmann::json> recorded;
  for (const Event& e : store.events("outcome")) {
    nlohmann::json j = nlohmann::json::parse(e.data, nullptr, false);
    if (j.is_object()) recorded[e.declaration_id] = std::move(j);
  }
  std::vector<Declaration> ds;
  store.scan(window, [&](const Declaration& d) {
    ds.push_back(d);
    if (auto it = recorded.find(d.id); it != recorded.end()) apply_recorded(it->second, ds.back().outcome);
    return true;
  });
  run.stored = ds.size();
  run.stored_lawful = static_cast<size_t>(std::count_if(ds.begin(), ds.end(), [](const Declaration& d) {
    return !d.outcome.illicit_domain && d.outcome.inspection != InspectionResult::seizure;
  }));
  run.from_cases = cases.size();
  ds.insert(ds.end(), std::make_move_iterator(cases.begin()), std::make_move_iterator(cases.end()));
  const std::string rates_path = risk::default_currency_rates_path(data_dir);
  const auto rates = risk::valuation::parse_rates(
      risk::valuation::read_file(rates_path, "currency rates table"), rates_path);
  try {
    run.model = risk::DisguiseModel::train(ds, rates, options);
  } catch (const risk::DisguiseModelError& e) {
    throw risk::DisguiseModelError(std::string(e.what()) + " (" + std::to_string(run.stored) +
                                   " stored declarations and " + std::to_string(run.from_cases) +
                                   " from case files read)");
  }
  sql::Transaction tx(store.sql());
  run.version = risk::store_disguise_model(store, run.model);
  audit::record(store, actor, "model.train_disguise",
                std::string(risk::kDisguiseModelKind) + ":" + std::string(risk::kDisguiseModelName),
                {{"version", run.version},
                 {"declarations", run.model.report()["declarations"]},
                 {"stored", run.stored},
                 {"positives", run.model.report()["positives"]},
                 {"case_files", case_files}});
  tx.commit();
  return run;
}

}  // namespace custos::targeting
