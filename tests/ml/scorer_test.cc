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

  // A batch explained at once gives, declaration by declaration, exactly
  // what explaining one at a time gives (contributions bit for bit).
  std::vector<Declaration> many(train.begin(), train.begin() + std::min<size_t>(train.size(), 300));
  many.push_back(risky);
  many.push_back(clean);
  ExplainOptions all_words;
  all_words.words_from = 0;
  std::vector<Finding> at_once = scorer->explain(std::span<const Declaration>(many), all_words);
  ASSERT_EQ(at_once.size(), many.size());
  for (size_t i = 0; i < many.size(); ++i) {
    Finding one = scorer->explain(many[i]);
    ASSERT_EQ(at_once[i].reason, one.reason) << many[i].id;
    ASSERT_EQ(at_once[i].evidence.dump(), one.evidence.dump()) << many[i].id;
    ASSERT_DOUBLE_EQ(at_once[i].weight, one.weight);
  }
  // Below words_from, a finding keeps the score alone (no contributions
  // computed), or with contributions_below its drivers as figures.
  ExplainOptions default_words;
  std::vector<Finding> mixed = scorer->explain(std::span<const Declaration>(many), default_words);
  ExplainOptions with_figures;
  with_figures.contributions_below = true;
  std::vector<Finding> figured = scorer->explain(std::span<const Declaration>(many), with_figures);
  ASSERT_EQ(mixed.size(), many.size());
  ASSERT_EQ(figured.size(), many.size());
  size_t worded = 0, figures = 0;
  for (size_t i = 0; i < many.size(); ++i) {
    EXPECT_DOUBLE_EQ(mixed[i].weight, at_once[i].weight);
    EXPECT_DOUBLE_EQ(figured[i].weight, at_once[i].weight);
    if (mixed[i].weight >= default_words.words_from) {
      ++worded;
      EXPECT_EQ(mixed[i].reason, at_once[i].reason);
      EXPECT_EQ(mixed[i].evidence.dump(), at_once[i].evidence.dump());
      EXPECT_EQ(figured[i].evidence.dump(), at_once[i].evidence.dump());
    } else {
      ++figures;
      EXPECT_EQ(mixed[i].evidence["worded"], false);
      EXPECT_EQ(mixed[i].evidence["explained"], false);
      EXPECT_TRUE(mixed[i].evidence["drivers"].empty());
      EXPECT_NE(mixed[i].reason.find("chance of fraud (too low to ask for a check; not broken down"),
                std::string::npos);
      EXPECT_EQ(figured[i].evidence["worded"], false);
      EXPECT_NE(figured[i].reason.find("chance of fraud (too low to ask for a check; its drivers"),
                std::string::npos);
      // The figures are the worded finding's contributions, top ones first.
      const auto& all = at_once[i].evidence["drivers"];
      for (const auto& d : figured[i].evidence["drivers"]) {
        EXPECT_GT(d["contribution"].get<double>(), 0);
        EXPECT_FALSE(d.contains("words"));
      }
      EXPECT_LE(figured[i].evidence["drivers"].size(), with_figures.top);
      if (!all.empty()) {
        EXPECT_FALSE(figured[i].evidence["drivers"].empty());
      }
    }
  }
  EXPECT_GT(worded, 0u);
  EXPECT_GT(figures, 0u);
  fs::remove(db);
}

}  // namespace
}  // namespace custos::ml
