#pragma once
// The request path, with no socket in it: a whole request in, a response
// out. The network session (server.cc) calls admit() on the header alone,
// then handle() on a worker thread with that worker's Store; the fuzz target
// and tests call them directly.
//
// handle(): checks the path (bad_path), finds the route (404, 405), serves
// static files for paths outside /api/, authenticates (an API token in
// `Authorization: Bearer`, else the session cookie: 401), checks the role
// (403), checks CSRF for cookie-authenticated POST/PUT/PATCH/DELETE (the
// X-CSRF-Token header, and no cross-site Origin or Sec-Fetch-Site: 403),
// switches the Store to the caller's administration, runs the handler and
// maps what it throws to JSON errors: ApiError by its code, auth::InvalidInput
// 422, auth::NotFound 404, auth::Throttled 429, ConflictError 409, anything
// else 500 with an error id that is logged (never the exception's text).
// Every answer carries the security headers; API answers are never cached.
#include <optional>
#include <string>

#include "server/http.hpp"
#include "server/metrics.hpp"
#include "server/options.hpp"
#include "server/request_context.hpp"
#include "server/router.hpp"
#include "server/static_files.hpp"
#include "store/store.hpp"

namespace custos::server {

struct ClientInfo {
  std::string address;  // the peer's IP address
  bool tls = false;
};

class Dispatcher {
 public:
  Dispatcher(const ServerOptions& options, const Router& router, Metrics& metrics);

  // On the header alone, before any body is read: nullopt and the body limit
  // in `limit` to go on; else the refusal to send (411 for a chunked body,
  // 413 for a Content-Length over the route's limit), after which the
  // connection closes.
  std::optional<Response> admit(const http::request_header<>& header, size_t& limit) const;

  // `replica` (may be nullptr): a read-only store on a streaming replica,
  // used for the routes marked `replica` (read-heavy pages) once the caller
  // is authenticated on `store` (sessions are touched on the primary).
  Response handle(const Request& request, Store& store, const ClientInfo& client,
                  Store* replica = nullptr) const;

  // An error answer built outside handle() (408, 413, 431, 503).
  Response error(unsigned version, bool keep_alive, const std::string& code, const std::string& detail = {},
                 bool api = true) const;

  const Services& services() const { return services_; }
  const StaticFiles& static_files() const { return static_; }

 private:
  Response finish(const Request& request, Reply reply, bool api, bool tls) const;
  const ServerOptions& options_;
  const Router& router_;
  Metrics& metrics_;
  StaticFiles static_;
  Services services_;
};

}  // namespace custos::server
