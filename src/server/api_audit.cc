// The audit log of the caller's administration (auditors and admins).
#include "audit/audit.hpp"
#include "server/request_context.hpp"

namespace custos::server {
namespace {

using auth::Role;
const Access kReaders = Access::only({Role::auditor, Role::admin});

Reply list(RequestContext& ctx) {
  ctx.only_query({"after", "limit"});
  const int64_t after = ctx.query_integer("after", 0, 0, INT64_MAX);
  const int64_t limit = ctx.query_integer("limit", 100, 1, 1000);
  nlohmann::json out = nlohmann::json::array();
  int64_t last = after;
  for (const audit::Entry& e : audit::entries(ctx.store(), after, static_cast<int>(limit))) {
    out.push_back(audit::to_json(e));
    last = e.seq;
  }
  return Reply::json(
      {{"administration", ctx.store().administration()}, {"entries", out}, {"next_after", last}});
}

Reply verify(RequestContext& ctx) {
  ctx.only_query({});
  audit::Verification v = audit::verify(ctx.store());
  return Reply::json({{"administration", v.administration},
                      {"entries", v.entries},
                      {"ok", v.ok},
                      {"first_bad", v.first_bad ? nlohmann::json(*v.first_bad) : nlohmann::json(nullptr)},
                      {"problem", v.problem}});
}

}  // namespace

void register_audit_routes(Router& router) {
  Route reading;  // a page of the log: a replica a moment behind serves it as well
  reading.method = http::verb::get;
  reading.pattern = "/api/v1/audit";
  reading.access = kReaders;
  reading.handler = list;
  reading.replica = true;
  router.add(std::move(reading));
  router.add(http::verb::get, "/api/v1/audit/verify", kReaders, verify);
}

}  // namespace custos::server
