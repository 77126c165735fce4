// The permit registry of the caller's administration: list with balances,
// import (the permit CSV), one permit's balance (docs/records.md).
#include <set>

#include "core/clock.hpp"
#include "records/permit.hpp"
#include "server/api_error.hpp"
#include "server/reject_error.hpp"
#include "server/request_context.hpp"

namespace custos::server {
namespace {

using auth::Role;
const Access kReaders =
    Access::only({Role::admin, Role::analyst, Role::supervisor, Role::officer, Role::auditor});
const Access kWriters = Access::only({Role::admin, Role::supervisor});

Reply list(RequestContext& ctx) {
  ctx.only_query({});
  nlohmann::json arr = nlohmann::json::array();
  for (const records::Permit& p : records::list_permits(ctx.store())) {
    nlohmann::json b = records::balance_json(ctx.store(), p, today_utc());
    b.erase("draws");
    arr.push_back(b);
  }
  return Reply::json({{"permits", arr}});
}

Reply import(RequestContext& ctx) {
  ctx.only_query({});
  if (ctx.content_type() != "text/csv")
    throw ApiError("unsupported_media_type", "", "text/csv (the permit CSV)").said("permit_csv");
  records::PermitRead read = records::read_permits_csv(ctx.body());
  for (const records::Reject& r : read.rejects)
    if (r.field == "header") throw header_error(r);
  int64_t stored = 0, duplicates = 0;
  {
    sql::Transaction tx(ctx.store().sql());
    for (const auto& [line, p] : read.records)
      if (records::put_permit(ctx.store(), p, ctx.actor(), "api") == records::PutResult::duplicate)
        ++duplicates;
      else
        ++stored;
    records::refresh_draws(ctx.store());
    tx.commit();
  }
  std::set<int64_t> bad;
  nlohmann::json rejects = nlohmann::json::array();
  for (const records::Reject& r : read.rejects) {
    bad.insert(r.line);
    rejects.push_back({{"line", r.line}, {"permit", r.seizure_id}, {"field", r.field}, {"reason", r.reason}});
    if (!r.code.empty()) rejects.back()["message"] = {{"code", r.code}, {"params", r.params}};
  }
  return Reply::json({{"read", read.read},
                      {"stored", stored},
                      {"rejected", bad.size()},
                      {"duplicates", duplicates},
                      {"rejects", rejects}},
                     read.records.empty() && !bad.empty() ? 422 : 200);
}

Reply show(RequestContext& ctx) {
  ctx.only_query({"on"});
  const std::string& key = ctx.param("permit");
  const size_t colon = key.find(':');
  std::optional<records::Permit> p;
  if (colon != std::string::npos)
    p = records::get_permit(ctx.store(), key.substr(0, colon), key.substr(colon + 1));
  if (!p) throw ApiError("not_found", "", "no permit " + key).said("no_permit", {{"permit", key}});
  Date on = today_utc();
  if (auto v = ctx.query("on")) {
    auto d = Date::parse(*v);
    if (!d) throw ApiError("bad_query", "on", "expected a date YYYY-MM-DD").said("date");
    on = *d;
  }
  return Reply::json(records::balance_json(ctx.store(), *p, on));
}

}  // namespace

void register_permits_routes(Router& router) {
  router.add(http::verb::get, "/api/v1/permits", kReaders, list);
  router.add(http::verb::post, "/api/v1/permits", kWriters, import, BodyLimit::lodging);
  router.add(http::verb::get, "/api/v1/permits/{permit}", kReaders, show);
}

}  // namespace custos::server
