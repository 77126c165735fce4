// Profile packs (a pack is one profile file; src/targeting/profiles.hpp):
// the list, one pack's TOML text, an analyst's edit (checked with the whole
// set, audited) and a check without storing.
#include "server/api_error.hpp"
#include "server/targeting_support.hpp"
#include "targeting/profiles.hpp"

namespace custos::server {
namespace {

using auth::Role;
const Access kReaders = Access::only({Role::analyst, Role::supervisor, Role::officer});
const Access kAnalysts = Access::only({Role::analyst});

std::string pack_id(RequestContext& ctx) {
  const std::string& id = ctx.param("pack");
  if (!targeting::valid_pack_id(id))
    throw ApiError("not_found", "",
                   "no profile pack " + id + " (ids are lower-case letters, digits, '-' and '_')")
        .said("no_profile_pack_id", {{"id", id}});
  return id;
}

// The body as TOML text.
std::string toml_body(RequestContext& ctx) {
  const std::string type = ctx.content_type();
  if (type != "application/toml" && type != "text/plain")
    throw ApiError("unsupported_media_type", "", "application/toml (or text/plain)").said("toml_media");
  return ctx.body();
}

nlohmann::json errors_json(const std::vector<risk::LoadError>& errors) {
  nlohmann::json out = nlohmann::json::array();
  for (const risk::LoadError& e : errors)
    out.push_back(
        {{"file", e.file}, {"line", e.line}, {"column", e.column}, {"message", e.message}, {"hint", e.hint}});
  return out;
}

Reply list(RequestContext& ctx) {
  ctx.only_query({});
  nlohmann::json packs = nlohmann::json::array();
  for (const targeting::Pack& p : targeting::list_packs(ctx.store(), data_dir(ctx.services().options))) {
    nlohmann::json profiles = nlohmann::json::array();
    for (const auto& q : p.profiles)
      profiles.push_back({{"id", q.id},
                          {"title", q.title},
                          {"domain", q.domain},
                          {"min_lane", q.min_lane},
                          {"enabled", q.enabled}});
    packs.push_back({{"id", p.id}, {"origin", p.origin}, {"version", p.version}, {"profiles", profiles}});
  }
  return Reply::json({{"packs", packs}});
}

Reply show(RequestContext& ctx) {
  ctx.only_query({});
  const std::string id = pack_id(ctx);
  auto text = targeting::pack_text(ctx.store(), data_dir(ctx.services().options), id);
  if (!text) throw ApiError("not_found", "", "no profile pack " + id).said("no_profile_pack", {{"id", id}});
  return Reply::text(*text, "application/toml; charset=utf-8");
}

Reply put(RequestContext& ctx) {
  ctx.only_query({});
  const std::string id = pack_id(ctx);
  const std::string text = toml_body(ctx);
  targeting::PutResult r =
      targeting::put_pack(ctx.store(), ctx.actor(), data_dir(ctx.services().options), id, text);
  if (!r.errors.empty()) {
    Reply reply = Reply::json({{"error",
                                {{"code", "invalid_profile"},
                                 {"message", error_message("invalid_profile", "", r.errors.front().str())},
                                 {"field", nullptr}}},
                               {"errors", errors_json(r.errors)}},
                              422);
    return reply;
  }
  return Reply::json({{"id", id}, {"version", r.version}, {"created", r.created}}, r.created ? 201 : 200);
}

Reply check(RequestContext& ctx) {
  ctx.only_query({"id"});
  std::string id = ctx.query("id").value_or("checked");
  if (!targeting::valid_pack_id(id))
    throw ApiError("bad_query", "id", "lower-case letters, digits, '-' and '_'").said("pack_id_chars");
  const std::string text = toml_body(ctx);
  return Reply::json({{"errors", errors_json(targeting::check_pack(
                                     ctx.store(), data_dir(ctx.services().options), id, text))}});
}

}  // namespace

void register_profiles_routes(Router& router) {
  router.add(http::verb::get, "/api/v1/profiles", kReaders, list);
  router.add(http::verb::post, "/api/v1/profiles/check", kAnalysts, check);
  router.add(http::verb::get, "/api/v1/profiles/{pack}", kReaders, show);
  router.add(http::verb::put, "/api/v1/profiles/{pack}", kAnalysts, put);
}

}  // namespace custos::server
