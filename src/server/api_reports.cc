// Reports of the caller's administration: the operation report (JSON or
// self-contained HTML) and the profile report (docs/records.md).
#include "report/operation_report.hpp"
#include "risk/profile_set.hpp"
#include "server/api_error.hpp"
#include "server/request_context.hpp"

namespace custos::server {
namespace {

using auth::Role;
const Access kReaders = Access::only({Role::admin, Role::analyst, Role::supervisor, Role::auditor});

std::string format_of(RequestContext& ctx) {
  std::string f = ctx.query("format").value_or("json");
  if (f != "json" && f != "html") throw ApiError("bad_query", "format", "json or html").said("json_or_html");
  return f;
}

Reply operation(RequestContext& ctx) {
  ctx.only_query({"name", "from", "to", "domain", "format"});
  report::OperationQuery q;
  for (const char* k : {"from", "to"}) {
    auto v = ctx.query(k);
    if (!v) throw ApiError("bad_query", k, "required, a date YYYY-MM-DD").said("date_required");
    auto d = Date::parse(*v);
    if (!d) throw ApiError("bad_query", k, "expected a date YYYY-MM-DD").said("date");
    (std::string(k) == "from" ? q.from : q.to) = *d;
  }
  if (q.to < q.from) throw ApiError("bad_query", "to", "before 'from'").said("before_from");
  q.name = ctx.query("name").value_or("");
  q.domain = ctx.query("domain").value_or("");
  if (!q.domain.empty() && !parse_domain(q.domain))
    throw ApiError("bad_query", "domain", "not a domain").said("report_domain");
  const std::string format = format_of(ctx);
  nlohmann::json j = report::operation_report(ctx.store(), q);
  if (format == "html") return Reply::text(report::operation_html(j), "text/html; charset=utf-8");
  return Reply::json(j);
}

Reply profiles(RequestContext& ctx) {
  ctx.only_query({"format"});
  const std::string format = format_of(ctx);
  const std::string data = std::getenv("CUSTOS_DATA") ? std::getenv("CUSTOS_DATA") : CUSTOS_DATA_DIR;
  auto r = risk::load_profile_set(risk::default_profiles_path(data), risk::default_groups_path(data));
  if (!r.ok())
    throw ApiError("not_implemented", "", "the profile packs could not be loaded on this server")
        .said("packs_not_loaded");
  risk::ProfileEngine engine(std::move(r.profiles));
  nlohmann::json j = report::profile_report(ctx.store(), engine);
  if (format == "html") return Reply::text(report::profile_html(j), "text/html; charset=utf-8");
  return Reply::json(j);
}

}  // namespace

void register_reports_routes(Router& router) {
  router.add(http::verb::get, "/api/v1/reports/operation", kReaders, operation);
  router.add(http::verb::get, "/api/v1/reports/profiles", kReaders, profiles);
}

}  // namespace custos::server
