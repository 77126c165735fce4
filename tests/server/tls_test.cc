// HTTPS: the server with --tls-cert/--tls-key, a self-signed certificate
// made here at test time (OpenSSL), a client that trusts only it. The
// session cookie is Secure and __Host- prefixed under TLS; plain HTTP and
// unusable key files are refused with a message naming the file.
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <gtest/gtest.h>
#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <cstdio>
#include <fstream>
#include <memory>

#include "server/support/test_server.hpp"
#include "test_util.hpp"

namespace custos::test {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace ssl = asio::ssl;
using tcp = asio::ip::tcp;

struct CertFiles {
  std::string cert, key;
};

// A P-256 key and a certificate for 127.0.0.1 signed by itself, valid a day.
CertFiles make_self_signed(const std::string& name) {
  CertFiles f{temp_path(name + ".crt"), temp_path(name + ".key")};
  std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(EVP_EC_gen("P-256"), EVP_PKEY_free);
  if (!key) throw std::runtime_error("EVP_EC_gen failed");
  std::unique_ptr<X509, decltype(&X509_free)> x(X509_new(), X509_free);
  X509_set_version(x.get(), 2);
  ASN1_INTEGER_set(X509_get_serialNumber(x.get()), 1);
  X509_gmtime_adj(X509_getm_notBefore(x.get()), -60);
  X509_gmtime_adj(X509_getm_notAfter(x.get()), 24 * 3600);
  X509_set_pubkey(x.get(), key.get());
  X509_NAME* subject = X509_get_subject_name(x.get());
  X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char*>("127.0.0.1"),
                             -1, -1, 0);
  X509_set_issuer_name(x.get(), subject);
  X509V3_CTX ctx;
  X509V3_set_ctx_nodb(&ctx);
  X509V3_set_ctx(&ctx, x.get(), x.get(), nullptr, nullptr, 0);
  for (auto [nid, value] : {std::pair{NID_subject_alt_name, "IP:127.0.0.1"},
                            std::pair{NID_basic_constraints, "critical,CA:TRUE"}}) {
    X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (ext == nullptr) throw std::runtime_error("X509V3_EXT_conf_nid failed");
    X509_add_ext(x.get(), ext, -1);
    X509_EXTENSION_free(ext);
  }
  if (X509_sign(x.get(), key.get(), EVP_sha256()) == 0) throw std::runtime_error("X509_sign failed");
  FILE* c = std::fopen(f.cert.c_str(), "w");
  PEM_write_X509(c, x.get());
  std::fclose(c);
  FILE* k = std::fopen(f.key.c_str(), "w");
  PEM_write_PrivateKey(k, key.get(), nullptr, nullptr, 0, nullptr, nullptr);
  std::fclose(k);
  return f;
}

struct TlsResponse {
  unsigned status = 0;
  std::string body;
  std::string set_cookie;
};

// One HTTPS request from a client that verifies the server against `ca`.
TlsResponse tls_request(unsigned short port, const std::string& ca, const std::string& method,
                        const std::string& target, const std::string& body = {}) {
  asio::io_context ioc;
  ssl::context ctx(ssl::context::tls_client);
  ctx.load_verify_file(ca);
  ctx.set_verify_mode(ssl::verify_peer);
  beast::ssl_stream<beast::tcp_stream> stream(ioc, ctx);
  beast::get_lowest_layer(stream).connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), port));
  stream.set_verify_callback(ssl::host_name_verification("127.0.0.1"));
  stream.handshake(ssl::stream_base::client);
  http::request<http::string_body> req(method == "POST" ? http::verb::post : http::verb::get, target, 11);
  req.set(http::field::host, "127.0.0.1");
  if (!body.empty()) {
    req.set(http::field::content_type, "application/json");
    req.body() = body;
  }
  req.prepare_payload();
  http::write(stream, req);
  beast::flat_buffer buffer;
  http::response<http::string_body> res;
  http::read(stream, buffer, res);
  beast::error_code ignored;
  stream.shutdown(ignored);
  return {res.result_int(), res.body(), std::string(res[http::field::set_cookie])};
}

TEST(Tls, ServesHttpsWithASecureHostCookie) {
  const CertFiles files = make_self_signed("tls_ok");
  TestServer srv("tls", [&](server::ServerOptions& o) {
    o.tls_cert = files.cert;
    o.tls_key = files.key;
  });
  TlsResponse health = tls_request(srv.port(), files.cert, "GET", "/api/v1/health");
  EXPECT_EQ(health.status, 200u);
  EXPECT_NE(health.body.find("\"status\":\"ok\""), std::string::npos) << health.body;

  srv.add_user("tess", auth::Role::admin);
  const std::string creds = R"({"username":"tess","password":")" + std::string(TestServer::kPassword) + "\"}";
  TlsResponse login = tls_request(srv.port(), files.cert, "POST", "/api/v1/login", creds);
  ASSERT_EQ(login.status, 200u) << login.body;
  EXPECT_EQ(login.set_cookie.rfind("__Host-custos_session=", 0), 0u) << login.set_cookie;
  EXPECT_NE(login.set_cookie.find("; Secure"), std::string::npos) << login.set_cookie;
  EXPECT_NE(login.set_cookie.find("HttpOnly"), std::string::npos) << login.set_cookie;
  EXPECT_NE(login.set_cookie.find("SameSite=Strict"), std::string::npos) << login.set_cookie;
  EXPECT_NE(login.set_cookie.find("Path=/"), std::string::npos) << login.set_cookie;
}

TEST(Tls, PlainHttpOnTheTlsPortGetsNoAnswer) {
  const CertFiles files = make_self_signed("tls_plain");
  TestServer srv("tls_plain", [&](server::ServerOptions& o) {
    o.tls_cert = files.cert;
    o.tls_key = files.key;
  });
  const std::string got = HttpClient::raw(
      "127.0.0.1", srv.port(), "GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n", std::chrono::seconds(3));
  EXPECT_EQ(got.find("\"status\":\"ok\""), std::string::npos) << got;
}

TEST(Tls, AClientThatDoesNotTrustTheCertificateIsRefused) {
  const CertFiles files = make_self_signed("tls_trusted");
  const CertFiles other = make_self_signed("tls_other");
  TestServer srv("tls_untrusted", [&](server::ServerOptions& o) {
    o.tls_cert = files.cert;
    o.tls_key = files.key;
  });
  EXPECT_THROW(tls_request(srv.port(), other.cert, "GET", "/api/v1/health"), boost::system::system_error);
}

TEST(Tls, UnusableCertificateOrKeyFilesAreNamed) {
  const CertFiles files = make_self_signed("tls_bad");
  const CertFiles other = make_self_signed("tls_bad_other");
  auto start_with = [](const std::string& cert, const std::string& key) -> std::string {
    server::ServerOptions o;
    o.db = temp_path("server_tls_bad.db");
    o.listen = "127.0.0.1:0";
    o.workers = 1;
    o.tls_cert = cert;
    o.tls_key = key;
    try {
      server::Server s(o);
      s.start();
    } catch (const std::exception& e) {
      return e.what();
    }
    return "";
  };
  const std::string missing = temp_path("no_such.crt");
  EXPECT_NE(start_with(missing, files.key).find(missing), std::string::npos);
  // A key that does not match the certificate.
  EXPECT_NE(start_with(files.cert, other.key).find(other.key), std::string::npos);
  // A certificate given as the key.
  EXPECT_NE(start_with(files.cert, files.cert).find(files.cert), std::string::npos);
  server::ServerOptions half;
  half.tls_cert = files.cert;
  EXPECT_THROW(server::check_options(half), std::invalid_argument);
}

}  // namespace
}  // namespace custos::test
