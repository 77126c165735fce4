#pragma once
// `custos serve`: HTTP/1.1 (TLS when given a certificate) over Boost.Beast,
// asynchronous. `threads` I/O threads run every connection (an idle or slow
// connection costs memory, not a thread); each whole request goes to a
// bounded pool of workers that own a Store handle each (worker_pool.hpp),
// and its answer comes back to the connection's strand.
//
// Per connection: a deadline for the header (header_timeout), for a body and
// for writing an answer (request_timeout), and for a kept-alive connection's
// next request (idle_timeout); header size limit; body limit per route,
// checked against Content-Length before any body is read; chunked request
// bodies refused (411); connections over max_connections refused.
//
// stop() (or SIGTERM/SIGINT after handle_signals()) stops accepting, closes
// idle connections, lets each request in flight finish and be answered
// (with Connection: close), waits up to shutdown_timeout, then returns from
// run(). A request is answered only after its handler returned, so whatever
// was acknowledged is committed.
#include <memory>
#include <string>

#include "server/metrics.hpp"
#include "server/options.hpp"
#include "server/router.hpp"

namespace custos::server {

class Server {
 public:
  explicit Server(ServerOptions options, const Router& router = all_routes());
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Opens the workers' store handles, loads the TLS files and binds; throws
  // (std::runtime_error, StoreError) with a message naming what failed.
  void start();
  // The bound port (after start(); useful with port 0).
  unsigned short port() const;
  // Serves until stop(); returns once in-flight requests are answered.
  void run();
  // Graceful stop; safe from any thread and from a signal's handler thread.
  void stop();
  // Makes SIGTERM and SIGINT call stop().
  void handle_signals();
  Metrics& metrics();
  const ServerOptions& options() const;

  struct Impl;  // opaque; public only so that the connection code can reach it

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace custos::server
