// Exercises through the API: a scripted trainee plays a scenario; trainees
// cannot read the truth through any route; two exercises do not see each
// other's data.
#include <gtest/gtest.h>

#include <set>

#include "exercise/exercise.hpp"
#include "server/router.hpp"
#include "server/support/test_server.hpp"

namespace custos::test {
namespace {

using auth::Role;
const audit::Actor kActor{"cli:test", ""};

exercise::Exercise make(TestServer& srv, const std::string& name, const std::string& scenario,
                        uint64_t seed) {
  exercise::CreateOptions o;
  o.name = name;
  o.scenario = scenario;
  o.declarations = 60;
  o.seed = seed;
  o.illicit_rate = 0.1;  // 6 cases
  o.capacity = 8;
  o.data_dir = std::string(CUSTOS_SOURCE_DIR) + "/data";
  return exercise::create(srv.store(), kActor, o).exercise;
}

// The ids of the hidden cases (read by the test, never by a trainee).
std::set<std::string> case_ids(Store& store, const std::string& administration) {
  std::set<std::string> out;
  for (const sql::Row& r : store.sql().query(
           "SELECT declaration_id FROM exercise_truth WHERE administration = $1", {administration}))
    out.insert(r.text(0));
  return out;
}

TEST(ExerciseApi, AScriptedTraineePlaysAScenario) {
  TestServer srv("exercise_play");
  exercise::Exercise ex = make(srv, "play", "mixed", 11);
  HttpClient trainee = srv.client_as("tess", Role::trainee, "", ex.administration);
  HttpClient instructor = srv.client_as("ines", Role::instructor, "", ex.administration);

  EXPECT_EQ(trainee.get("/api/v1/exercise").json()["state"], "ready");
  EXPECT_EQ(trainee.get("/api/v1/exercise/declarations").status, 409u) << "not started";
  EXPECT_EQ(trainee.post("/api/v1/exercise/start", nlohmann::json::object()).status, 403u);
  ASSERT_EQ(instructor.post("/api/v1/exercise/start", nlohmann::json::object()).status, 200u);

  // The trainee works down the engine's lanes: red and orange first, by score.
  HttpResponse page = trainee.get("/api/v1/exercise/declarations?limit=1000");
  ASSERT_EQ(page.status, 200u) << page.body;
  nlohmann::json all = page.json();
  ASSERT_EQ(all["total"], 60);
  std::vector<std::pair<double, std::string>> ranked;
  for (const auto& d : all["declarations"]) {
    ASSERT_FALSE(d["assessment"]["hidden"].get<bool>());
    ranked.emplace_back(-d["assessment"]["score"].get<double>(),
                        d["declaration"]["declaration_id"].get<std::string>());
  }
  std::sort(ranked.begin(), ranked.end());
  int inspected = 0;
  for (const auto& [score, id] : ranked) {
    if (inspected == 8) break;
    HttpResponse r =
        trainee.post("/api/v1/exercise/declarations/" + id + "/inspect", nlohmann::json::object());
    ASSERT_EQ(r.status, 201u) << r.body;
    ++inspected;
    // Check the papers and the parties; sample what can be sampled.
    nlohmann::json view = trainee.get("/api/v1/exercise/declarations/" + id).json();
    bool suspicious = -score >= 40;
    for (const auto& p : view["permits"]) {
      const std::string until = p["details"]["valid_until"];
      if (until < ex.day) suspicious = true;
    }
    const std::string consignee = view["declaration"].value("consignee_name", "");
    if (!consignee.empty()) {
      HttpResponse s = trainee.post("/api/v1/exercise/screen", {{"name", consignee}});
      EXPECT_EQ(s.status, 200u) << s.body;
    }
    for (const auto& item : view["samplable_items"]) {
      HttpResponse s =
          trainee.post("/api/v1/exercise/declarations/" + id + "/sample", {{"item_no", item.get<int>()}});
      ASSERT_EQ(s.status, 201u) << s.body;
      EXPECT_EQ(s.json()["spectrum"]["intensity"].size(), 401u);
      HttpResponse i = trainee.post("/api/v1/exercise/declarations/" + id + "/identification",
                                    {{"item_no", item.get<int>()}, {"substance", "ammonium nitrate"}});
      EXPECT_EQ(i.status, 201u) << i.body;
    }
    HttpResponse o = trainee.post("/api/v1/exercise/declarations/" + id + "/outcome",
                                  {{"result", suspicious ? "seizure" : "clean"}, {"note", "scripted"}});
    ASSERT_EQ(o.status, 201u) << o.body;
  }
  // The capacity is used up.
  HttpResponse over = trainee.post("/api/v1/exercise/declarations/" + ranked[8].second + "/inspect",
                                   nlohmann::json::object());
  EXPECT_EQ(over.status, 409u);
  EXPECT_EQ(over.error_code(), "exercise_state");
  // The refusal comes with its detail message (the workbench translates it).
  EXPECT_EQ(over.json()["error"]["detail_message"]["id"], "exercise_capacity") << over.body;
  HttpResponse again = trainee.post("/api/v1/exercise/declarations/" + ranked[0].second + "/inspect",
                                    nlohmann::json::object());
  EXPECT_EQ(again.json()["error"]["detail_message"],
            nlohmann::json({{"id", "inspected_already"}, {"params", {{"id", ranked[0].second}}}}))
      << again.body;
  // Bad input answers 422/404, never 500.
  EXPECT_EQ(
      trainee.post("/api/v1/exercise/declarations/" + ranked[0].second + "/outcome", {{"result", "maybe"}})
          .status,
      422u);
  EXPECT_EQ(trainee.post("/api/v1/exercise/declarations/NOPE/inspect", nlohmann::json::object()).status,
            404u);

  // Paused: reading goes on, acting stops.
  ASSERT_EQ(instructor.post("/api/v1/exercise/pause", nlohmann::json::object()).status, 200u);
  EXPECT_EQ(trainee.get("/api/v1/exercise/declarations?limit=5").status, 200u);
  EXPECT_EQ(trainee.post("/api/v1/exercise/screen", {{"name", "Anyone Ltd"}}).status, 409u);
  // Hidden findings.
  ASSERT_EQ(instructor.put("/api/v1/exercise/findings", {{"hidden", true}}).status, 200u);
  nlohmann::json hidden = trainee.get("/api/v1/exercise/declarations?limit=3").json();
  for (const auto& d : hidden["declarations"]) {
    EXPECT_TRUE(d["assessment"]["hidden"].get<bool>());
    EXPECT_FALSE(d["assessment"].contains("findings"));
  }
  nlohmann::json prog = instructor.get("/api/v1/exercise/progress").json();
  ASSERT_EQ(prog["trainees"].size(), 1u);
  EXPECT_EQ(prog["trainees"][0]["inspections"], 8);
  ASSERT_EQ(instructor.post("/api/v1/exercise/end", nlohmann::json::object()).status, 200u);
  EXPECT_EQ(instructor.post("/api/v1/exercise/end", nlohmann::json::object()).status, 409u);

  // The report agrees with the truth counted here.
  const auto cases = case_ids(srv.store(), ex.administration);
  int64_t found = 0, false_inspections = 0;
  nlohmann::json r = instructor.get("/api/v1/exercise/report").json();
  nlohmann::json tr = r["trainees"][0];
  EXPECT_EQ(tr["username"], "tess");
  EXPECT_EQ(tr["inspections"], 8);
  for (int k = 0; k < 8; ++k)
    if (!cases.count(ranked[static_cast<size_t>(k)].second)) ++false_inspections;
  EXPECT_EQ(tr["false_inspections"], false_inspections);
  EXPECT_LE(tr["found"].get<int64_t>(), 8 - false_inspections);
  found = tr["found"].get<int64_t>();
  EXPECT_DOUBLE_EQ(tr["precision"].get<double>(), std::round(1e4 * found / 8.0) / 1e4);
  EXPECT_EQ(r["cases"], static_cast<int64_t>(cases.size()));
  EXPECT_EQ(r["debrief"].size(), cases.size());
  EXPECT_EQ(instructor.get("/api/v1/exercise/report?format=html").status, 200u);
  EXPECT_EQ(instructor.get("/api/v1/exercise/report?format=pdf").status, 400u);
}

// Every route a trainee may call, called with real ids and plausible
// bodies: none answers with the truth.
TEST(ExerciseApi, TraineesCannotReadTheTruth) {
  TestServer srv("exercise_truth");
  exercise::Exercise ex = make(srv, "secret", "mixed", 12);
  HttpClient trainee = srv.client_as("tom", Role::trainee, "", ex.administration);
  HttpClient instructor = srv.client_as("ida", Role::instructor, "", ex.administration);
  ASSERT_EQ(instructor.post("/api/v1/exercise/start", nlohmann::json::object()).status, 200u);
  const auto cases = case_ids(srv.store(), ex.administration);
  ASSERT_FALSE(cases.empty());
  // Words only the truth holds.
  const std::vector<std::string> secrets = {
      "\"disguise\"",          "\"revealed_by\"", "\"found_by\"", "\"illicit_domain\"", "\"seizure\"",
      "\"inspection_result\"", "\"fraud\"",       "is forged",    "\"engine_rank\"",    "\"random_rank\""};
  int calls = 0;
  for (const std::string& id : cases) {
    trainee.post("/api/v1/exercise/declarations/" + id + "/inspect", nlohmann::json::object());
    for (const server::Route& r : server::all_routes().routes()) {
      if (!r.access.roles.contains(Role::trainee)) continue;
      std::string target = r.pattern;
      const size_t at = target.find("{id}");
      if (at != std::string::npos) target.replace(at, 4, id);
      nlohmann::json body = nlohmann::json::object();
      if (target.ends_with("/sample")) body = {{"item_no", 1}};
      if (target.ends_with("/identification")) body = {{"item_no", 1}, {"substance", "ivory"}};
      if (target.ends_with("/outcome")) body = {{"result", "clean"}};
      if (target.ends_with("/screen")) body = {{"name", "General Trading LLC"}};
      const std::string method(server::http::to_string(r.method));
      HttpResponse h = trainee.request(method, target, method == "GET" ? "" : body.dump());
      ++calls;
      EXPECT_LT(h.status, 500u) << method << " " << target << ": " << h.body;
      for (const std::string& s : secrets)
        EXPECT_EQ(h.body.find(s), std::string::npos)
            << method << " " << target << " reveals " << s << ": " << h.body.substr(0, 300);
    }
  }
  EXPECT_GT(calls, 10);
  // The instructor-only routes refuse trainees.
  EXPECT_EQ(trainee.get("/api/v1/exercise/report").status, 403u);
  EXPECT_EQ(trainee.get("/api/v1/exercise/progress").status, 403u);
  // The stored declarations carry no outcome either (any future declaration route reads these).
  Store& s = srv.store();
  s.set_administration(ex.administration);
  for (const std::string& id : cases) EXPECT_TRUE(s.get(id)->outcome.empty()) << id;
  s.set_administration(s.own_administration());
}

TEST(ExerciseApi, TwoExercisesDoNotSeeEachOthersData) {
  TestServer srv("exercise_isolation");
  exercise::Exercise a = make(srv, "alpha", "wildlife", 21);
  exercise::Exercise b = make(srv, "beta", "strategic", 22);
  ASSERT_NE(a.administration, b.administration);
  HttpClient ta = srv.client_as("ann", Role::trainee, "", a.administration);
  HttpClient tb = srv.client_as("bob", Role::trainee, "", b.administration);
  HttpClient ia = srv.client_as("ian", Role::instructor, "", a.administration);
  HttpClient ib = srv.client_as("ivy", Role::instructor, "", b.administration);
  ASSERT_EQ(ia.post("/api/v1/exercise/start", nlohmann::json::object()).status, 200u);
  ASSERT_EQ(ib.post("/api/v1/exercise/start", nlohmann::json::object()).status, 200u);
  EXPECT_EQ(ta.get("/api/v1/exercise").json()["name"], "alpha");
  EXPECT_EQ(tb.get("/api/v1/exercise").json()["name"], "beta");
  std::set<std::string> ids_a, ids_b;
  HttpResponse first = ta.get("/api/v1/exercise/declarations?limit=1000");
  ASSERT_EQ(first.status, 200u) << first.body.substr(0, 500);
  ASSERT_EQ(first.json()["total"], 60) << first.body.substr(0, 500);
  const nlohmann::json page_a = first.json(),
                       page_b = tb.get("/api/v1/exercise/declarations?limit=1000").json();
  for (const auto& d : page_a["declarations"])
    ids_a.insert(d["declaration"]["declaration_id"].get<std::string>());
  for (const auto& d : page_b["declarations"])
    ids_b.insert(d["declaration"]["declaration_id"].get<std::string>());
  ASSERT_EQ(ids_a.size(), 60u);
  ASSERT_EQ(ids_b.size(), 60u);
  for (const auto& id : ids_a) EXPECT_FALSE(ids_b.count(id)) << id;
  const std::string one_b = *ids_b.begin();
  EXPECT_EQ(ta.get("/api/v1/exercise/declarations/" + one_b).status, 404u);
  EXPECT_EQ(ta.post("/api/v1/exercise/declarations/" + one_b + "/inspect", nlohmann::json::object()).status,
            404u);
  // b's instructor's report knows nothing of a's trainee
  ASSERT_EQ(ta.post("/api/v1/exercise/declarations/" + *ids_a.begin() + "/inspect", nlohmann::json::object())
                .status,
            201u);
  nlohmann::json rb = ib.get("/api/v1/exercise/report").json();
  for (const auto& t : rb["trainees"]) EXPECT_NE(t["username"], "ann");
  nlohmann::json pa = ia.get("/api/v1/exercise/progress").json();
  ASSERT_EQ(pa["trainees"].size(), 1u);
  EXPECT_EQ(pa["trainees"][0]["inspections"], 1);
  // A user of the store's own administration has no exercise.
  HttpClient officer = srv.client_as("olga", Role::trainee);
  EXPECT_EQ(officer.get("/api/v1/exercise").status, 404u);
}

}  // namespace
}  // namespace custos::test
