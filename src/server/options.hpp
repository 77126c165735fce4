#pragma once
// Everything `custos serve` can be told, with its defaults. Each setting is
// a flag of `custos serve` and a key of the configuration file
// (/etc/custos/custos.toml): the key is the flag without its leading dashes,
// with '_' for '-'. Flags given on the command line win over the file.
#include <cstddef>
#include <string>

#include "auth/login.hpp"

namespace custos::server {

struct ServerOptions {
  std::string db;                         // the store
  std::string read_db;                    // optional: a streaming replica for read-heavy routes
  std::string listen = "127.0.0.1:8080";  // ADDR:PORT; port 0 picks a free one
  int threads = 0;                        // I/O threads; 0: one per core
  int workers = 0;                        // blocking-work threads, each with its store handle; 0: 2 per core
  std::string tls_cert, tls_key;          // PEM files; both or neither
  std::string web_root;                   // static files; empty: installed, else the build's web/dist

  size_t body_limit = 1 << 20;           // bytes, for most routes
  size_t lodging_body_limit = 64 << 20;  // bytes, for routes that take declaration files
  size_t header_limit = 8 << 10;         // bytes of request line and headers
  int header_timeout = 10;               // seconds to send a request's header
  int request_timeout = 120;             // seconds to send a body, and to take an answer
  int idle_timeout = 60;                 // seconds a kept-alive connection may wait for its next request
  int max_connections = 2000;            // open connections at once; more are refused
  int queue_limit = 4096;                // requests waiting for a worker; more answer 503
  int shutdown_timeout = 30;             // seconds SIGTERM waits for requests in flight

  long long session_idle_timeout = 30 * 60;
  long long session_absolute_timeout = 12 * 60 * 60;
  int login_max_failures = 5;
  long long login_base_delay = 30;  // seconds of the first slow-down, doubled each further failure
  long long login_max_delay = 15 * 60;

  bool access_log = false;  // one line per request on standard error

  // Targeting (src/targeting): the shipped data folder (empty: found as the
  // command line finds it), lane capacity per office and day
  // ("red=20,orange=5%"; empty: unlimited) and the random floor.
  std::string data_dir;
  std::string capacity;
  double random_share = 0.02;
  std::string spectral_library;  // a library file (custos spectra library build) for spectra/identify

  bool tls() const { return !tls_cert.empty(); }
  size_t limit_for(bool lodging) const { return lodging ? lodging_body_limit : body_limit; }
  auth::LoginPolicy login_policy() const {
    return {{session_idle_timeout, session_absolute_timeout},
            {login_max_failures, login_base_delay, login_max_delay}};
  }
  // The session cookie's name: "__Host-custos_session" under TLS (the
  // browser then insists on Secure, Path=/ and no Domain).
  std::string session_cookie() const { return tls() ? "__Host-custos_session" : "custos_session"; }
};

// Checks values (ranges, TLS files in pairs); throws std::invalid_argument
// naming the setting.
void check_options(const ServerOptions& o);

}  // namespace custos::server
