#include "server/options.hpp"

#include <stdexcept>

#include "risk/selection.hpp"
#include "store/store.hpp"

namespace custos::server {

void check_options(const ServerOptions& o) {
  auto positive = [](long long v, const char* name) {
    if (v <= 0) throw std::invalid_argument(std::string(name) + " must be positive");
  };
  if (!o.read_db.empty() && !is_postgres_location(o.read_db))
    throw std::invalid_argument(
        "read-db must be a PostgreSQL URL (postgres://USER@HOST:PORT/DBNAME), a streaming replica of --db");
  if (o.tls_cert.empty() != o.tls_key.empty())
    throw std::invalid_argument("tls-cert and tls-key go together: give both or neither");
  if (o.threads < 0 || o.threads > 256) throw std::invalid_argument("threads must be between 0 and 256");
  if (o.workers < 0 || o.workers > 256) throw std::invalid_argument("workers must be between 0 and 256");
  positive(static_cast<long long>(o.body_limit), "body-limit");
  positive(static_cast<long long>(o.lodging_body_limit), "lodging-body-limit");
  if (o.header_limit < 1024) throw std::invalid_argument("header-limit must be at least 1024 bytes");
  positive(o.header_timeout, "header-timeout");
  positive(o.request_timeout, "request-timeout");
  positive(o.idle_timeout, "idle-timeout");
  positive(o.max_connections, "max-connections");
  positive(o.queue_limit, "queue-limit");
  positive(o.shutdown_timeout, "shutdown-timeout");
  positive(o.session_idle_timeout, "session-idle-timeout");
  positive(o.session_absolute_timeout, "session-absolute-timeout");
  positive(o.login_max_failures, "login-max-failures");
  positive(o.login_base_delay, "login-base-delay");
  positive(o.login_max_delay, "login-max-delay");
  if (!(o.random_share >= 0.0 && o.random_share <= 1.0))
    throw std::invalid_argument("random-share must be between 0 and 1");
  try {
    if (!o.capacity.empty()) risk::parse_capacity(o.capacity);
  } catch (const std::invalid_argument& e) {
    throw std::invalid_argument(std::string("capacity: ") + e.what());
  }
}

}  // namespace custos::server
