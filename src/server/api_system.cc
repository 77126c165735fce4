// System routes: health (no login), the OpenAPI document, metrics.
#include "server/metrics.hpp"
#include "server/openapi.hpp"
#include "server/request_context.hpp"

namespace custos::server {
namespace {

using auth::Role;

Reply health(RequestContext& ctx) {
  ctx.only_query({});
  auto r = ctx.store().sql().query_one("SELECT max(version) FROM schema_migrations");
  return Reply::json({{"status", "ok"}, {"schema", r ? r->integer(0) : 0}});
}

Reply openapi(RequestContext& ctx) {
  ctx.only_query({});
  return Reply::json(openapi_document());
}

Reply metrics(RequestContext& ctx) {
  ctx.only_query({});
  return Reply::text(ctx.services().metrics.render(), "text/plain; version=0.0.4; charset=utf-8");
}

}  // namespace

void register_system_routes(Router& router) {
  router.add(http::verb::get, "/api/v1/health", Access::anyone(), health);
  router.add(http::verb::get, "/api/v1/openapi.json", Access::anyone(), openapi);
  router.add(http::verb::get, "/api/v1/metrics", Access::only({Role::admin, Role::auditor}), metrics);
}

}  // namespace custos::server
