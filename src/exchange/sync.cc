#include "exchange/sync.hpp"

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <boost/beast/version.hpp>
#include <cctype>
#include <cstdlib>

namespace custos::exchange {
namespace {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
namespace ssl = net::ssl;
using tcp = net::ip::tcp;

struct Url {
  bool tls = false;
  std::string host, port, base;
};

Url parse_url(const std::string& url) {
  Url u;
  std::string rest;
  if (url.rfind("https://", 0) == 0) {
    u.tls = true;
    rest = url.substr(8);
  } else if (url.rfind("http://", 0) == 0) {
    rest = url.substr(7);
  } else {
    throw SyncError("--peer must be an http:// or https:// URL, not " + url);
  }
  const size_t slash = rest.find('/');
  std::string authority = rest.substr(0, slash);
  u.base = slash == std::string::npos ? "" : rest.substr(slash);
  while (!u.base.empty() && u.base.back() == '/') u.base.pop_back();
  const size_t colon = authority.rfind(':');
  if (colon != std::string::npos && authority.find(']') == std::string::npos) {
    u.host = authority.substr(0, colon);
    u.port = authority.substr(colon + 1);
  } else {
    u.host = authority;
    u.port = u.tls ? "443" : "80";
  }
  if (u.host.empty()) throw SyncError("--peer names no host: " + url);
  return u;
}

std::string encode(const std::string& s) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out.push_back(static_cast<char>(c));
    } else {
      out.push_back('%');
      out.push_back(hex[c >> 4]);
      out.push_back(hex[c & 15]);
    }
  }
  return out;
}

struct Answer {
  unsigned status = 0;
  std::string body;
};

template <class Stream>
Answer exchange_over(Stream& stream, const Url& u, http::verb method, const std::string& target,
                     const std::string& token, const std::string& body) {
  http::request<http::string_body> req{method, u.base + target, 11};
  req.set(http::field::host, u.host);
  req.set(http::field::user_agent, "custos-exchange-sync");
  req.set(http::field::authorization, "Bearer " + token);
  req.set(http::field::accept, "application/json");
  if (method == http::verb::post) {
    req.set(http::field::content_type, "application/json");
    req.body() = body;
  }
  req.prepare_payload();
  http::write(stream, req);
  beast::flat_buffer buffer;
  http::response_parser<http::string_body> parser;
  parser.body_limit(kMaxBundleBytes);
  http::read(stream, buffer, parser);
  return {parser.get().result_int(), parser.get().body()};
}

Answer call(const Url& u, http::verb method, const std::string& target, const std::string& token,
            const std::string& body = "") {
  try {
    net::io_context io;
    tcp::resolver resolver(io);
    auto endpoints = resolver.resolve(u.host, u.port);
    if (!u.tls) {
      beast::tcp_stream stream(io);
      stream.expires_after(std::chrono::seconds(120));
      stream.connect(endpoints);
      Answer a = exchange_over(stream, u, method, target, token, body);
      beast::error_code ec;
      stream.socket().shutdown(tcp::socket::shutdown_both, ec);
      return a;
    }
    ssl::context ctx(ssl::context::tls_client);
    if (const char* ca = std::getenv("CUSTOS_CA_FILE"); ca && *ca)
      ctx.load_verify_file(ca);
    else
      ctx.set_default_verify_paths();
    ctx.set_verify_mode(ssl::verify_peer);
    beast::ssl_stream<beast::tcp_stream> stream(io, ctx);
    if (!SSL_set_tlsext_host_name(stream.native_handle(), u.host.c_str()))
      throw SyncError("cannot set the TLS server name " + u.host);
    stream.set_verify_callback(ssl::host_name_verification(u.host));
    beast::get_lowest_layer(stream).expires_after(std::chrono::seconds(120));
    beast::get_lowest_layer(stream).connect(endpoints);
    stream.handshake(ssl::stream_base::client);
    Answer a = exchange_over(stream, u, method, target, token, body);
    beast::error_code ec;
    stream.shutdown(ec);
    return a;
  } catch (const boost::system::system_error& e) {
    throw SyncError("cannot reach " + u.host + ":" + u.port + ": " + e.code().message());
  }
}

void check(const Answer& a, const char* what) {
  if (a.status == 200) return;
  std::string message = a.body;
  auto j = nlohmann::json::parse(a.body, nullptr, false);
  if (!j.is_discarded() && j.contains("error") && j["error"].is_object())
    message = j["error"].value("message", a.body);
  throw SyncError(std::string(what) + ": the peer answered " + std::to_string(a.status) + ": " + message);
}

}  // namespace

SyncResult sync_with_peer(Store& store, const audit::Actor& actor, const SyncOptions& o) {
  const Url u = parse_url(o.peer);
  std::string query = "?level=" + encode(std::string(to_string(o.level)));
  if (!o.operation.empty()) query += "&operation=" + encode(o.operation);
  Answer pulled = call(u, http::verb::get, "/api/v1/exchange/bundles" + query, o.token);
  check(pulled, "pull");
  SyncResult r;
  r.pulled = import_bundle(store, actor, pulled.body);
  r.peer_administration = r.pulled.issuer;
  ExportOptions eo;
  eo.level = o.level;
  eo.operation = o.operation;
  eo.personal = o.personal;
  eo.master_key_path = o.master_key_path;
  eo.for_partner = r.peer_administration;
  const std::string ours = to_json(export_bundle(store, actor, eo)).dump();
  Answer pushed = call(u, http::verb::post, "/api/v1/exchange/bundles", o.token, ours);
  check(pushed, "push");
  r.pushed = nlohmann::json::parse(pushed.body, nullptr, false);
  if (r.pushed.is_discarded()) throw SyncError("push: the peer's answer is not JSON");
  return r;
}

}  // namespace custos::exchange
