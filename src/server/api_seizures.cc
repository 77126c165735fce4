// Seizures of the caller's administration: list, record (JSON or the
// canonical seizure CSV), show, chain of custody (docs/records.md).
#include <set>

#include "records/seizure_reader.hpp"
#include "records/seizure_store.hpp"
#include "server/api_error.hpp"
#include "server/json_body.hpp"
#include "server/reject_error.hpp"
#include "server/request_context.hpp"
#include "server/router.hpp"

namespace custos::server {
namespace {

using auth::Role;
// Nominal data: partners, instructors and trainees see none of it.
const Access kReaders =
    Access::only({Role::admin, Role::analyst, Role::supervisor, Role::officer, Role::auditor});
const Access kWriters = Access::only({Role::admin, Role::analyst, Role::supervisor, Role::officer});

std::optional<Date> date_query(RequestContext& ctx, const char* name) {
  auto v = ctx.query(name);
  if (!v) return std::nullopt;
  auto d = Date::parse(*v);
  if (!d) throw ApiError("bad_query", name, "expected a date YYYY-MM-DD").said("date");
  return d;
}

Reply list(RequestContext& ctx) {
  ctx.only_query({"from", "to", "domain", "operation"});
  records::SeizureFilter f;
  f.from = date_query(ctx, "from");
  f.to = date_query(ctx, "to");
  f.domain = ctx.query("domain").value_or("");
  f.operation = ctx.query("operation").value_or("");
  nlohmann::json arr = nlohmann::json::array();
  for (const records::Seizure& s : records::list_seizures(ctx.store(), f)) arr.push_back(records::to_json(s));
  return Reply::json({{"seizures", arr}});
}

// A JSON object (one record), {"seizures":[...]}, text/csv or application/x-ndjson.
Reply record(RequestContext& ctx) {
  ctx.only_query({});
  records::SeizureRead read;
  const std::string type = ctx.content_type();
  if (type == "text/csv") {
    read = records::read_seizures_csv(ctx.body());
  } else if (type == "application/x-ndjson") {
    read = records::read_seizures_ndjson(ctx.body());
  } else {
    nlohmann::json body = ctx.json();
    nlohmann::json list = nlohmann::json::array();
    if (body.is_object() && body.contains("seizures")) {
      JsonFields f(body);
      const nlohmann::json* v = f.optional_value("seizures");
      f.done();
      if (!v->is_array())
        throw ApiError("wrong_type", "seizures", "an array of seizure records").said("seizures_array");
      list = *v;
    } else {
      list.push_back(body);
    }
    std::string nd;
    for (const auto& r : list) nd += r.dump() + "\n";
    read = records::read_seizures_ndjson(nd);
  }
  for (const records::Reject& r : read.rejects)
    if (r.field == "header") throw header_error(r);
  int64_t stored = 0, duplicates = 0;
  {
    sql::Transaction tx(ctx.store().sql());
    for (const auto& [line, s] : read.records)
      if (records::put_seizure(ctx.store(), s, ctx.actor(), "api") == records::PutResult::duplicate)
        ++duplicates;
      else
        ++stored;
    tx.commit();
  }
  std::set<int64_t> bad;
  nlohmann::json rejects = nlohmann::json::array();
  for (const records::Reject& r : read.rejects) {
    bad.insert(r.line);
    rejects.push_back(
        {{"line", r.line}, {"seizure_id", r.seizure_id}, {"field", r.field}, {"reason", r.reason}});
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
  ctx.only_query({});
  const std::string& id = ctx.param("seizure_id");
  auto s = records::get_seizure(ctx.store(), id);
  if (!s) throw ApiError("not_found", "", "no seizure " + id).said("no_seizure", {{"id", id}});
  nlohmann::json j = records::to_json(*s);
  nlohmann::json files = nlohmann::json::array(), chain = nlohmann::json::array();
  for (const auto& f : records::seizure_files(ctx.store(), id))
    files.push_back({{"sha256", f.sha256},
                     {"name", f.name},
                     {"size", f.size},
                     {"added_by", f.added_by},
                     {"added_at", f.added_at}});
  for (const auto& e : records::custody(ctx.store(), id))
    chain.push_back({{"seq", e.seq},
                     {"at", e.at},
                     {"actor", e.actor},
                     {"action", e.action},
                     {"place", e.place},
                     {"note", e.note}});
  j["files"] = files;
  j["custody"] = chain;
  return Reply::json(j);
}

Reply add_custody(RequestContext& ctx) {
  ctx.only_query({});
  const std::string& id = ctx.param("seizure_id");
  if (!records::get_seizure(ctx.store(), id))
    throw ApiError("not_found", "", "no seizure " + id).said("no_seizure", {{"id", id}});
  JsonFields f(ctx.json());
  const std::string action = f.string("action");
  const std::string place = f.optional_string("place").value_or("");
  const std::string note = f.optional_string("note").value_or("");
  f.done();
  if (action.empty())
    throw ApiError("invalid_value", "action", "say what happened (sealed, transferred...)")
        .said("custody_action");
  auto e = records::add_custody_event(ctx.store(), id, action, place, note, ctx.actor());
  return Reply::json({{"seq", e.seq},
                      {"at", e.at},
                      {"actor", e.actor},
                      {"action", e.action},
                      {"place", e.place},
                      {"note", e.note}},
                     201);
}

}  // namespace

void register_seizures_routes(Router& router) {
  router.add(http::verb::get, "/api/v1/seizures", kReaders, list);
  router.add(http::verb::post, "/api/v1/seizures", kWriters, record, BodyLimit::lodging);
  router.add(http::verb::get, "/api/v1/seizures/{seizure_id}", kReaders, show);
  router.add(http::verb::post, "/api/v1/seizures/{seizure_id}/custody", kWriters, add_custody);
}

}  // namespace custos::server
