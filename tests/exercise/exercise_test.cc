// Exercises at the module level: creation keeps the truth apart and
// outcomes out of the stored declarations; scores against hand-checked truth
// on a tiny scenario; the engine's and random selections.
#include <gtest/gtest.h>

#include <filesystem>
#include <set>

#include "auth/administrations.hpp"
#include "auth/errors.hpp"
#include "exercise/exercise.hpp"
#include "test_util.hpp"

namespace custos::exercise {
namespace {

const audit::Actor kActor{"cli:test", ""};

CreateOptions tiny(const std::string& name, const std::string& scenario = "precursors", uint64_t seed = 5) {
  CreateOptions o;
  o.name = name;
  o.scenario = scenario;
  o.declarations = 40;
  o.seed = seed;
  o.illicit_rate = 0.1;  // 4 cases
  o.capacity = 4;
  o.data_dir = std::string(CUSTOS_SOURCE_DIR) + "/data";
  return o;
}

std::unique_ptr<Store> fresh(const std::string& name) {
  std::filesystem::remove(test::temp_path(name));
  return open_store(test::temp_path(name));
}

struct TruthRow {
  std::string id, domain;
  double value = 0, mass = 0;
};

std::vector<TruthRow> truth(Store& store) {
  std::vector<TruthRow> out;
  for (const sql::Row& r : store.sql().query(
           "SELECT declaration_id, domain, value_usd, mass_kg FROM exercise_truth WHERE administration = $1 "
           "ORDER BY declaration_id",
           {store.administration()}))
    out.push_back({r.text(0), r.text(1), r.real(2), r.real(3)});
  return out;
}

TEST(Exercise, CreateBuildsASelfContainedExerciseWithoutOutcomes) {
  auto store = fresh("exercise_create.db");
  const std::string own = store->administration();
  CreateSummary s = create(*store, kActor, tiny("drill-a", "mixed"));
  EXPECT_EQ(store->administration(), own) << "the store is left on its own administration";
  EXPECT_EQ(s.declarations, 40);
  EXPECT_EQ(s.cases, 4);
  EXPECT_EQ(s.exercise.state, "ready");
  EXPECT_EQ(s.exercise.capacity, 4);
  EXPECT_TRUE(s.exercise.administration.starts_with("EX-"));
  ASSERT_TRUE(auth::find_administration(*store, s.exercise.administration));
  // the home administration holds none of it
  EXPECT_EQ(store->stats().declarations, 0);
  store->set_administration(s.exercise.administration);
  EXPECT_EQ(store->stats().declarations, 40);
  std::set<std::string> domains;
  for (const TruthRow& t : truth(*store)) {
    domains.insert(t.domain);
    auto d = store->get(t.id);
    ASSERT_TRUE(d) << t.id;
    EXPECT_TRUE(d->outcome.empty()) << t.id << " carries its outcome";
    EXPECT_GT(t.value, 0);
  }
  EXPECT_EQ(domains.size(), 4u) << "four cases of a mixed scenario, four domains";
  // the same seed gives the same exercise
  store->set_administration(own);
  CreateSummary again = create(*store, kActor, tiny("drill-b", "mixed"));
  store->set_administration(again.exercise.administration);
  auto t2 = truth(*store);
  store->set_administration(s.exercise.administration);
  auto t1 = truth(*store);
  ASSERT_EQ(t1.size(), t2.size());
  for (size_t i = 0; i < t1.size(); ++i) EXPECT_EQ(t1[i].id, t2[i].id);
  store->set_administration(own);
  EXPECT_THROW(create(*store, kActor, tiny("drill-a")), ConflictError);
  EXPECT_EQ(list(*store).size(), 2u);
}

TEST(Exercise, BadOptionsNameTheirField) {
  auto store = fresh("exercise_bad.db");
  auto field_of = [&](CreateOptions o) {
    try {
      create(*store, kActor, o);
    } catch (const auth::InvalidInput& e) {
      return e.field();
    }
    return std::string("none");
  };
  auto o = tiny("Bad Name");
  EXPECT_EQ(field_of(o), "name");
  o = tiny("ok");
  o.scenario = "piracy";
  EXPECT_EQ(field_of(o), "scenario");
  o = tiny("ok");
  o.declarations = 5;
  EXPECT_EQ(field_of(o), "declarations");
  o = tiny("ok");
  o.illicit_rate = 0.9;
  EXPECT_EQ(field_of(o), "illicit-rate");
  o = tiny("ok");
  o.domains = {"waste", "piracy"};
  EXPECT_EQ(field_of(o), "domains");
  EXPECT_TRUE(list(*store).empty()) << "nothing half-written";
}

TEST(Exercise, ScoresAgainstHandCheckedTruth) {
  auto store = fresh("exercise_score.db");
  CreateSummary s = create(*store, kActor, tiny("score"));
  add_member(*store, kActor, "score", "tina", auth::Role::trainee, "correct horse battery staple");
  store->set_administration(s.exercise.administration);
  const auto cases = truth(*store);
  ASSERT_EQ(cases.size(), 4u);
  for (const auto& c : cases) EXPECT_EQ(c.domain, "precursors");
  // a legitimate declaration: the first id that is no case
  std::string legit;
  store->scan({}, [&](const Declaration& d) {
    for (const auto& c : cases)
      if (c.id == d.id) return true;
    legit = d.id;
    return false;
  });
  ASSERT_FALSE(legit.empty());
  const audit::Actor tina{"tina", ""};
  EXPECT_THROW(inspect(*store, tina, cases[0].id), StateError) << "not started";
  change_state(*store, kActor, "start");
  // Tina inspects two cases and one legitimate declaration: she seizes the
  // first case, clears the second (a miss on inspection) and the legitimate one.
  inspect(*store, tina, cases[0].id);
  inspect(*store, tina, cases[1].id);
  inspect(*store, tina, legit);
  EXPECT_THROW(inspect(*store, tina, legit), StateError) << "twice";
  record_outcome(*store, tina, cases[0].id, "seizure", "");
  record_outcome(*store, tina, cases[1].id, "clean", "");
  record_outcome(*store, tina, legit, "clean", "");
  EXPECT_THROW(record_outcome(*store, tina, cases[2].id, "seizure", ""), StateError) << "not inspected";
  inspect(*store, tina, cases[3].id);
  EXPECT_THROW(inspect(*store, tina, cases[2].id), StateError) << "capacity 4 used up";

  nlohmann::json r = report(*store);
  EXPECT_EQ(r["cases"], 4);
  ASSERT_EQ(r["trainees"].size(), 1u);
  const auto& t = r["trainees"][0];
  EXPECT_EQ(t["username"], "tina");
  EXPECT_EQ(t["inspections"], 4);
  EXPECT_EQ(t["found"], 1);
  EXPECT_DOUBLE_EQ(t["precision"].get<double>(), 0.25);
  EXPECT_EQ(t["false_inspections"], 1);
  EXPECT_EQ(t["inspected_but_cleared"], 2);  // cases[1] cleared, cases[3] without an outcome
  EXPECT_NEAR(t["value_usd"].get<double>(), cases[0].value, 0.01);
  EXPECT_NEAR(t["mass_kg"].get<double>(), cases[0].mass, 0.1);
  EXPECT_EQ(t["found_by_domain"]["precursors"], 1);

  // The engine's selection: the capacity's best ranks, counted by hand.
  int64_t engine_found = 0, random_found = 0;
  for (const auto& c : cases) {
    auto row = store->sql().query_one(
        "SELECT engine_rank, random_rank FROM exercise_findings WHERE administration = $1 AND declaration_id "
        "= $2",
        {store->administration(), c.id});
    ASSERT_TRUE(row);
    if (row->integer(0) <= 4) ++engine_found;
    if (row->integer(1) <= 4) ++random_found;
  }
  EXPECT_EQ(r["engine"]["found"], engine_found);
  EXPECT_EQ(r["engine"]["selected"], 4);
  EXPECT_DOUBLE_EQ(r["engine"]["precision"].get<double>(), engine_found / 4.0);
  EXPECT_EQ(r["random"]["found"], random_found);
  // The debrief lists every case, and who found it.
  ASSERT_EQ(r["debrief"].size(), 4u);
  for (const auto& c : r["debrief"]) {
    EXPECT_FALSE(c["what"].get<std::string>().empty());
    EXPECT_FALSE(c["disguise"].get<std::string>().empty());
    EXPECT_FALSE(c["indicators"].get<std::string>().empty());
    EXPECT_EQ(c["found_by"].size(), c["declaration_id"] == cases[0].id ? 1u : 0u);
  }
  EXPECT_NE(report_html(r).find(cases[0].id), std::string::npos);
}

TEST(Exercise, SamplesAreIdentifiedAndScored) {
  auto store = fresh("exercise_sample.db");
  CreateSummary s = create(*store, kActor, tiny("lab"));
  add_member(*store, kActor, "lab", "sam", auth::Role::trainee, "correct horse battery staple");
  store->set_administration(s.exercise.administration);
  change_state(*store, kActor, "start");
  auto rows = store->sql().query(
      "SELECT declaration_id, item_no, substance FROM exercise_sample_truth WHERE administration = $1 ORDER "
      "BY 1, 2",
      {store->administration()});
  ASSERT_GE(rows.size(), 2u);
  const audit::Actor sam{"sam", ""};
  const std::string id0 = rows[0].text(0), id1 = rows[1].text(0);
  EXPECT_THROW(sample(*store, sam, id0, static_cast<int>(rows[0].integer(1))), StateError) << "not inspected";
  inspect(*store, sam, id0);
  if (id1 != id0) inspect(*store, sam, id1);
  nlohmann::json sp = sample(*store, sam, id0, static_cast<int>(rows[0].integer(1)));
  EXPECT_EQ(sp["spectrum"]["intensity"].size(), 401u);
  EXPECT_EQ(sp.dump().find(rows[0].text(2)), std::string::npos) << "the sample does not name its substance";
  sample(*store, sam, id1, static_cast<int>(rows[1].integer(1)));
  identify(*store, sam, id0, static_cast<int>(rows[0].integer(1)), rows[0].text(2));  // right
  identify(*store, sam, id1, static_cast<int>(rows[1].integer(1)), "table sugar");    // wrong
  nlohmann::json r = report(*store);
  EXPECT_EQ(r["trainees"][0]["identifications"]["submitted"], 2);
  EXPECT_EQ(r["trainees"][0]["identifications"]["correct"], 1);
  EXPECT_FALSE(references(*store)["references"].empty());
}

}  // namespace
}  // namespace custos::exercise
