// Party screening: one name (and optionally its country and kind) against
// the administration's imported lists, answered as `custos screen --json`
// prints it: the best match with its explanation, and the other candidates.
#include <cmath>
#include <map>
#include <memory>

#include "server/api_error.hpp"
#include "server/targeting_support.hpp"
#ifdef CUSTOS_TARGETING_WITH_SCREEN
#include "screen/country_names.hpp"
#include "screen/list_versions.hpp"
#include "screen/screen.hpp"
#endif

namespace custos::server {
namespace {

using auth::Role;
const Access kScreeners = Access::only({Role::officer, Role::supervisor, Role::analyst});

#ifdef CUSTOS_TARGETING_WITH_SCREEN
// The screener of this worker for the caller's administration, rebuilt when its lists change.
std::shared_ptr<const screen::Screener> screener(RequestContext& ctx) {
  struct Cached {
    std::string fingerprint;
    std::shared_ptr<const screen::Screener> screener;
  };
  thread_local std::map<std::pair<const Store*, std::string>, Cached> cache;
  Cached& c = cache[{&ctx.store(), ctx.store().administration()}];
  const std::string now = targeting::fingerprint(ctx.store());
  if (!c.screener || c.fingerprint != now) {
    auto entities = screen::load_active_lists(ctx.store());
    c.screener = entities.empty() ? nullptr : std::make_shared<const screen::Screener>(std::move(entities));
    c.fingerprint = now;
  }
  return c.screener;
}

nlohmann::json match_json(const screen::ScreenResult& r) {
  return {{"list", r.entity->list},
          {"id", r.entity->id},
          {"name", r.entity->primary_name()},
          {"kind", screen::to_string(r.entity->kind)},
          {"matched_name", r.matched_name},
          {"name_strength", screen::to_string(r.strength)},
          {"score", std::round(r.score * 1000.0) / 1000.0},
          {"alert", r.alert}};
}
#endif

Reply screen_name(RequestContext& ctx) {
  ctx.only_query({});
  JsonFields f(ctx.json());
  const std::string name = f.string("name");
  const auto country = f.optional_string("country");
  const auto kind = f.optional_string("kind");
  const auto max = f.optional_integer("max_results", 1, 50);
  f.done();
  if (name.find_first_not_of(" \t") == std::string::npos)
    throw ApiError("invalid_value", "name", "a name is needed").said("name_needed");
  if (name.size() > 500)
    throw ApiError("invalid_value", "name", "at most 500 bytes").said("at_most_bytes", {{"n", "500"}});
#ifdef CUSTOS_TARGETING_WITH_SCREEN
  screen::ScreenQuery q;
  if (country && !country->empty()) {
    q.country = screen::country_from_name(*country);
    if (!q.country)
      throw ApiError("invalid_value", "country", "an ISO 3166 code such as IR, or a country name")
          .said("screen_country");
  }
  if (kind && !kind->empty()) {
    q.kind = screen::parse_entity_kind(*kind);
    if (!q.kind)
      throw ApiError("invalid_value", "kind", "person, organisation, vessel or aircraft").said("screen_kind");
  }
  if (max) q.max_results = static_cast<size_t>(*max);
  auto s = screener(ctx);
  if (!s)
    throw ApiError("not_configured", "", "no screening list is imported (custos lists import)")
        .said("no_screening_list");
  const auto results = s->screen(name, q);
  const screen::QueryReading reading = s->read_query(name, q);
  nlohmann::json candidates = nlohmann::json::array();
  for (const auto& r : results) candidates.push_back(match_json(r));
  if (results.empty())
    return Reply::json({{"query", name},
                        {"reading", reading.reason},
                        {"score", 0.0},
                        {"alert", false},
                        {"match", nullptr},
                        {"explanation", nullptr},
                        {"candidates", candidates}});
  const auto& best = results.front();
  return Reply::json({{"query", name},
                      {"reading", reading.reason},
                      {"score", std::round(best.score * 1000.0) / 1000.0},
                      {"alert", best.alert},
                      {"match", match_json(best)},
                      {"explanation", best.explanation(name)},
                      {"candidates", candidates}});
#else
  (void)country;
  (void)kind;
  (void)max;
  throw ApiError("not_implemented", "", "this build has no screening").said("no_screening_build");
#endif
}

}  // namespace

void register_screen_routes(Router& router) {
  router.add(http::verb::post, "/api/v1/screen", kScreeners, screen_name);
}

}  // namespace custos::server
