#pragma once
// What a handler gets: the caller, the worker's Store already switched to
// the caller's administration, the audit actor (username and client
// address), the path and query parameters, and the body. A handler parses,
// checks, calls one module function and answers JSON; it throws ApiError
// (or a module's error, mapped by the dispatcher) to refuse.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "audit/audit.hpp"
#include "auth/principal.hpp"
#include "server/http.hpp"
#include "server/json_body.hpp"
#include "server/router.hpp"
#include "store/store.hpp"

namespace custos::server {

class Metrics;
struct ServerOptions;

enum class AuthMethod : unsigned char { none, session, token };

struct Caller {
  std::string username;  // empty when not authenticated
  auth::Role role = auth::Role::trainee;
  std::string administration;
  std::string office;
  AuthMethod how = AuthMethod::none;
  bool authenticated() const { return how != AuthMethod::none; }
};

// What the server shares with every handler.
struct Services {
  const ServerOptions& options;
  Metrics& metrics;
  const Router& router;
};

class RequestContext {
 public:
  RequestContext(const Request& request, Store& store, Caller caller, std::string address, Params params,
                 Params query, const Services& services);

  const Request& request() const { return request_; }
  Store& store() { return store_; }
  const Caller& caller() const { return caller_; }
  const audit::Actor& actor() const { return actor_; }
  const std::string& address() const { return actor_.address; }
  const Services& services() const { return services_; }

  // A path parameter (already decoded and checked, see router.hpp).
  const std::string& param(std::string_view name) const;
  // A query parameter, decoded; nullopt when absent.
  std::optional<std::string> query(std::string_view name) const;
  // An integer query parameter within [min, max]; bad_query otherwise.
  int64_t query_integer(std::string_view name, int64_t fallback, int64_t min, int64_t max) const;
  // Refuses (bad_query) any query parameter not in `known`.
  void only_query(std::initializer_list<std::string_view> known) const;

  const std::string& body() const { return request_.body(); }
  // The body parsed as JSON (parse_json_body); unsupported_media_type unless
  // the Content-Type is application/json.
  nlohmann::json json() const;
  // The media type of the body without parameters, lower case ("text/csv").
  std::string content_type() const;

  // The raw session id of a cookie-authenticated caller ("" otherwise), for logout.
  const std::string& session_id() const { return session_id_; }
  void set_session_id(std::string id) { session_id_ = std::move(id); }

 private:
  const Request& request_;
  Store& store_;
  Caller caller_;
  audit::Actor actor_;
  Params params_, query_;
  const Services& services_;
  std::string session_id_;
};

}  // namespace custos::server
