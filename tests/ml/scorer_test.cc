#include "ml/scorer.hpp"

#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>

#include "ml/fit.hpp"
#include "synthetic.hpp"

namespace custos::ml {
namespace {

Date day(int n) { return Date::from_days(18262 + n); }

TEST(ModelScorer, ScoresAndExplainsFromTheStoresActiveModel) {
  namespace fs = std::filesystem;
  fs::path db = fs::temp_directory_path() / ("custos-ml-scorer-" + std::to_string(::getpid()) + ".db");
  fs::remove(db);
  auto store = open_store(db.string());
  EXPECT_FALSE(ModelScorer::load_active(*store));

  std::vector<Declaration> train = test::synthetic_period(day(0), 90, 20, 21);
  store->put_batch(train, "synthetic");
  FitOptions o;
  o.params.eta = 0.2;
  o.params.max_rounds = 200;
  o.params.early_stopping_rounds = 20;
  o.depths = {3};
  FitResult fit = fit_targeting_model(train, {}, o);
  Artifact a{.kind = std::string(kModelKind),
             .name = std::string(kDefaultModelName),
             .version = 0,
             .metadata = fit.report.dump(),
             .created_at = {},
             .active = false,
             .payload = fit.model.to_payload()};
  int version = store->put_artifact(a);

  std::optional<ModelScorer> scorer = ModelScorer::load_active(*store);
  ASSERT_TRUE(scorer);
  EXPECT_EQ(scorer->identity().version, version);

  // The same goods at the same price from a known fraudster and from a clean
  // regular: only the importer's record tells them apart.
  Declaration risky = test::make_declaration("NEW1", day(100), "IMP1", 150, 100, std::nullopt);
  Declaration clean = test::make_declaration("NEW2", day(100), "IMP30", 150, 100, std::nullopt);
  double rs = scorer->score(risky), cs = scorer->score(clean);
  EXPECT_GT(rs, cs);
  std::vector<Declaration> batch = {risky, clean};
  std::vector<double> both = scorer->score(batch);
  EXPECT_DOUBLE_EQ(both[0], rs);

  Finding f = scorer->explain(risky);
  EXPECT_EQ(f.source, "model");
  EXPECT_DOUBLE_EQ(f.weight, rs);
  EXPECT_NE(f.reason.find("IMP1"), std::string::npos) << f.reason;
  EXPECT_NE(f.reason.find("(+"), std::string::npos) << f.reason;
  EXPECT_FALSE(f.evidence["drivers"].empty());
  fs::remove(db);
}

}  // namespace
}  // namespace custos::ml
