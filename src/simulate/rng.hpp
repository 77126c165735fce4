#pragma once
// The simulator's random source: one seeded generator, so a seed gives the
// same trade on every run, whatever the compiler. For that, every draw is a
// statement of its own, never one of several arguments of one call (C++
// leaves the order of a call's arguments to the compiler): draw into named
// values first, as illicit.cc and population.cc do (in the order GCC drew
// them before, so the files stay the same).
#include <cmath>
#include <cstdint>
#include <random>
#include <span>
#include <string_view>
#include <vector>

namespace custos::sim {

class Rng {
 public:
  explicit Rng(uint64_t seed) : gen_(seed ^ 0x9E3779B97F4A7C15ULL) {}
  double uniform() { return static_cast<double>(gen_() >> 11) * 0x1.0p-53; }
  double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
  uint64_t below(uint64_t n) { return n == 0 ? 0 : gen_() % n; }
  bool chance(double p) { return uniform() < p; }
  double normal() {
    // Box-Muller; the second value is discarded for simplicity
    double u1 = uniform(), u2 = uniform();
    if (u1 < 1e-300) u1 = 1e-300;
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
  }
  double lognormal(double median, double sigma) { return median * std::exp(sigma * normal()); }
  template <typename T>
  const T& pick(std::span<const T> xs) {
    return xs[below(xs.size())];
  }
  template <typename T>
  const T& pick(const std::vector<T>& xs) {
    return xs[below(xs.size())];
  }
  // Skewed towards the front: a few traders file most declarations.
  size_t skewed(size_t n) {
    return static_cast<size_t>(std::pow(uniform(), 2.2) * static_cast<double>(n)) % n;
  }

 private:
  std::mt19937_64 gen_;
};

// Splits "A,B,C" into views.
inline std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  while (!s.empty()) {
    size_t k = s.find(sep);
    out.push_back(s.substr(0, k));
    if (k == std::string_view::npos) break;
    s.remove_prefix(k + 1);
  }
  return out;
}

}  // namespace custos::sim
