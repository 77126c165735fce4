#pragma once
// A route: the method, the path pattern ("/api/v1/declarations/{id}"), who
// may call it, how large a body it takes, and the handler. Each resource
// registers its routes from its own file src/server/api_<resource>.cc, in a
// function `void register_<resource>_routes(Router&)` that the build finds
// and calls (docs/architecture.md, "The server").
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "auth/roles.hpp"
#include "server/http.hpp"

namespace custos::server {

class RequestContext;

// Who may call a route: nobody needs to log in (health, login), any user who
// is logged in, or users holding one of some roles.
struct Access {
  bool open = false;  // no authentication at all
  auth::RoleSet roles;

  static Access anyone() { return {true, {}}; }
  static Access any_user() { return {false, auth::RoleSet::all()}; }
  static Access only(auth::RoleSet roles) { return {false, roles}; }
};

// Body limits are per route class and configurable (ServerOptions): lodging
// routes take declarations files (64 MiB by default), the others 1 MiB.
enum class BodyLimit : unsigned char { standard, lodging };

// What a handler answers.
struct Reply {
  unsigned status = 200;
  std::string body;
  std::string content_type = "application/json";
  std::vector<std::pair<std::string, std::string>> headers;

  static Reply json(const nlohmann::json& value, unsigned status = 200);
  static Reply text(std::string body, std::string content_type, unsigned status = 200);
  static Reply no_content() { return {204, {}, {}, {}}; }
};

using Handler = std::function<Reply(RequestContext&)>;

struct Route {
  http::verb method = http::verb::get;
  std::string pattern;  // "/api/v1/users/{username}"
  Access access;
  BodyLimit body = BodyLimit::standard;
  Handler handler;
  std::string resource;  // set by the router: the api_<resource>.cc it came from
  // Only reads, and may read data a moment old: served from the streaming
  // replica given by --read-db, when there is one (reports, dashboards).
  bool replica = false;
};

}  // namespace custos::server
