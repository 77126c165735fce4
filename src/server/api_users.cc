// Users of the caller's administration (admins only): list, add, disable,
// enable, set a password, issue an API token.
#include "auth/users.hpp"
#include "server/api_error.hpp"
#include "server/request_context.hpp"

namespace custos::server {
namespace {

using auth::Role;
const Access kAdmins = Access::only({Role::admin});

nlohmann::json user_json(const auth::User& u) {
  return {{"username", u.username},    {"role", auth::role_name(u.role)},
          {"office", u.office},        {"administration", u.administration},
          {"disabled", u.disabled},    {"created_at", u.created_at},
          {"updated_at", u.updated_at}};
}

auth::User existing(RequestContext& ctx) {
  auto u = auth::find_user(ctx.store(), ctx.param("username"));
  if (!u)
    throw ApiError("not_found", "", "no user " + ctx.param("username"))
        .said("no_user", {{"username", ctx.param("username")}});
  return *u;
}

Reply list(RequestContext& ctx) {
  ctx.only_query({});
  nlohmann::json users = nlohmann::json::array();
  for (const auth::User& u : auth::list_users(ctx.store())) users.push_back(user_json(u));
  return Reply::json({{"users", users}});
}

Reply add(RequestContext& ctx) {
  ctx.only_query({});
  JsonFields f(ctx.json());
  auth::NewUser n;
  n.username = f.string("username");
  const std::string role = f.string("role");
  n.office = f.optional_string("office").value_or("");
  n.password = f.string("password");
  f.done();
  auto r = auth::parse_role(role);
  if (!r)
    throw ApiError("invalid_value", "role", "one of " + auth::role_names(", "))
        .said("one_of", {{"values", auth::role_names(", ")}});
  n.role = *r;
  try {
    return Reply::json(user_json(auth::add_user(ctx.store(), ctx.actor(), n)), 201);
  } catch (const ConflictError&) {
    throw ApiError("conflict", "username", "user " + n.username + " exists")
        .said("user_exists", {{"username", n.username}});
  }
}

Reply show(RequestContext& ctx) {
  ctx.only_query({});
  return Reply::json(user_json(existing(ctx)));
}

Reply set_disabled(RequestContext& ctx, bool disabled) {
  ctx.only_query({});
  existing(ctx);
  if (disabled && ctx.param("username") == ctx.caller().username)
    throw ApiError("invalid_value", "username", "you cannot disable your own account").said("own_account");
  auth::set_disabled(ctx.store(), ctx.actor(), ctx.param("username"), disabled);
  return Reply::json(user_json(existing(ctx)));
}

Reply set_password(RequestContext& ctx) {
  ctx.only_query({});
  existing(ctx);
  JsonFields f(ctx.json());
  const std::string password = f.string("password");
  f.done();
  auth::set_password(ctx.store(), ctx.actor(), ctx.param("username"), password);
  return Reply::no_content();
}

Reply issue_token(RequestContext& ctx) {
  ctx.only_query({});
  existing(ctx);
  std::string label;
  if (!ctx.body().empty()) {
    JsonFields f(ctx.json());
    label = f.optional_string("label").value_or("");
    f.done();
  }
  auth::IssuedToken t = auth::issue_token(ctx.store(), ctx.actor(), ctx.param("username"), label);
  return Reply::json(
      {{"username", ctx.param("username")}, {"token", t.token}, {"prefix", t.prefix}, {"label", t.label}},
      201);
}

}  // namespace

void register_users_routes(Router& router) {
  router.add(http::verb::get, "/api/v1/users", kAdmins, list);
  router.add(http::verb::post, "/api/v1/users", kAdmins, add);
  router.add(http::verb::get, "/api/v1/users/{username}", kAdmins, show);
  router.add(http::verb::post, "/api/v1/users/{username}/disable", kAdmins,
             [](RequestContext& ctx) { return set_disabled(ctx, true); });
  router.add(http::verb::post, "/api/v1/users/{username}/enable", kAdmins,
             [](RequestContext& ctx) { return set_disabled(ctx, false); });
  router.add(http::verb::put, "/api/v1/users/{username}/password", kAdmins, set_password);
  router.add(http::verb::post, "/api/v1/users/{username}/tokens", kAdmins, issue_token);
}

}  // namespace custos::server
