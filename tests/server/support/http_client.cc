#include "server/support/http_client.hpp"

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <stdexcept>

namespace custos::test {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

struct HttpClient::Connection {
  asio::io_context ioc;
  beast::tcp_stream stream{ioc};
  beast::flat_buffer buffer;
  bool open = false;
};

nlohmann::json HttpResponse::json() const { return nlohmann::json::parse(body, nullptr, false); }

std::string HttpResponse::header(const std::string& name) const {
  std::string lower;
  for (char c : name) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  auto it = headers.find(lower);
  return it == headers.end() ? std::string() : it->second;
}

std::string HttpResponse::error_code() const {
  auto j = json();
  if (!j.is_object() || !j.contains("error")) return {};
  return j["error"].value("code", "");
}

std::string HttpResponse::error_field() const {
  auto j = json();
  if (!j.is_object() || !j.contains("error") || !j["error"]["field"].is_string()) return {};
  return j["error"]["field"].get<std::string>();
}

HttpClient::HttpClient(std::string host, unsigned short port)
    : host_(std::move(host)), port_(port), conn_(std::make_unique<Connection>()) {}
HttpClient::~HttpClient() = default;
HttpClient::HttpClient(HttpClient&&) noexcept = default;

void HttpClient::close() {
  beast::error_code ec;
  conn_->stream.socket().shutdown(tcp::socket::shutdown_both, ec);
  conn_->stream.close();
  conn_->open = false;
  conn_->buffer.clear();
}

HttpResponse HttpClient::request(const std::string& method, const std::string& target,
                                 const std::string& body, const std::string& content_type,
                                 const std::vector<std::pair<std::string, std::string>>& headers) {
  http::request<http::string_body> req{http::string_to_verb(method), target, 11};
  req.set(http::field::host, host_ + ":" + std::to_string(port_));
  if (!token_.empty()) req.set(http::field::authorization, "Bearer " + token_);
  if (!cookie_.empty()) req.set(http::field::cookie, cookie_);
  if (!csrf_.empty() && method != "GET" && method != "HEAD") req.set("X-CSRF-Token", csrf_);
  if (!body.empty()) {
    req.set(http::field::content_type, content_type);
    req.body() = body;
  }
  for (const auto& [k, v] : headers) req.set(k, v);
  req.keep_alive(true);
  req.prepare_payload();
  for (int attempt = 0; attempt < 2; ++attempt) {
    if (!conn_->open) {
      conn_ = std::make_unique<Connection>();
      tcp::resolver resolver(conn_->ioc);
      conn_->stream.expires_after(std::chrono::seconds(10));
      conn_->stream.connect(resolver.resolve(host_, std::to_string(port_)));
      conn_->open = true;
    }
    try {
      conn_->stream.expires_after(std::chrono::seconds(60));
      http::write(conn_->stream, req);
      http::response_parser<http::string_body> parser;
      parser.body_limit(256u << 20);
      http::read(conn_->stream, conn_->buffer, parser);
      auto res = parser.release();
      HttpResponse out;
      out.status = res.result_int();
      out.body = std::move(res.body());
      for (const auto& f : res) {
        std::string name(f.name_string());
        for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        out.headers[name] = std::string(f.value());
      }
      if (!res.keep_alive()) close();
      return out;
    } catch (const beast::system_error&) {
      // A kept-alive connection the server closed: retry once on a new one.
      close();
      if (attempt == 1) throw;
    }
  }
  throw std::runtime_error("unreachable");
}

HttpResponse HttpClient::login(const std::string& username, const std::string& password) {
  cookie_.clear();
  csrf_.clear();
  HttpResponse r = post("/api/v1/login", {{"username", username}, {"password", password}});
  if (r.status == 200) {
    std::string set = r.header("set-cookie");
    cookie_ = set.substr(0, set.find(';'));
    csrf_ = r.json().value("csrf_token", "");
  }
  return r;
}

std::string HttpClient::raw(const std::string& host, unsigned short port, const std::string& bytes,
                            std::chrono::milliseconds timeout) {
  asio::io_context ioc;
  beast::tcp_stream stream(ioc);
  tcp::resolver resolver(ioc);
  stream.connect(resolver.resolve(host, std::to_string(port)));
  stream.expires_after(timeout);
  beast::error_code ec;
  asio::write(stream, asio::buffer(bytes), ec);
  std::string out;
  char buf[4096];
  while (true) {
    size_t n = stream.read_some(asio::buffer(buf), ec);
    out.append(buf, n);
    if (ec) break;
  }
  return out;
}

}  // namespace custos::test
