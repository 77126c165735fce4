// The model end to end on the real Korea declarations: train on 2020 (choices
// on its own last days), score 2021-Q1. A regression guard for what the small
// synthetic unit tests cannot show (a history index that hangs on 45k real
// declarations did once); the figures themselves are documented in
// docs/model.md, measured by `custos model evaluate`.
#include <gtest/gtest.h>

#include "ml/evaluation.hpp"
#include "ml/fit.hpp"
#include "ml/period.hpp"
#include "test_util.hpp"

namespace custos::ml {
namespace {

TEST(KoreaModel, TrainsOn2020AndRanks2021Q1FarAboveChance) {
  CUSTOS_REQUIRE_SHARED(train_file, "customs-declarations/df_syn_train_eng.csv");
  CUSTOS_REQUIRE_SHARED(test_file, "customs-declarations/df_syn_valid_eng.csv");
  const std::string data_dir = std::string(CUSTOS_SOURCE_DIR) + "/data";
  Period train = read_period(train_file, "korea", data_dir);
  Period test = read_period(test_file, "korea", data_dir);
  ASSERT_EQ(train.declarations.size(), 37385u);
  ASSERT_EQ(test.declarations.size(), 8134u);
  FitOptions o;
  o.params.nthread = 2;
  EvaluationResult r = evaluate_periods(train, nullptr, test, o);
  ASSERT_TRUE(r.metrics.auc);
  // 20.9% of the quarter is fraudulent: a model worth the name ranks well
  // above that at every inspection rate.
  EXPECT_GT(*r.metrics.auc, 0.8);
  for (const RateResult& x : r.metrics.at) EXPECT_GT(x.precision, 0.5) << "at " << x.rate;
  // Every choice was made on 2020's own last days, never on the scored quarter.
  EXPECT_EQ(r.model_report.at("choice_window").at("to").get<std::string>(), "2020-12-31");
  // The identical-consignment history is among the features the model uses.
  bool found = false;
  for (const auto& f : r.feature_gain) found = found || f.at("feature") == "consignment_fraud_rate";
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace custos::ml
