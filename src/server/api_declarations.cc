// Declarations: lodging (stored and assessed at once), one declaration with
// its versions, assessment and outcome, the day's targets, outcomes and lane
// overrides. Officers see their own office only.
#include "core/declaration_json.hpp"
#include "server/api_error.hpp"
#include "server/targeting_support.hpp"
#include "targeting/actions.hpp"

namespace custos::server {
namespace {

using auth::Role;
const Access kOfficers = Access::only({Role::officer, Role::supervisor, Role::analyst});
const Access kSupervisors = Access::only({Role::supervisor});

// The declaration of the path in the caller's administration and scope.
Declaration existing(RequestContext& ctx) {
  auto d = ctx.store().get(ctx.param("id"));
  if (!d || !in_scope(ctx, *d))
    throw ApiError("not_found", "", "no declaration " + ctx.param("id"))
        .said("no_declaration", {{"id", ctx.param("id")}});
  return *d;
}

nlohmann::json rejects_json(const std::vector<targeting::Reject>& rejects) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& r : rejects) {
    if (out.size() >= 1000) break;
    out.push_back({{"line", r.line}, {"field", r.field}, {"reason", r.reason}});
  }
  return out;
}

Reply lodge(RequestContext& ctx) {
  ctx.only_query({});
  targeting::ParsedBody body = declarations_body(ctx);
  if (ctx.caller().role == Role::officer)
    for (const Declaration& d : body.declarations)
      if (!in_scope(ctx, d))
        throw ApiError("forbidden", "office", "officers lodge declarations of their own office only")
            .said("own_office_lodge");
  // The engine for the store with the declarations in it (the built-in
  // disguise model's fit is judged on them too: risk::BuiltinFit).
  auto engine_now = [&ctx]() -> targeting::Engine* {
    try {
      return &engine(ctx);
    } catch (const ApiError&) {
      // A broken profile set: the declarations are stored and stay marked for assessment.
      return nullptr;
    }
  };
  targeting::LodgeResult r = targeting::lodge(ctx.store(), engine_now, online_policy(ctx.services().options),
                                              ctx.actor(), std::move(body), "api:" + ctx.caller().username);
  nlohmann::json assessments = nlohmann::json::array();
  for (const risk::Assessment& a : r.assessments) {
    const nlohmann::json j = risk::to_json(a);
    assessments.push_back({{"declaration_id", a.declaration_id}, {"lane", j["lane"]}, {"score", j["score"]}});
  }
  return Reply::json({{"read", r.read},
                      {"stored", r.stored},
                      {"amended", r.amended},
                      {"rejected", r.rejected},
                      {"duplicates", r.duplicates},
                      {"unassessed", r.unassessed},
                      {"rejects", rejects_json(r.rejects)},
                      {"assessments", assessments}});
}

Reply show(RequestContext& ctx) {
  ctx.only_query({});
  const Declaration d = existing(ctx);
  nlohmann::json versions = nlohmann::json::array();
  for (const StoredVersion& v : ctx.store().history(d.id))
    versions.push_back(
        {{"version", v.version}, {"digest", v.digest}, {"source", v.source}, {"stored_at", v.stored_at}});
  auto a = targeting::latest_assessment(ctx.store(), d.id);
  auto o = targeting::latest_outcome(ctx.store(), d.id);
  return Reply::json({{"declaration", to_json(d)},
                      {"versions", versions},
                      {"assessment", a ? a->assessment : nlohmann::json(nullptr)},
                      {"outcome", o ? *o : nlohmann::json(nullptr)}});
}

Reply list_targets(RequestContext& ctx) {
  ctx.only_query({"date", "office", "lane", "domain", "limit"});
  targeting::TargetQuery q;
  auto date = ctx.query("date");
  if (!date) throw ApiError("bad_query", "date", "give the day as YYYY-MM-DD").said("day_as");
  auto day = Date::parse(*date);
  if (!day) throw ApiError("bad_query", "date", "expected YYYY-MM-DD").said("day");
  q.day = day->str();
  q.office = ctx.query("office").value_or("");
  if (ctx.caller().role == Role::officer) {
    if (!q.office.empty() && q.office != ctx.caller().office)
      throw ApiError("forbidden", "office", "officers see their own office's targets only")
          .said("own_office_targets");
    q.office = ctx.caller().office;
  }
  if (auto lane = ctx.query("lane")) {
    auto l = risk::parse_lane(*lane);
    if (!l) throw ApiError("bad_query", "lane", "one of green, blue, yellow, orange, red").said("lane");
    q.at_least = *l;
  }
  if (auto domain = ctx.query("domain")) {
    auto d = parse_domain(*domain);
    if (!d) throw ApiError("bad_query", "domain", "not a known domain").said("not_known_domain");
    q.domain = std::string(to_string(*d));
  }
  q.limit = static_cast<int>(ctx.query_integer("limit", 100, 1, 1000));
  nlohmann::json out = nlohmann::json::array();
  for (const targeting::StoredAssessment& s : targeting::targets(ctx.store(), q))
    out.push_back({{"declaration_id", s.declaration_id},
                   {"office", s.office},
                   {"lane", s.lane},
                   {"score", s.assessment.value("score", s.score)},
                   {"selected_by", s.selected_by},
                   {"findings", s.findings}});
  return Reply::json({{"date", q.day}, {"targets", out}});
}

// A refused outcome or override, its detail as a message when it has one.
ApiError invalid_input(const targeting::InvalidInput& e) {
  ApiError a("invalid_value", e.field(), e.what());
  for (const char* id : {"inspection_result", "illicit_domain", "lane", "override_reason"}) a.said(id);
  a.said("at_most_bytes", {{"n", "4000"}});
  return a;
}

Reply outcome(RequestContext& ctx) {
  ctx.only_query({});
  const Declaration d = existing(ctx);
  JsonFields f(ctx.json());
  targeting::OutcomeInput in;
  in.inspection_result = f.string("inspection_result");
  in.fraud = f.optional_boolean("fraud");
  in.illicit_domain = f.optional_string("illicit_domain").value_or("");
  in.notes = f.optional_string("notes").value_or("");
  f.done();
  try {
    const int64_t event = targeting::record_outcome(ctx.store(), ctx.actor(), d.id, in);
    return Reply::json({{"declaration_id", d.id},
                        {"event", event},
                        {"outcome", *targeting::latest_outcome(ctx.store(), d.id)}},
                       201);
  } catch (const targeting::InvalidInput& e) {
    throw invalid_input(e);
  }
}

Reply override_lane(RequestContext& ctx) {
  ctx.only_query({});
  const Declaration d = existing(ctx);
  JsonFields f(ctx.json());
  const std::string lane = f.string("lane");
  const std::string reason = f.string("reason");
  f.done();
  try {
    const int64_t event = targeting::record_override(ctx.store(), ctx.actor(), d.id, lane, reason);
    auto a = targeting::latest_assessment(ctx.store(), d.id);
    return Reply::json({{"declaration_id", d.id},
                        {"event", event},
                        {"lane", lane},
                        {"reason", reason},
                        {"assessment", a ? a->assessment : nlohmann::json(nullptr)}},
                       201);
  } catch (const targeting::InvalidInput& e) {
    throw invalid_input(e);
  }
}

}  // namespace

void register_declarations_routes(Router& router) {
  router.add(http::verb::post, "/api/v1/declarations", kOfficers, lodge, BodyLimit::lodging);
  router.add(http::verb::get, "/api/v1/declarations/{id}", kOfficers, show);
  router.add(http::verb::post, "/api/v1/declarations/{id}/outcome", kOfficers, outcome);
  router.add(http::verb::post, "/api/v1/declarations/{id}/override", kSupervisors, override_lane);
  router.add(http::verb::get, "/api/v1/targets", kOfficers, list_targets);
}

}  // namespace custos::server
