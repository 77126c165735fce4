#pragma once
// Counters for `GET /api/v1/metrics`, in the Prometheus text format:
//   custos_http_requests_total{route,method,status}
//   custos_http_request_duration_seconds{route} (a histogram)
//   custos_http_errors_total{code}
//   custos_http_connections_open, custos_worker_queue_depth (gauges)
// Routes are labelled by their pattern, never the raw path, so the number of
// series stays bounded. Safe from any thread.
#include <array>
#include <atomic>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <tuple>

namespace custos::server {

class Metrics {
 public:
  void observe(std::string_view route, std::string_view method, unsigned status, double seconds);
  void error(std::string_view code);
  std::atomic<long long> connections_open{0};
  std::atomic<long long> queue_depth{0};
  std::string render() const;

  static constexpr std::array<double, 12> kBuckets = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                                      0.05,   0.1,   0.25,   0.5,   1.0,  5.0};

 private:
  struct Histogram {
    std::array<unsigned long long, kBuckets.size()> counts{};
    unsigned long long count = 0;
    double sum = 0;
  };
  mutable std::mutex mu_;
  std::map<std::tuple<std::string, std::string, unsigned>, unsigned long long, std::less<>> requests_;
  std::map<std::string, Histogram, std::less<>> latency_;
  std::map<std::string, unsigned long long, std::less<>> errors_;
};

}  // namespace custos::server
