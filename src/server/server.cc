#include "server/server.hpp"

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <csignal>
#include <iostream>
#include <limits>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <thread>
#include <unordered_map>

#include "server/dispatcher.hpp"
#include "server/worker_pool.hpp"

namespace custos::server {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace ssl = boost::asio::ssl;
using tcp = asio::ip::tcp;

namespace {

class SessionBase {
 public:
  virtual ~SessionBase() = default;
  virtual void shutdown() = 0;
};

tcp::endpoint parse_listen(const std::string& listen) {
  const size_t colon = listen.rfind(':');
  if (colon == std::string::npos || colon + 1 == listen.size())
    throw std::invalid_argument("listen must be ADDRESS:PORT (e.g. 127.0.0.1:8080), not '" + listen + "'");
  std::string host = listen.substr(0, colon);
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  int port = 0;
  try {
    size_t used = 0;
    port = std::stoi(listen.substr(colon + 1), &used);
    if (used != listen.size() - colon - 1) throw std::invalid_argument("port");
  } catch (const std::exception&) {
    throw std::invalid_argument("listen: '" + listen.substr(colon + 1) + "' is not a port number");
  }
  if (port < 0 || port > 65535) throw std::invalid_argument("listen: the port must be between 0 and 65535");
  boost::system::error_code ec;
  auto address = asio::ip::make_address(host.empty() ? "0.0.0.0" : host, ec);
  if (ec) throw std::invalid_argument("listen: '" + host + "' is not an IP address");
  return {address, static_cast<unsigned short>(port)};
}

}  // namespace

struct Server::Impl {
  ServerOptions options;
  const Router& router;
  Metrics metrics;
  Dispatcher dispatcher{options, router, metrics};

  std::mutex mu;
  std::unordered_map<SessionBase*, std::weak_ptr<SessionBase>> sessions;
  bool stopping = false;

  std::unique_ptr<WorkerPool> pool;
  asio::io_context ioc;
  // Stopping runs on this strand: the signal's handler, stop(), the
  // shutdown deadline and the last connection's "all closed" are serialised
  // (with two I/O threads they could otherwise race on the timer, and the
  // process would wait the whole shutdown_timeout for nothing).
  asio::strand<asio::io_context::executor_type> control{ioc.get_executor()};
  ssl::context ssl_ctx{ssl::context::tls_server};
  tcp::acceptor acceptor{control};
  asio::signal_set signals{control};
  asio::steady_timer shutdown_timer{control};
  asio::steady_timer accept_retry{control};
  int threads = 1;

  Impl(ServerOptions o, const Router& r) : options(std::move(o)), router(r) {}

  void add(const std::shared_ptr<SessionBase>& s) {
    std::lock_guard lock(mu);
    sessions.emplace(s.get(), s);
    metrics.connections_open = static_cast<long long>(sessions.size());
  }
  void remove(SessionBase* s) {
    std::lock_guard lock(mu);
    sessions.erase(s);
    metrics.connections_open = static_cast<long long>(sessions.size());
    if (stopping && sessions.empty()) asio::post(control, [this] { shutdown_timer.cancel(); });
  }
  size_t open_sessions() {
    std::lock_guard lock(mu);
    return sessions.size();
  }

  void accept();
  void on_accept(const boost::system::error_code& ec, tcp::socket socket);
  void begin_stop();
};

namespace {

template <bool Tls>
class Session : public SessionBase, public std::enable_shared_from_this<Session<Tls>> {
 public:
  using Stream = std::conditional_t<Tls, beast::ssl_stream<beast::tcp_stream>, beast::tcp_stream>;

  template <class... Args>
  Session(Server::Impl& srv, std::string address, tcp::socket&& socket, Args&&... args)
      : srv_(srv), stream_(std::move(socket), std::forward<Args>(args)...) {
    client_.address = std::move(address);
    client_.tls = Tls;
  }
  ~Session() override { srv_.remove(this); }

  void start() {
    asio::dispatch(stream_.get_executor(), [self = this->shared_from_this()] {
      if constexpr (Tls) {
        self->tcp().expires_after(std::chrono::seconds(self->srv_.options.header_timeout));
        self->stream_.async_handshake(ssl::stream_base::server, [self](beast::error_code ec) {
          if (ec) return self->abandon();
          self->wait();
        });
      } else {
        self->wait();
      }
    });
  }

  void shutdown() override {
    asio::post(stream_.get_executor(), [self = this->shared_from_this()] {
      self->closing_ = true;
      if (!self->busy_) self->tcp().cancel();
    });
  }

 private:
  beast::tcp_stream& tcp() { return beast::get_lowest_layer(stream_); }
  const ServerOptions& options() const { return srv_.options; }

  // Waits for the first byte of the next request: the header deadline for a
  // new connection, the idle deadline for a kept-alive one.
  void wait() {
    if (closing_) return close();
    if (buffer_.size() > 0) return read_header();
    tcp().expires_after(std::chrono::seconds(first_ ? options().header_timeout : options().idle_timeout));
    stream_.async_read_some(buffer_.prepare(4096),
                            [self = this->shared_from_this()](beast::error_code ec, std::size_t n) {
                              self->buffer_.commit(n);
                              if (ec) return self->abandon();
                              self->read_header();
                            });
  }

  void read_header() {
    first_ = false;
    header_parser_.emplace();
    header_parser_->header_limit(static_cast<std::uint32_t>(options().header_limit));
    // The route's limit is checked in admit(); (boost::none would trip a 1.74 bug.)
    header_parser_->body_limit(std::numeric_limits<std::uint64_t>::max());
    tcp().expires_after(std::chrono::seconds(options().header_timeout));
    http::async_read_header(
        stream_, buffer_, *header_parser_,
        [self = this->shared_from_this()](beast::error_code ec, std::size_t) { self->on_header(ec); });
  }

  void on_header(beast::error_code ec) {
    if (ec == http::error::header_limit) return refuse("header_too_large");
    if (ec == beast::error::timeout && buffer_.size() > 0) return refuse("request_timeout");
    if (ec.category() == beast::error_code(http::error::end_of_stream).category() &&
        ec != http::error::end_of_stream && ec != http::error::partial_message)
      return refuse("bad_request", "the request is not valid HTTP/1.1");
    if (ec) return abandon();
    busy_ = true;
    const auto& header = header_parser_->get();
    version_ = header.version();
    size_t limit = 0;
    if (auto refusal = srv_.dispatcher.admit(header, limit)) return write(std::move(*refusal), true);
    limit_ = limit;
    const bool expect_continue = beast::iequals(header[http::field::expect], "100-continue");
    body_parser_.emplace(std::move(*header_parser_));
    header_parser_.reset();
    body_parser_->body_limit(limit);
    if (expect_continue) {
      continue_ = std::make_shared<http::response<http::empty_body>>(http::status::continue_, version_);
      tcp().expires_after(std::chrono::seconds(options().request_timeout));
      http::async_write(stream_, *continue_,
                        [self = this->shared_from_this()](beast::error_code ec, std::size_t) {
                          self->continue_.reset();
                          if (ec) return self->abandon();
                          self->read_body();
                        });
      return;
    }
    read_body();
  }

  void read_body() {
    tcp().expires_after(std::chrono::seconds(options().request_timeout));
    http::async_read(
        stream_, buffer_, *body_parser_,
        [self = this->shared_from_this()](beast::error_code ec, std::size_t) { self->on_body(ec); });
  }

  void on_body(beast::error_code ec) {
    if (ec == http::error::body_limit)
      return refuse("too_large", std::to_string(limit_));  // the message says "N bytes at most"
    if (ec == beast::error::timeout) return refuse("request_timeout");
    if (ec) return abandon();
    auto request = std::make_shared<Request>(body_parser_->release());
    body_parser_.reset();
    ++srv_.metrics.queue_depth;
    auto self = this->shared_from_this();
    const bool queued = srv_.pool->submit([self, request](Store& store, Store* replica) {
      --self->srv_.metrics.queue_depth;
      Response res = self->srv_.dispatcher.handle(*request, store, self->client_, replica);
      asio::post(self->stream_.get_executor(),
                 [self, res = std::move(res)]() mutable { self->write(std::move(res), false); });
    });
    if (!queued) {
      --srv_.metrics.queue_depth;
      Response res = srv_.dispatcher.error(version_, false, "unavailable");
      res.set(http::field::retry_after, "1");
      write(std::move(res), true);
    }
  }

  // Answers an error and closes (the request may not have been read whole).
  void refuse(const std::string& code, const std::string& detail = {}) {
    busy_ = true;
    write(srv_.dispatcher.error(version_ ? version_ : 11, false, code, detail), true);
  }

  void write(Response res, bool close_after) {
    if (closing_ || close_after) res.keep_alive(false);
    drain_after_ = close_after;
    res_ = std::make_shared<Response>(std::move(res));
    tcp().expires_after(std::chrono::seconds(options().request_timeout));
    http::async_write(stream_, *res_, [self = this->shared_from_this()](beast::error_code ec, std::size_t) {
      self->on_write(ec);
    });
  }

  void on_write(beast::error_code ec) {
    busy_ = false;
    const bool keep = res_->keep_alive();
    res_.reset();
    if (ec) return abandon();
    if (!keep) return close();
    wait();
  }

  // Closes after an answer: TLS close_notify, or a half-close then a short
  // drain of what the client is still sending, so that it reads our answer
  // instead of a reset.
  void close() {
    if constexpr (Tls) {
      tcp().expires_after(std::chrono::seconds(2));
      stream_.async_shutdown([self = this->shared_from_this()](beast::error_code) { self->abandon(); });
    } else {
      beast::error_code ignored;
      tcp().socket().shutdown(tcp::socket::shutdown_send, ignored);
      if (!drain_after_) return abandon();
      tcp().expires_after(std::chrono::seconds(2));
      drain();
    }
  }

  void drain() {
    scratch_.consume(scratch_.size());
    tcp().async_read_some(scratch_.prepare(64 * 1024),
                          [self = this->shared_from_this()](beast::error_code ec, std::size_t n) {
                            self->drained_ += n;
                            if (ec || self->drained_ > (8u << 20)) return self->abandon();
                            self->drain();
                          });
  }

  void abandon() {
    beast::error_code ignored;
    tcp().socket().close(ignored);
  }

  Server::Impl& srv_;
  Stream stream_;
  beast::flat_buffer buffer_{16 * 1024};
  beast::flat_buffer scratch_;
  std::optional<http::request_parser<http::empty_body>> header_parser_;
  std::optional<http::request_parser<http::string_body>> body_parser_;
  std::shared_ptr<Response> res_;
  std::shared_ptr<http::response<http::empty_body>> continue_;
  ClientInfo client_;
  unsigned version_ = 11;
  size_t drained_ = 0;
  size_t limit_ = 0;  // the route's body limit, for the 413's message
  bool first_ = true, busy_ = false, closing_ = false, drain_after_ = false;
};

}  // namespace

void Server::Impl::accept() {
  acceptor.async_accept(
      asio::make_strand(ioc),
      [this](const boost::system::error_code& ec, tcp::socket socket) { on_accept(ec, std::move(socket)); });
}

void Server::Impl::on_accept(const boost::system::error_code& ec, tcp::socket socket) {
  if (ec == asio::error::operation_aborted || !acceptor.is_open()) return;
  if (ec) {
    // Out of file descriptors or the like: wait a little rather than spin.
    accept_retry.expires_after(std::chrono::milliseconds(50));
    accept_retry.async_wait([this](const boost::system::error_code& e) {
      if (!e && acceptor.is_open()) accept();
    });
    return;
  }
  boost::system::error_code ignored;
  if (open_sessions() >= static_cast<size_t>(options.max_connections)) {
    static constexpr std::string_view kBusy =
        "HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\nRetry-After: 1\r\n"
        "Connection: close\r\nContent-Length: 78\r\n\r\n"
        "{\"error\":{\"code\":\"unavailable\",\"message\":\"Too many connections.\",\"field\":null}}";
    socket.non_blocking(true, ignored);
    socket.write_some(asio::buffer(kBusy.data(), kBusy.size()), ignored);
    socket.shutdown(tcp::socket::shutdown_both, ignored);
    socket.close(ignored);
    metrics.error("unavailable");
  } else {
    socket.set_option(tcp::no_delay(true), ignored);
    auto endpoint = socket.remote_endpoint(ignored);
    std::string address = ignored ? std::string("unknown") : endpoint.address().to_string();
    if (options.tls()) {
      auto s = std::make_shared<Session<true>>(*this, std::move(address), std::move(socket), ssl_ctx);
      add(s);
      s->start();
    } else {
      auto s = std::make_shared<Session<false>>(*this, std::move(address), std::move(socket));
      add(s);
      s->start();
    }
  }
  accept();
}

void Server::Impl::begin_stop() {
  std::vector<std::shared_ptr<SessionBase>> open;
  {
    std::lock_guard lock(mu);
    if (stopping) return;
    stopping = true;
    for (auto& [p, weak] : sessions)
      if (auto s = weak.lock()) open.push_back(std::move(s));
  }
  boost::system::error_code ignored;
  acceptor.close(ignored);
  signals.cancel(ignored);
  accept_retry.cancel();
  for (auto& s : open) s->shutdown();
  open.clear();
  if (open_sessions() == 0) return;
  shutdown_timer.expires_after(std::chrono::seconds(options.shutdown_timeout));
  shutdown_timer.async_wait([this](const boost::system::error_code& ec) {
    if (ec) return;  // every connection closed in time
    std::cerr << "custos serve: " << open_sessions() << " connection(s) still open after "
              << options.shutdown_timeout << " s; stopping anyway\n";
    ioc.stop();
  });
}

Server::Server(ServerOptions options, const Router& router)
    : impl_(std::make_unique<Impl>(std::move(options), router)) {
  check_options(impl_->options);
}

Server::~Server() {
  if (impl_->pool) impl_->pool->stop();
}

void Server::start() {
  Impl& s = *impl_;
  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  s.threads = s.options.threads > 0 ? s.options.threads : static_cast<int>(cores);
  const int workers = s.options.workers > 0 ? s.options.workers : static_cast<int>(2 * cores);
  if (s.options.tls()) {
    s.ssl_ctx.set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 |
                          ssl::context::no_sslv3 | ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1 |
                          ssl::context::single_dh_use);
    boost::system::error_code ec;
    s.ssl_ctx.use_certificate_chain_file(s.options.tls_cert, ec);
    if (ec)
      throw std::runtime_error("cannot use the TLS certificate " + s.options.tls_cert + ": " + ec.message());
    s.ssl_ctx.use_private_key_file(s.options.tls_key, ssl::context::pem, ec);
    if (ec) throw std::runtime_error("cannot use the TLS key " + s.options.tls_key + ": " + ec.message());
  }
  s.pool = std::make_unique<WorkerPool>(s.options.db, workers, static_cast<size_t>(s.options.queue_limit),
                                        s.options.read_db);
  const tcp::endpoint endpoint = parse_listen(s.options.listen);
  boost::system::error_code ec;
  s.acceptor.open(endpoint.protocol(), ec);
  if (!ec) s.acceptor.set_option(asio::socket_base::reuse_address(true), ec);
  if (!ec) s.acceptor.bind(endpoint, ec);
  if (!ec) s.acceptor.listen(asio::socket_base::max_listen_connections, ec);
  if (ec) throw std::runtime_error("cannot listen on " + s.options.listen + ": " + ec.message());
  s.accept();
}

unsigned short Server::port() const {
  boost::system::error_code ec;
  auto ep = impl_->acceptor.local_endpoint(ec);
  return ec ? 0 : ep.port();
}

void Server::run() {
  Impl& s = *impl_;
  std::vector<std::thread> extra;
  for (int i = 1; i < s.threads; ++i) extra.emplace_back([&s] { s.ioc.run(); });
  s.ioc.run();
  for (auto& t : extra) t.join();
  s.pool->stop();
}

void Server::stop() {
  asio::post(impl_->control, [impl = impl_.get()] { impl->begin_stop(); });
}

void Server::handle_signals() {
  Impl& s = *impl_;
  // A vanished reader of standard output (the pipe of a supervisor, a
  // closed terminal) must not kill the server with SIGPIPE on its last
  // line: it would exit by a signal instead of 0 after a clean stop.
  // Sockets are written with MSG_NOSIGNAL by Asio already.
  std::signal(SIGPIPE, SIG_IGN);
  s.signals.add(SIGINT);
  s.signals.add(SIGTERM);
  s.signals.async_wait([&s](const boost::system::error_code& ec, int) {
    if (!ec) s.begin_stop();
  });
}

Metrics& Server::metrics() { return impl_->metrics; }
const ServerOptions& Server::options() const { return impl_->options; }

}  // namespace custos::server
