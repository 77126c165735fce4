#include "spectra/spectrum.hpp"

#include <algorithm>
#include <cctype>
#include <numeric>

namespace custos::spectra {

std::string normalise_label(std::string_view label) {
  std::string out;
  out.reserve(label.size());
  for (char c : label) {
    if (c == ' ' || c == '-' || c == '_' || c == '/' || c == '\t') continue;
    out.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  }
  return out;
}

std::string Spectrum::field(std::string_view label) const {
  const std::string want = normalise_label(label);
  for (const auto& [k, v] : meta)
    if (normalise_label(k) == want) return v;
  return {};
}

void Spectrum::set_field(std::string label, std::string value) {
  const std::string want = normalise_label(label);
  for (auto& [k, v] : meta)
    if (normalise_label(k) == want) {
      v = std::move(value);
      return;
    }
  meta.emplace_back(std::move(label), std::move(value));
}

SpectrumError::SpectrumError(const std::string& file, int line, const std::string& what)
    : std::runtime_error(file + (line > 0 ? ":" + std::to_string(line) : std::string()) + ": " + what),
      file_(file),
      line_(line) {}

void sort_by_abscissa(Spectrum& s) {
  const std::size_t n = std::min(s.x.size(), s.y.size());
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return s.x[a] < s.x[b]; });
  std::vector<double> x, y;
  x.reserve(n);
  y.reserve(n);
  for (std::size_t i : order) {
    if (!x.empty() && s.x[i] == x.back()) continue;
    x.push_back(s.x[i]);
    y.push_back(s.y[i]);
  }
  s.x = std::move(x);
  s.y = std::move(y);
}

}  // namespace custos::spectra
