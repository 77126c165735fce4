#include "targeting/disguise.hpp"

#include <algorithm>

#include "risk/valuation_table.hpp"
#include "risk/value_floors.hpp"
#include "store/sql.hpp"
#include "targeting/actions.hpp"

namespace custos::targeting {

DisguiseTrainingRun train_disguise(Store& store, const audit::Actor& actor, const ScanFilter& window,
                                   std::vector<Declaration> cases, const std::vector<std::string>& case_files,
                                   const std::string& data_dir, const risk::DisguiseTraining& options,
                                   bool keep) {
  DisguiseTrainingRun run;
  std::vector<Declaration> ds;
  store.scan(window, [&](const Declaration& d) {
    ds.push_back(d);
    return true;
  });
  apply_recorded_outcomes(store, ds);
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
  if (!keep) return run;
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
