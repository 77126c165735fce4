// The real server on a loopback port: errors, authentication, sessions,
// CSRF, throttling, limits, static files, metrics, answers that fit their
// OpenAPI schemas.
#include <gtest/gtest.h>

#include "audit/audit.hpp"
#include "server/openapi.hpp"
#include "server/support/schema_check.hpp"
#include "server/support/test_server.hpp"

namespace custos::test {
namespace {

using auth::Role;

void expect_fits(const HttpResponse& r, const std::string& pattern, const std::string& method) {
  const auto& doc = server::openapi_document();
  const nlohmann::json schema = response_schema(doc, pattern, method, r.status);
  EXPECT_EQ(schema_problem(doc, schema, r.json()), "") << method << " " << pattern << ": " << r.body;
}

bool has_audit(Store& store, const std::string& action) {
  for (const audit::Entry& e : audit::entries(store, 0, 10000))
    if (e.action == action) return true;
  return false;
}

TEST(Api, HealthNeedsNoLoginAndCarriesTheSecurityHeaders) {
  TestServer srv("health");
  HttpClient c = srv.client();
  HttpResponse r = c.get("/api/v1/health");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.json()["status"], "ok");
  EXPECT_GE(r.json()["schema"].get<int>(), 5);
  expect_fits(r, "/api/v1/health", "get");
  EXPECT_EQ(r.header("content-type"), "application/json");
  EXPECT_EQ(r.header("cache-control"), "no-store");
  EXPECT_EQ(r.header("x-content-type-options"), "nosniff");
  EXPECT_NE(r.header("content-security-policy").find("default-src 'self'"), std::string::npos);
  EXPECT_NE(r.header("content-security-policy").find("frame-ancestors 'none'"), std::string::npos);
  // keep-alive: a second request on the same connection
  EXPECT_EQ(c.get("/api/v1/openapi.json").status, 200u);
}

TEST(Api, UnknownPathsAndMethodsAnswerJsonErrors) {
  TestServer srv("errors");
  HttpClient c = srv.client();
  HttpResponse r = c.get("/api/v1/nothing-here");
  EXPECT_EQ(r.status, 404u);
  EXPECT_EQ(r.error_code(), "not_found");
  expect_fits(r, "/api/v1/users/{username}", "get");  // the shared Error schema
  r = c.request("DELETE", "/api/v1/health");
  EXPECT_EQ(r.status, 405u);
  EXPECT_EQ(r.header("allow"), "GET");
  EXPECT_EQ(c.get("/api/v1/health?verbose=1").error_code(), "bad_query");
  EXPECT_EQ(c.get("/api/v1/audit?after=1&after=2").status, 400u);
}

TEST(Api, PathTraversalIsRefused) {
  TestServer srv("traversal");
  HttpClient c = srv.client_as("ada", Role::admin);
  for (const char* target :
       {"/api/v1/users/..", "/api/v1/users/%2e%2e", "/api/v1/users/a%2F..%2Fb", "/api/v1/../v1/health",
        "/api/v1/users/a%00", "/../etc/passwd", "/%2e%2e/etc/passwd"}) {
    HttpResponse r = c.get(target);
    EXPECT_EQ(r.status, 400u) << target << ": " << r.body;
    EXPECT_EQ(r.error_code(), "bad_path") << target;
  }
}

TEST(Api, CallersMustAuthenticate) {
  TestServer srv("authn");
  HttpClient anon = srv.client();
  HttpResponse r = anon.get("/api/v1/me");
  EXPECT_EQ(r.status, 401u);
  EXPECT_EQ(r.error_code(), "unauthenticated");
  anon.use_token("cst_not-a-real-token-at-all");
  EXPECT_EQ(anon.get("/api/v1/me").status, 401u);
  EXPECT_EQ(anon.request("GET", "/api/v1/me", "", "", {{"Authorization", "Basic YTpi"}}).status, 401u);

  HttpClient olga = srv.client_as("olga", Role::officer, "PNH");
  r = olga.get("/api/v1/me");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.json()["username"], "olga");
  EXPECT_EQ(r.json()["role"], "officer");
  EXPECT_EQ(r.json()["office"], "PNH");
  EXPECT_EQ(r.json()["authenticated_by"], "token");
  expect_fits(r, "/api/v1/me", "get");
  // a token-authenticated POST needs no CSRF header
  EXPECT_EQ(olga.post("/api/v1/logout", nlohmann::json::object()).status, 204u);
}

TEST(Api, LoginSessionCookieAndCsrf) {
  TestServer srv("session");
  srv.add_user("ana", Role::admin);
  HttpClient c = srv.client();
  HttpResponse r = c.login("ana", TestServer::kPassword);
  ASSERT_EQ(r.status, 200u) << r.body;
  expect_fits(r, "/api/v1/login", "post");
  EXPECT_EQ(r.json()["role"], "admin");
  const std::string cookie = r.header("set-cookie");
  EXPECT_NE(cookie.find("custos_session="), std::string::npos);
  EXPECT_NE(cookie.find("HttpOnly"), std::string::npos);
  EXPECT_NE(cookie.find("SameSite=Strict"), std::string::npos);
  EXPECT_NE(cookie.find("Path=/"), std::string::npos);
  EXPECT_EQ(cookie.find("Secure"), std::string::npos);  // no TLS here
  EXPECT_FALSE(c.csrf_token().empty());

  r = c.get("/api/v1/me");
  ASSERT_EQ(r.status, 200u);
  EXPECT_EQ(r.json()["authenticated_by"], "session");
  EXPECT_EQ(r.json()["csrf_token"], c.csrf_token());

  // A state-changing request with the cookie alone is refused ...
  const std::string csrf = c.csrf_token();
  c.forget_csrf();
  r = c.post("/api/v1/administrations", {{"code", "TH"}, {"name", "Thailand"}});
  EXPECT_EQ(r.status, 403u);
  EXPECT_EQ(r.error_code(), "csrf");
  // ... so is one with a wrong token, or from another site ...
  c.set_session(c.session_cookie(), "wrong");
  EXPECT_EQ(c.post("/api/v1/administrations", {{"code", "TH"}, {"name", "Thailand"}}).error_code(), "csrf");
  c.set_session(c.session_cookie(), csrf);
  r = c.request("POST", "/api/v1/administrations", R"({"code":"TH","name":"Thailand"})", "application/json",
                {{"Origin", "https://evil.example"}});
  EXPECT_EQ(r.error_code(), "csrf");
  r = c.request("POST", "/api/v1/administrations", R"({"code":"TH","name":"Thailand"})", "application/json",
                {{"Sec-Fetch-Site", "cross-site"}});
  EXPECT_EQ(r.error_code(), "csrf");
  // ... and it works with the header from the same site.
  r = c.request(
      "POST", "/api/v1/administrations", R"({"code":"TH","name":"Thailand"})", "application/json",
      {{"Sec-Fetch-Site", "same-origin"}, {"Origin", "http://127.0.0.1:" + std::to_string(srv.port())}});
  EXPECT_EQ(r.status, 201u) << r.body;

  // A second login gets a new session id.
  HttpClient again = srv.client();
  again.login("ana", TestServer::kPassword);
  EXPECT_NE(again.session_cookie(), c.session_cookie());

  // Logout revokes the session.
  EXPECT_EQ(c.post("/api/v1/logout", nlohmann::json::object()).status, 204u);
  EXPECT_EQ(c.get("/api/v1/me").status, 401u);
  EXPECT_EQ(again.get("/api/v1/me").status, 200u);
  EXPECT_TRUE(has_audit(srv.store(), "login.succeeded"));
  EXPECT_TRUE(has_audit(srv.store(), "logout"));
}

TEST(Api, LoginRefusesCrossSiteAndWrongPasswords) {
  TestServer srv("login_refusals");
  srv.add_user("ana", Role::analyst);
  HttpClient c = srv.client();
  HttpResponse r = c.post("/api/v1/login", {{"username", "ana"}, {"password", "not the password"}});
  EXPECT_EQ(r.status, 401u);
  EXPECT_EQ(r.error_code(), "invalid_credentials");
  EXPECT_TRUE(r.header("set-cookie").empty());
  r = c.post("/api/v1/login", {{"username", "nobody"}, {"password", "whatever it is"}});
  EXPECT_EQ(r.error_code(), "invalid_credentials");
  r = c.request("POST", "/api/v1/login", R"({"username":"ana","password":"correct horse battery staple"})",
                "application/json", {{"Sec-Fetch-Site", "cross-site"}});
  EXPECT_EQ(r.error_code(), "csrf");
  EXPECT_TRUE(has_audit(srv.store(), "login.failed"));
}

TEST(Api, FiveFailuresInARowSlowTheUserDown) {
  TestServer srv("throttle");
  srv.add_user("ana", Role::analyst);
  HttpClient c = srv.client();
  for (int i = 0; i < 5; ++i)
    EXPECT_EQ(
        c.post("/api/v1/login", {{"username", "ana"}, {"password", "wrong password " + std::to_string(i)}})
            .status,
        401u);
  // Even the right password is refused now, with the wait.
  HttpResponse r = c.login("ana", TestServer::kPassword);
  EXPECT_EQ(r.status, 429u) << r.body;
  EXPECT_EQ(r.error_code(), "throttled");
  EXPECT_GE(std::stoi(r.header("retry-after")), 1);
  EXPECT_TRUE(has_audit(srv.store(), "login.throttled"));
  // The address is slowed down too: another user from it is refused.
  srv.add_user("bob", Role::analyst);
  EXPECT_EQ(c.login("bob", TestServer::kPassword).status, 429u);
}

TEST(Api, ThrottlingEndsAfterTheDelayAndASuccessResetsIt) {
  // A delay of a few seconds, so that the refused attempt still falls inside it
  // on a loaded machine (each failed login hashes a password); the wait after
  // it follows the server's Retry-After, plus the second the clock rounds to.
  TestServer srv("throttle_end", [](server::ServerOptions& o) { o.login_base_delay = 3; });
  srv.add_user("ana", Role::analyst);
  HttpClient c = srv.client();
  for (int i = 0; i < 5; ++i)
    c.post("/api/v1/login", {{"username", "ana"}, {"password", "wrong password!!"}});
  HttpResponse refused = c.login("ana", TestServer::kPassword);
  ASSERT_EQ(refused.status, 429u);
  const int retry_after = std::stoi(refused.header("Retry-After"));
  EXPECT_GE(retry_after, 1);
  EXPECT_LE(retry_after, 3);
  std::this_thread::sleep_for(std::chrono::milliseconds(1000 * retry_after + 1100));
  EXPECT_EQ(c.login("ana", TestServer::kPassword).status, 200u);
  EXPECT_EQ(c.post("/api/v1/login", {{"username", "ana"}, {"password", "wrong password!!"}}).status, 401u);
  EXPECT_EQ(c.login("ana", TestServer::kPassword).status, 200u);  // one failure after a success: no slow-down
}

TEST(Api, SessionsSurviveARestart) {
  TestServer srv("restart");
  srv.add_user("ana", Role::admin);
  HttpClient c = srv.client();
  ASSERT_EQ(c.login("ana", TestServer::kPassword).status, 200u);
  const std::string cookie = c.session_cookie(), csrf = c.csrf_token();
  srv.restart();
  HttpClient after = srv.client();
  after.set_session(cookie, csrf);
  EXPECT_EQ(after.get("/api/v1/me").status, 200u);
  EXPECT_EQ(after.post("/api/v1/administrations", {{"code", "VN"}, {"name", "Viet Nam"}}).status, 201u);
}

TEST(Api, BodiesAreCheckedStrictly) {
  TestServer srv("bodies");
  HttpClient c = srv.client_as("ada", Role::admin);
  HttpResponse r = c.request("POST", "/api/v1/administrations", "{\"code\": \"TH\",\n \"name\": }");
  EXPECT_EQ(r.status, 400u);
  EXPECT_EQ(r.error_code(), "malformed_json");
  EXPECT_NE(r.json()["error"]["message"].get<std::string>().find("line 2, column 10"), std::string::npos)
      << r.body;
  r = c.post("/api/v1/administrations", {{"code", 7}, {"name", "Seven"}});
  EXPECT_EQ(r.status, 422u);
  EXPECT_EQ(r.error_code(), "wrong_type");
  EXPECT_EQ(r.error_field(), "code");
  r = c.post("/api/v1/administrations", {{"code", "TH"}, {"name", "Thailand"}, {"flag", "red"}});
  EXPECT_EQ(r.status, 422u);
  EXPECT_EQ(r.error_code(), "unknown_field");
  EXPECT_EQ(r.error_field(), "flag");
  r = c.post("/api/v1/administrations", {{"name", "Thailand"}});
  EXPECT_EQ(r.error_code(), "missing_field");
  EXPECT_EQ(r.error_field(), "code");
  r = c.post("/api/v1/administrations", {{"code", "th!"}, {"name", "Thailand"}});
  EXPECT_EQ(r.status, 422u);
  EXPECT_EQ(r.error_code(), "invalid_value");
  EXPECT_EQ(r.error_field(), "code");
  r = c.request("POST", "/api/v1/administrations", "{\"code\":\"TH\",\"name\":\"Tha\xC3\x28land\"}");
  EXPECT_EQ(r.status, 400u);
  EXPECT_EQ(r.error_code(), "bad_utf8");
  r = c.request("POST", "/api/v1/administrations", "code=TH", "application/x-www-form-urlencoded");
  EXPECT_EQ(r.status, 415u);
  EXPECT_EQ(c.post("/api/v1/administrations", nlohmann::json::array()).error_code(), "wrong_type");
  EXPECT_EQ(c.post("/api/v1/administrations", {{"code", "TH"}, {"name", "Thailand"}}).status, 201u);
  EXPECT_EQ(c.post("/api/v1/administrations", {{"code", "TH"}, {"name", "Thailand"}}).status, 409u);
}

TEST(Api, OversizedChunkedAndMalformedRequestsAreRefused) {
  TestServer srv("limits", [](server::ServerOptions& o) { o.body_limit = 4096; });
  const unsigned short port = srv.port();
  // Over the limit, said by Content-Length: refused before the body is read.
  std::string reply =
      HttpClient::raw("127.0.0.1", port,
                      "POST /api/v1/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                      "Content-Length: 100000000\r\n\r\n{");
  EXPECT_EQ(reply.rfind("HTTP/1.1 413", 0), 0u) << reply;
  EXPECT_NE(reply.find("\"too_large\""), std::string::npos);
  // Over the limit, sent whole.
  HttpClient c = srv.client();
  HttpResponse r = c.request("POST", "/api/v1/login", std::string(5000, ' '));
  EXPECT_EQ(r.status, 413u);
  // Chunked bodies are refused.
  reply = HttpClient::raw("127.0.0.1", port,
                          "POST /api/v1/login HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                          "2\r\n{}\r\n0\r\n\r\n");
  EXPECT_EQ(reply.rfind("HTTP/1.1 411", 0), 0u) << reply;
  // Not HTTP at all.
  reply = HttpClient::raw("127.0.0.1", port, "HELLO\r\n\r\n");
  EXPECT_EQ(reply.rfind("HTTP/1.1 400", 0), 0u) << reply;
  // A header over the limit.
  reply = HttpClient::raw(
      "127.0.0.1", port,
      "GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Big: " + std::string(20000, 'a') + "\r\n\r\n");
  EXPECT_EQ(reply.rfind("HTTP/1.1 431", 0), 0u) << reply.substr(0, 100);
  // Still serving.
  EXPECT_EQ(srv.client().get("/api/v1/health").status, 200u);
}

TEST(Api, ABodyFollowingExpectContinueIsRead) {
  TestServer srv("continue");
  const std::string body = R"({"username":"x","password":"yyyyyyyyyy"})";
  std::string reply = HttpClient::raw(
      "127.0.0.1", srv.port(),
      "POST /api/v1/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nExpect: 100-continue\r\n"
      "Connection: close\r\nContent-Length: " +
          std::to_string(body.size()) + "\r\n\r\n" + body);
  EXPECT_EQ(reply.rfind("HTTP/1.1 100 Continue", 0), 0u) << reply;
  EXPECT_NE(reply.find("HTTP/1.1 401"), std::string::npos) << reply;
}

TEST(Api, TheWebRootServesAPageForNonApiPaths) {
  TestServer srv("static");
  HttpClient c = srv.client();
  HttpResponse r = c.get("/");
  EXPECT_EQ(r.status, 200u);
  EXPECT_EQ(r.header("content-type"), "text/html; charset=utf-8");
  EXPECT_NE(r.body.find("Custos"), std::string::npos);
  EXPECT_NE(r.header("content-security-policy").find("default-src 'self'"), std::string::npos);
  EXPECT_EQ(c.get("/targets/today").status, 200u);  // the single-page app's own routes
  EXPECT_EQ(c.request("POST", "/", "{}").status, 405u);
}

TEST(Api, UsersAreManagedByAdminsAndAudited) {
  TestServer srv("users");
  HttpClient admin = srv.client_as("ada", Role::admin);
  HttpResponse r = admin.post(
      "/api/v1/users",
      {{"username", "olga"}, {"role", "officer"}, {"office", "PNH"}, {"password", TestServer::kPassword}});
  ASSERT_EQ(r.status, 201u) << r.body;
  expect_fits(r, "/api/v1/users", "post");
  EXPECT_EQ(admin
                .post("/api/v1/users",
                      {{"username", "olga"}, {"role", "officer"}, {"password", TestServer::kPassword}})
                .status,
            409u);
  r = admin.post("/api/v1/users",
                 {{"username", "x"}, {"role", "emperor"}, {"password", TestServer::kPassword}});
  EXPECT_EQ(r.error_field(), "role");
  r = admin.post("/api/v1/users", {{"username", "y"}, {"role", "officer"}, {"password", "short"}});
  EXPECT_EQ(r.status, 422u);
  EXPECT_EQ(r.error_field(), "password");
  r = admin.get("/api/v1/users");
  expect_fits(r, "/api/v1/users", "get");
  EXPECT_EQ(r.json()["users"].size(), 2u);

  r = admin.post("/api/v1/users/olga/tokens", {{"label", "scanner"}});
  ASSERT_EQ(r.status, 201u) << r.body;
  expect_fits(r, "/api/v1/users/{username}/tokens", "post");
  const std::string olga_token = r.json()["token"].get<std::string>();
  HttpClient olga = srv.client();
  olga.use_token(olga_token);
  EXPECT_EQ(olga.get("/api/v1/me").status, 200u);
  EXPECT_EQ(olga.get("/api/v1/users").status, 403u);

  r = admin.post("/api/v1/users/olga/disable", nlohmann::json::object());
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_TRUE(r.json()["disabled"].get<bool>());
  EXPECT_EQ(olga.get("/api/v1/me").status, 401u);  // its token stopped working at once
  EXPECT_EQ(admin.post("/api/v1/users/ada/disable", nlohmann::json::object()).status, 422u);
  EXPECT_EQ(admin.post("/api/v1/users/nobody/disable", nlohmann::json::object()).status, 404u);

  const auto all = audit::entries(srv.store(), 0, 1000);
  bool saw_token = false;
  for (const audit::Entry& e : all) {
    EXPECT_EQ(e.change.dump().find(TestServer::kPassword), std::string::npos)
        << "a password in the audit log";
    EXPECT_EQ(e.change.dump().find(olga_token), std::string::npos) << "a token in the audit log";
    saw_token = saw_token || (e.action == "token.issue" && e.username == "ada");
  }
  EXPECT_TRUE(saw_token);
  EXPECT_TRUE(has_audit(srv.store(), "user.disable"));
}

TEST(Api, AnotherAdministrationsRecordsAnswer404) {
  TestServer srv("isolation");
  srv.add_user("olga", Role::officer);
  HttpClient foreign = srv.client_as("kim", Role::admin, "", "KH");
  HttpResponse r = foreign.get("/api/v1/users/olga");
  EXPECT_EQ(r.status, 404u);
  EXPECT_EQ(foreign.post("/api/v1/users/olga/disable", nlohmann::json::object()).status, 404u);
  r = foreign.get("/api/v1/users");
  ASSERT_EQ(r.status, 200u);
  ASSERT_EQ(r.json()["users"].size(), 1u);
  EXPECT_EQ(r.json()["users"][0]["username"], "kim");
  r = foreign.get("/api/v1/audit");
  EXPECT_EQ(r.json()["administration"], "KH");
}

TEST(Api, TheAuditLogIsReadByAuditors) {
  TestServer srv("audit");
  HttpClient auditor = srv.client_as("aud", Role::auditor);
  srv.add_user("olga", Role::officer);  // two more entries
  HttpResponse r = auditor.get("/api/v1/audit?after=0&limit=2");
  ASSERT_EQ(r.status, 200u) << r.body;
  expect_fits(r, "/api/v1/audit", "get");
  EXPECT_EQ(r.json()["entries"].size(), 2u);
  const int64_t next = r.json()["next_after"];
  r = auditor.get("/api/v1/audit?after=" + std::to_string(next));
  EXPECT_EQ(r.json()["entries"][0]["seq"].get<int64_t>(), next + 1);
  EXPECT_EQ(auditor.get("/api/v1/audit?limit=0").error_code(), "bad_query");
  EXPECT_EQ(auditor.get("/api/v1/audit?after=x").error_field(), "after");
  r = auditor.get("/api/v1/audit/verify");
  expect_fits(r, "/api/v1/audit/verify", "get");
  EXPECT_TRUE(r.json()["ok"].get<bool>());
}

TEST(Api, MetricsCountRequestsByRouteAndStatus) {
  TestServer srv("metrics");
  HttpClient admin = srv.client_as("ada", Role::admin);
  srv.client().get("/api/v1/health");
  srv.client().get("/api/v1/me");
  HttpResponse r = admin.get("/api/v1/metrics");
  ASSERT_EQ(r.status, 200u);
  EXPECT_EQ(r.header("content-type").rfind("text/plain", 0), 0u);
  EXPECT_NE(
      r.body.find("custos_http_requests_total{route=\"/api/v1/health\",method=\"GET\",status=\"200\"} 1"),
      std::string::npos)
      << r.body;
  EXPECT_NE(r.body.find("custos_http_request_duration_seconds_bucket{route=\"/api/v1/me\",le=\"+Inf\"} 1"),
            std::string::npos);
  EXPECT_NE(r.body.find("custos_http_errors_total{code=\"unauthenticated\"} 1"), std::string::npos);
}

}  // namespace
}  // namespace custos::test
