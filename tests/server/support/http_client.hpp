#pragma once
// A small HTTP/1.1 client for tests (Boost.Beast, blocking, one kept-alive
// connection): requests with a body and headers, an API token or a login
// session (the cookie and the X-CSRF-Token header are then sent for you),
// and raw bytes for tests of malformed requests.
#include <chrono>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace custos::test {

struct HttpResponse {
  unsigned status = 0;
  std::string body;
  std::map<std::string, std::string> headers;  // names in lower case
  nlohmann::json json() const;                 // discarded value when not JSON
  std::string header(const std::string& name) const;
  // The error's code of an error answer ("" otherwise).
  std::string error_code() const;
  std::string error_field() const;
};

class HttpClient {
 public:
  HttpClient(std::string host, unsigned short port);
  ~HttpClient();
  HttpClient(HttpClient&&) noexcept;

  HttpResponse request(const std::string& method, const std::string& target, const std::string& body = {},
                       const std::string& content_type = "application/json",
                       const std::vector<std::pair<std::string, std::string>>& headers = {});
  HttpResponse get(const std::string& target) { return request("GET", target); }
  HttpResponse post(const std::string& target, const nlohmann::json& body) {
    return request("POST", target, body.dump());
  }
  HttpResponse put(const std::string& target, const nlohmann::json& body) {
    return request("PUT", target, body.dump());
  }

  // Authenticate every further request with this API token.
  void use_token(const std::string& token) { token_ = token; }
  // POST /api/v1/login; on success keeps the session cookie and CSRF token.
  HttpResponse login(const std::string& username, const std::string& password);
  void forget_csrf() { csrf_.clear(); }
  const std::string& session_cookie() const { return cookie_; }
  const std::string& csrf_token() const { return csrf_; }
  void set_session(std::string cookie, std::string csrf) {
    cookie_ = std::move(cookie);
    csrf_ = std::move(csrf);
  }
  void close();

  // Sends `bytes` on a new connection and returns what comes back until the
  // server closes or `timeout` passes.
  static std::string raw(const std::string& host, unsigned short port, const std::string& bytes,
                         std::chrono::milliseconds timeout = std::chrono::seconds(5));

 private:
  struct Connection;
  std::string host_;
  unsigned short port_;
  std::unique_ptr<Connection> conn_;
  std::string token_, cookie_, csrf_;
};

}  // namespace custos::test
