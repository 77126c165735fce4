// The administrations this store knows (admins only).
#include "auth/administrations.hpp"
#include "server/api_error.hpp"
#include "server/request_context.hpp"

namespace custos::server {
namespace {

using auth::Role;
const Access kAdmins = Access::only({Role::admin});

nlohmann::json administration_json(const auth::Administration& a) {
  return {{"code", a.code}, {"name", a.name}, {"own", a.own}, {"created_at", a.created_at}};
}

Reply list(RequestContext& ctx) {
  ctx.only_query({});
  nlohmann::json out = nlohmann::json::array();
  for (const auto& a : auth::list_administrations(ctx.store())) out.push_back(administration_json(a));
  return Reply::json({{"administrations", out}});
}

Reply add(RequestContext& ctx) {
  ctx.only_query({});
  JsonFields f(ctx.json());
  const std::string code = f.string("code");
  const std::string name = f.string("name");
  f.done();
  try {
    return Reply::json(administration_json(auth::add_administration(ctx.store(), ctx.actor(), code, name)),
                       201);
  } catch (const ConflictError&) {
    throw ApiError("conflict", "code", "administration " + code + " exists")
        .said("administration_exists", {{"code", code}});
  }
}

}  // namespace

void register_administrations_routes(Router& router) {
  router.add(http::verb::get, "/api/v1/administrations", kAdmins, list);
  router.add(http::verb::post, "/api/v1/administrations", kAdmins, add);
}

}  // namespace custos::server
