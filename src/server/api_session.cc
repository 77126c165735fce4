// Logging in and out, and who am I.
#include "auth/login.hpp"
#include "auth/password.hpp"
#include "auth/users.hpp"
#include "server/api_error.hpp"
#include "server/options.hpp"
#include "server/request_context.hpp"

namespace custos::server {
namespace {

std::string cookie(const ServerOptions& o, const std::string& value, long long max_age) {
  std::string c = o.session_cookie() + "=" + value +
                  "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" + std::to_string(max_age);
  if (o.tls()) c += "; Secure";
  return c;
}

Reply login(RequestContext& ctx) {
  ctx.only_query({});
  JsonFields f(ctx.json());
  const std::string username = f.string("username");
  const std::string password = f.string("password");
  f.done();
  if (username.size() > 64) throw ApiError("invalid_credentials");
  if (password.size() > 4096)
    throw ApiError("invalid_value", "password", "longer than 4096 bytes")
        .said("longer_than_bytes", {{"n", "4096"}});
  const ServerOptions& o = ctx.services().options;
  auto result = auth::login(ctx.store(), username, password, ctx.address(), o.login_policy());
  if (!result) throw ApiError("invalid_credentials");
  const auth::Principal& p = result->principal;
  Reply r = Reply::json({{"username", p.username},
                         {"role", auth::role_name(p.role)},
                         {"administration", p.administration},
                         {"office", p.office},
                         {"csrf_token", result->session.csrf}});
  r.headers.emplace_back("Set-Cookie", cookie(o, result->session.id, o.session_absolute_timeout));
  return r;
}

Reply logout(RequestContext& ctx) {
  ctx.only_query({});
  if (!ctx.session_id().empty()) auth::logout(ctx.store(), ctx.actor(), ctx.session_id());
  Reply r = Reply::no_content();
  r.headers.emplace_back("Set-Cookie", cookie(ctx.services().options, "", 0));
  return r;
}

Reply me(RequestContext& ctx) {
  ctx.only_query({});
  const Caller& c = ctx.caller();
  nlohmann::json j = {{"username", c.username},
                      {"role", auth::role_name(c.role)},
                      {"administration", c.administration},
                      {"office", c.office},
                      {"authenticated_by", c.how == AuthMethod::session ? "session" : "token"}};
  if (c.how == AuthMethod::session) j["csrf_token"] = auth::csrf_token(ctx.session_id());
  return Reply::json(j);
}

Reply change_own_password(RequestContext& ctx) {
  ctx.only_query({});
  JsonFields f(ctx.json());
  const std::string current = f.string("current_password");
  const std::string next = f.string("new_password");
  f.done();
  const std::string hash = auth::password_hash_of(ctx.store(), ctx.caller().username);
  if (current.size() > 4096 || !auth::verify_password(hash, current))
    throw ApiError("invalid_value", "current_password", "it is not your current password")
        .said("current_password");
  auth::check_password_policy(next, "new_password");
  auth::set_password(ctx.store(), ctx.actor(), ctx.caller().username, next);
  return Reply::no_content();
}

}  // namespace

void register_session_routes(Router& router) {
  router.add(http::verb::post, "/api/v1/login", Access::anyone(), login);
  router.add(http::verb::post, "/api/v1/logout", Access::any_user(), logout);
  router.add(http::verb::get, "/api/v1/me", Access::any_user(), me);
  router.add(http::verb::put, "/api/v1/me/password", Access::any_user(), change_own_password);
}

}  // namespace custos::server
