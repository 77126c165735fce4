// The learned model in the targeting pipeline: a batch of declarations is
// assessed with the model explaining it at once (one feature matrix, one
// prediction, the contributions in one pass), and the assessments are, to
// the byte, those of one declaration at a time.
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>

#include "risk/assessment.hpp"
#include "targeting/engine.hpp"

#ifdef CUSTOS_TARGETING_WITH_ML
#include "ml/fit.hpp"
#include "ml/scorer.hpp"
#include "ml/synthetic.hpp"

namespace custos::test {
namespace {

Date day(int n) { return Date::from_days(18262 + n); }

TEST(TargetingModel, ABatchIsAssessedAsOneDeclarationAtATime) {
  namespace fs = std::filesystem;
  fs::path db = fs::temp_directory_path() / ("custos-targeting-batch-" + std::to_string(::getpid()) + ".db");
  fs::remove(db);
  auto store = open_store(db.string());
  std::vector<Declaration> train = ml::test::synthetic_period(day(0), 60, 20, 31);
  store->put_batch(train, "synthetic");
  ml::FitOptions o;
  o.params.eta = 0.2;
  o.params.max_rounds = 60;
  o.params.early_stopping_rounds = 10;
  o.depths = {4};
  ml::FitResult fit = ml::fit_targeting_model(train, {}, o);
  store->put_artifact(Artifact{.kind = std::string(ml::kModelKind),
                               .name = std::string(ml::kDefaultModelName),
                               .version = 0,
                               .metadata = fit.report.dump(),
                               .created_at = {},
                               .active = false,
                               .payload = fit.model.to_payload()});

  // Declarations after the stored ones, as `custos assess` takes them.
  std::vector<Declaration> input = ml::test::synthetic_period(day(60), 10, 25, 32);
  targeting::Options to;
  to.screening = false;
  to.partner_alerts = false;
  std::vector<std::string> plugged;
  auto one_by_one = targeting::make_pipeline(*store, to, &plugged);
  ASSERT_NE(std::find(plugged.begin(), plugged.end(), "learned model"), plugged.end());
  auto batched = targeting::make_pipeline(*store, to);
  EXPECT_EQ(one_by_one->learn_history(*store, input.front().date),
            batched->learn_history(*store, input.front().date));

  std::vector<risk::Assessment> expected;
  for (const Declaration& d : input) expected.push_back(one_by_one->assess(d));
  // Uneven batches: the indicators learn each declaration after assessing
  // it, across batches as within one.
  std::vector<risk::Assessment> got;
  const std::span<const Declaration> all(input);
  for (size_t at = 0, n = 1; at < all.size(); at += n, n = n * 3 + 7)
    for (risk::Assessment& a : batched->assess(all.subspan(at, std::min(n, all.size() - at))))
      got.push_back(std::move(a));
  EXPECT_TRUE(batched->assess(std::span<const Declaration>()).empty());

  ASSERT_EQ(got.size(), expected.size());
  size_t model_findings = 0, worded = 0;
  for (size_t i = 0; i < got.size(); ++i) {
    ASSERT_EQ(risk::to_json(got[i]).dump(), risk::to_json(expected[i]).dump()) << input[i].id;
    for (const Finding& f : got[i].findings)
      if (f.source == "model") {
        ++model_findings;
        worded += f.evidence.value("worded", false);
        EXPECT_NE(f.reason.find("chance of fraud"), std::string::npos) << f.reason;
      }
  }
  // Every declaration has its model finding, and every one is in words.
  EXPECT_EQ(model_findings, input.size());
  EXPECT_EQ(worded, input.size());
  store.reset();
  fs::remove(db);
}

}  // namespace
}  // namespace custos::test
#endif
