#include "server/dispatcher.hpp"

#include <sodium.h>

#include <charconv>
#include <chrono>
#include <iostream>

#include "auth/errors.hpp"
#include "auth/principal.hpp"
#include "auth/secret.hpp"
#include "server/api_error.hpp"

namespace custos::server {
namespace {

struct Target {
  std::string path;  // raw (still percent-encoded)
  Params query;
};

bool unsafe(http::verb m) {
  return m == http::verb::post || m == http::verb::put || m == http::verb::patch || m == http::verb::delete_;
}

Target parse_target(std::string_view target) {
  Target t;
  const size_t q = target.find('?');
  t.path = std::string(target.substr(0, q));
  if (t.path.empty() || t.path[0] != '/')
    throw ApiError("bad_path", "", "it must start with '/'").said("path_slash");
  for (char c : t.path)
    if (c == '\\' || static_cast<unsigned char>(c) < 0x21 || c == 0x7f)
      throw ApiError("bad_path", "", "it holds a backslash, a space or a control character")
          .said("path_chars");
  size_t start = 1;
  while (start <= t.path.size()) {
    size_t slash = t.path.find('/', start);
    if (slash == std::string::npos) slash = t.path.size();
    auto decoded = percent_decode(std::string_view(t.path).substr(start, slash - start));
    if (!decoded) throw ApiError("bad_path", "", "a malformed percent escape").said("percent_escape");
    if (*decoded == "." || *decoded == "..")
      throw ApiError("bad_path", "", "'.' and '..' segments are refused").said("dot_segments");
    if (decoded->find('\0') != std::string::npos)
      throw ApiError("bad_path", "", "it holds a NUL byte").said("path_nul");
    start = slash + 1;
  }
  if (q == std::string_view::npos) return t;
  std::string_view rest = target.substr(q + 1);
  while (!rest.empty()) {
    const size_t amp = rest.find('&');
    std::string_view pair = rest.substr(0, amp);
    rest = amp == std::string_view::npos ? std::string_view() : rest.substr(amp + 1);
    if (pair.empty()) continue;
    const size_t eq = pair.find('=');
    auto key = percent_decode(pair.substr(0, eq), true);
    auto value =
        percent_decode(eq == std::string_view::npos ? std::string_view() : pair.substr(eq + 1), true);
    if (!key || !value)
      throw ApiError("bad_query", key.value_or(""), "a malformed percent escape").said("percent_escape");
    for (const auto& [k, v] : t.query)
      if (k == *key) throw ApiError("bad_query", *key, "given twice").said("given_twice");
    t.query.emplace_back(std::move(*key), std::move(*value));
  }
  return t;
}

std::string cookie_value(std::string_view header, std::string_view name) {
  while (!header.empty()) {
    const size_t semi = header.find(';');
    std::string_view part = header.substr(0, semi);
    header = semi == std::string_view::npos ? std::string_view() : header.substr(semi + 1);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    const size_t eq = part.find('=');
    if (eq != std::string_view::npos && part.substr(0, eq) == name) return std::string(part.substr(eq + 1));
  }
  return {};
}

// Refuses a request a browser sent from another site.
void refuse_cross_site(const Request& req, bool tls) {
  const std::string_view site = sv(req["Sec-Fetch-Site"]);
  if (!site.empty() && site != "same-origin" && site != "none")
    throw ApiError("csrf", "",
                   "the browser says it comes from another site (Sec-Fetch-Site: " + std::string(site) + ")");
  const std::string_view origin = sv(req[http::field::origin]);
  if (!origin.empty()) {
    const std::string expected =
        std::string(tls ? "https://" : "http://") + std::string(req[http::field::host]);
    if (origin != expected)
      throw ApiError("csrf", "", "the Origin header names another site").said("csrf_origin");
  }
}

std::string error_id() {
  unsigned char raw[6];
  randombytes_buf(raw, sizeof raw);
  char hex[13];
  sodium_bin2hex(hex, sizeof hex, raw, sizeof raw);
  return hex;
}

Reply error_reply(const std::string& code, const std::string& field, const std::string& detail,
                  int retry_after = 0) {
  Reply r;
  r.status = catalog_entry(code).status;
  r.body = error_body(code, field, detail);
  if (retry_after > 0) r.headers.emplace_back("Retry-After", std::to_string(retry_after));
  return r;
}

Reply error_reply(const ApiError& e) {
  Reply r = error_reply(e.code(), e.field(), e.detail(), e.retry_after);
  if (!e.detail_id().empty()) r.body = error_body(e);
  for (const auto& h : e.headers) r.headers.push_back(h);
  return r;
}

std::string allow_list(const std::vector<http::verb>& methods) {
  std::string out;
  for (http::verb m : methods) {
    const std::string name(http::to_string(m));
    if (out.find(name) != std::string::npos) continue;
    out += (out.empty() ? "" : ", ") + name;
  }
  return out;
}

}  // namespace

Dispatcher::Dispatcher(const ServerOptions& options, const Router& router, Metrics& metrics)
    : options_(options),
      router_(router),
      metrics_(metrics),
      static_(StaticFiles::locate(options.web_root)),
      services_{options, metrics, router} {}

std::optional<Response> Dispatcher::admit(const http::request_header<>& header, size_t& limit) const {
  limit = options_.body_limit;
  if (header.find(http::field::transfer_encoding) != header.end())
    return error(header.version(), false, "length_required");
  const std::string_view target = sv(header.target());
  const std::string_view path = target.substr(0, target.find('?'));
  if (path.starts_with("/api/")) {
    try {
      RouteMatch m = router_.match(header.method(), path);
      if (m.route) limit = options_.limit_for(m.route->body == BodyLimit::lodging);
    } catch (const ApiError&) {
      // handle() answers the bad path once the (small) body is read.
    }
  }
  auto cl = header.find(http::field::content_length);
  if (cl != header.end()) {
    unsigned long long n = 0;
    const std::string_view v = sv(cl->value());
    auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
    if (ec != std::errc() || end != v.data() + v.size())
      return error(header.version(), false, "bad_request", "the Content-Length is not a number");
    if (n > limit) return error(header.version(), false, "too_large", std::to_string(limit));
  }
  return std::nullopt;
}

Response Dispatcher::error(unsigned version, bool keep_alive, const std::string& code,
                           const std::string& detail, bool api) const {
  Request dummy;
  dummy.version(version);
  dummy.keep_alive(keep_alive);
  metrics_.error(code);
  return finish(dummy, error_reply(code, "", detail), api, options_.tls());
}

Response Dispatcher::handle(const Request& req, Store& primary, const ClientInfo& client,
                            Store* replica) const {
  Store& store = primary;
  const auto started = std::chrono::steady_clock::now();
  std::string route_label = "unmatched";
  Reply reply;
  bool api = true;
  std::string code;  // the error's, if any
  try {
    Target t = parse_target(sv(req.target()));
    if (!t.path.starts_with("/api/") && t.path != "/api") {
      api = false;
      route_label = "static";
      if (req.method() != http::verb::get && req.method() != http::verb::head)
        throw ApiError("method_not_allowed", "", "GET, HEAD");
      auto decoded = percent_decode(t.path);
      const std::string_view ae = sv(req[http::field::accept_encoding]);
      reply = static_.serve(*decoded, ae.find("gzip") != std::string_view::npos);
    } else {
      RouteMatch m = router_.match(req.method(), t.path);
      if (!m.route) {
        if (!m.allowed.empty()) {
          ApiError e("method_not_allowed", "", allow_list(m.allowed));
          e.headers.emplace_back("Allow", allow_list(m.allowed));
          throw e;
        }
        throw ApiError("not_found", "", "no API route " + std::string(t.path))
            .said("no_route", {{"path", std::string(t.path)}});
      }
      const Route& route = *m.route;
      route_label = route.pattern;
      Caller caller;
      std::string session_id;
      if (!route.access.open) {
        const std::string_view authz = sv(req[http::field::authorization]);
        std::optional<auth::Principal> who;
        if (!authz.empty()) {
          if (authz.size() < 7 ||
              !boost::beast::iequals(boost::beast::string_view(authz.data(), 7), "Bearer "))
            throw ApiError("unauthenticated");
          who = auth::token_principal(store, std::string(authz.substr(7)));
        } else {
          session_id = cookie_value(sv(req[http::field::cookie]), options_.session_cookie());
          if (!session_id.empty())
            who = auth::session_principal(store, session_id, options_.login_policy().session);
        }
        if (!who) throw ApiError("unauthenticated");
        caller = {who->username, who->role, who->administration, who->office,
                  who->method == auth::Method::session ? AuthMethod::session : AuthMethod::token};
        if (!route.access.roles.contains(caller.role))
          throw ApiError("forbidden", "",
                         std::string(auth::role_name(caller.role)) + " may not " +
                             std::string(http::to_string(route.method)) + " " + route.pattern)
              .said("role_may_not", {{"role", std::string(auth::role_name(caller.role))},
                                     {"method", std::string(http::to_string(route.method))},
                                     {"route", std::string(route.pattern)}});
        if (caller.how == AuthMethod::session && unsafe(req.method())) {
          refuse_cross_site(req, client.tls);
          const std::string_view sent = sv(req["X-CSRF-Token"]);
          if (sent.empty() || !auth::equal_constant_time(sent, auth::csrf_token(session_id)))
            throw ApiError("csrf", "", "the X-CSRF-Token header is missing or does not match your session")
                .said("csrf_token");
        }
        store.set_administration(caller.administration);
      } else {
        if (unsafe(req.method())) refuse_cross_site(req, client.tls);
        store.set_administration(store.own_administration());
      }
      // Read-heavy routes read the replica (when there is one) from here on.
      Store& reads = route.replica && replica != nullptr ? *replica : store;
      if (&reads != &store) reads.set_administration(store.administration());
      RequestContext ctx(req, reads, std::move(caller), client.address, std::move(m.params),
                         std::move(t.query), services_);
      ctx.set_session_id(std::move(session_id));
      reply = route.handler(ctx);
    }
  } catch (const ApiError& e) {
    reply = error_reply(e);
    code = e.code();
  } catch (const auth::InvalidInput& e) {
    reply = error_reply(code = "invalid_value", e.field(), e.what());
  } catch (const auth::NotFound& e) {
    reply = error_reply(code = "not_found", "", e.what());
  } catch (const auth::Throttled& e) {
    reply = error_reply(code = "throttled", "", std::to_string(e.retry_after()), e.retry_after());
  } catch (const ConflictError& e) {
    reply = error_reply(code = "conflict", "", "the record exists already");
  } catch (const std::exception& e) {
    const std::string id = error_id();
    std::cerr << "custos serve: error " << id << " on " << req.method_string() << " " << req.target() << ": "
              << e.what() << "\n";
    reply = error_reply(code = "internal", "", id);
  }
  if (!code.empty()) metrics_.error(code);
  Response res = finish(req, std::move(reply), api, client.tls);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  metrics_.observe(route_label, sv(req.method_string()), res.result_int(), seconds);
  if (options_.access_log)
    std::cerr << client.address << " " << req.method_string() << " " << req.target() << " "
              << res.result_int() << " " << static_cast<long long>(seconds * 1e6) << "us\n";
  return res;
}

Response Dispatcher::finish(const Request& req, Reply reply, bool api, bool tls) const {
  Response res{static_cast<http::status>(reply.status), req.version()};
  res.keep_alive(req.keep_alive());
  if (!reply.content_type.empty()) res.set(http::field::content_type, reply.content_type);
  res.set(
      "Content-Security-Policy",
      "default-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'");
  res.set("X-Content-Type-Options", "nosniff");
  res.set("X-Frame-Options", "DENY");
  res.set("Referrer-Policy", "no-referrer");
  res.set("Cross-Origin-Opener-Policy", "same-origin");
  if (tls) res.set(http::field::strict_transport_security, "max-age=31536000");
  if (api) res.set(http::field::cache_control, "no-store");
  for (auto& [k, v] : reply.headers) res.insert(k, v);
  res.body() = std::move(reply.body);
  res.prepare_payload();
  if (req.method() == http::verb::head) {
    const auto n = res.body().size();
    res.body().clear();
    res.content_length(n);
  }
  return res;
}

}  // namespace custos::server
