// What-if assessment: the same bodies as lodging, assessed with every source
// of the caller's administration and nothing stored. Each assessment is
// exactly the line `custos assess` writes; no capacity or random floor is
// drawn (nothing is allocated), recorded overrides apply.
#include "risk/override.hpp"
#include "server/api_error.hpp"
#include "server/targeting_support.hpp"

namespace custos::server {
namespace {

using auth::Role;
const Access kAssessors = Access::only({Role::officer, Role::supervisor, Role::analyst});

Reply assess(RequestContext& ctx) {
  ctx.only_query({});
  targeting::ParsedBody body = declarations_body(ctx);
  nlohmann::json out = nlohmann::json::array();
  // The whole body in one call (the model explains it at once).
  std::vector<risk::Assessment> assessed;
  if (!body.declarations.empty())
    assessed = engine(ctx).assess(std::span<const Declaration>(body.declarations), false);
  for (size_t i = 0; i < assessed.size(); ++i) {
    const Declaration& d = body.declarations[i];
    risk::Assessment& a = assessed[i];
    std::optional<risk::LaneOverride> last;
    for (const Event& ev : ctx.store().events("override", d.id))
      if (auto o = risk::override_from_event(ev)) last = *o;
    if (last) risk::apply_override(a, *last);
    out.push_back(risk::to_json(a));
  }
  nlohmann::json rejects = nlohmann::json::array();
  for (const auto& r : body.rejects) {
    if (rejects.size() >= 1000) break;
    rejects.push_back({{"line", r.line}, {"field", r.field}, {"reason", r.reason}});
  }
  return Reply::json(
      {{"read", body.read}, {"rejected", body.rejected}, {"rejects", rejects}, {"assessments", out}});
}

}  // namespace

void register_assess_routes(Router& router) {
  router.add(http::verb::post, "/api/v1/assess", kAssessors, assess, BodyLimit::lodging);
}

}  // namespace custos::server
