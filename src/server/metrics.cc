#include "server/metrics.hpp"

#include <fmt/format.h>

namespace custos::server {
namespace {

// Label values escaped as the exposition format asks.
std::string label(std::string_view v) {
  std::string out;
  for (char c : v) {
    if (c == '\\' || c == '"') out.push_back('\\');
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out.push_back(c);
  }
  return out;
}

}  // namespace

void Metrics::observe(std::string_view route, std::string_view method, unsigned status, double seconds) {
  std::lock_guard lock(mu_);
  ++requests_[std::make_tuple(std::string(route), std::string(method), status)];
  auto it = latency_.find(route);
  if (it == latency_.end()) it = latency_.emplace(std::string(route), Histogram{}).first;
  Histogram& h = it->second;
  for (size_t i = 0; i < kBuckets.size(); ++i)
    if (seconds <= kBuckets[i]) ++h.counts[i];
  ++h.count;
  h.sum += seconds;
}

void Metrics::error(std::string_view code) {
  std::lock_guard lock(mu_);
  auto it = errors_.find(code);
  if (it == errors_.end()) it = errors_.emplace(std::string(code), 0).first;
  ++it->second;
}

std::string Metrics::render() const {
  std::lock_guard lock(mu_);
  std::string out;
  out += "# HELP custos_http_requests_total HTTP requests answered, by route pattern, method and status.\n";
  out += "# TYPE custos_http_requests_total counter\n";
  for (const auto& [key, n] : requests_)
    out += fmt::format("custos_http_requests_total{{route=\"{}\",method=\"{}\",status=\"{}\"}} {}\n",
                       label(std::get<0>(key)), label(std::get<1>(key)), std::get<2>(key), n);
  out += "# HELP custos_http_request_duration_seconds Time from a whole request to its answer, by route.\n";
  out += "# TYPE custos_http_request_duration_seconds histogram\n";
  for (const auto& [route, h] : latency_) {
    for (size_t i = 0; i < kBuckets.size(); ++i)
      out += fmt::format("custos_http_request_duration_seconds_bucket{{route=\"{}\",le=\"{}\"}} {}\n",
                         label(route), kBuckets[i], h.counts[i]);
    out += fmt::format("custos_http_request_duration_seconds_bucket{{route=\"{}\",le=\"+Inf\"}} {}\n",
                       label(route), h.count);
    out += fmt::format("custos_http_request_duration_seconds_sum{{route=\"{}\"}} {}\n", label(route), h.sum);
    out +=
        fmt::format("custos_http_request_duration_seconds_count{{route=\"{}\"}} {}\n", label(route), h.count);
  }
  out += "# HELP custos_http_errors_total Error answers, by error code.\n";
  out += "# TYPE custos_http_errors_total counter\n";
  for (const auto& [code, n] : errors_)
    out += fmt::format("custos_http_errors_total{{code=\"{}\"}} {}\n", label(code), n);
  out += "# HELP custos_http_connections_open Connections open now.\n";
  out += "# TYPE custos_http_connections_open gauge\n";
  out += fmt::format("custos_http_connections_open {}\n", connections_open.load());
  out += "# HELP custos_worker_queue_depth Requests waiting for a worker now.\n";
  out += "# TYPE custos_worker_queue_depth gauge\n";
  out += fmt::format("custos_worker_queue_depth {}\n", queue_depth.load());
  return out;
}

}  // namespace custos::server
