#include "risk/toml_cursor.hpp"

#include <algorithm>

namespace custos::risk::detail {

void ErrorSink::add(const toml::source_region& at, std::string message, std::string hint) {
  errors_.push_back(LoadError{file_, static_cast<int>(at.begin.line), static_cast<int>(at.begin.column),
                              std::move(message), std::move(hint)});
}

SourcePos ErrorSink::pos(const toml::source_region& at) const {
  return SourcePos{file_, static_cast<int>(at.begin.line), static_cast<int>(at.begin.column)};
}

namespace {

size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j)
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

}  // namespace

std::string closest(std::string_view word, const std::vector<std::string_view>& known) {
  std::string best;
  size_t best_d = std::max<size_t>(2, word.size() / 3) + 1;
  for (std::string_view k : known) {
    size_t d = edit_distance(word, k);
    if (d < best_d) {
      best_d = d;
      best = std::string(k);
    }
  }
  return best;
}

void check_keys(const toml::table& table, const std::vector<std::string_view>& known, std::string_view where,
                ErrorSink& sink) {
  for (auto&& [key, node] : table) {
    if (std::find(known.begin(), known.end(), key.str()) != known.end()) continue;
    std::string guess = closest(key.str(), known);
    std::string hint =
        guess.empty() ? "see docs/profiles.md for the fields allowed here" : "did you mean '" + guess + "'?";
    sink.add(key.source(), "unknown field '" + std::string(key.str()) + "' in " + std::string(where), hint);
  }
}

std::optional<std::string> get_string(const toml::node& n, std::string_view key, ErrorSink& sink) {
  if (auto s = n.value_exact<std::string>()) return s;
  sink.add(n.source(), "'" + std::string(key) + "' must be a string", "write it in double quotes");
  return std::nullopt;
}

std::optional<double> get_number(const toml::node& n, std::string_view key, ErrorSink& sink) {
  if (n.is_integer() || n.is_floating_point()) {
    double v = *n.value<double>();
    if (v == v) return v;  // NaN is never a useful bound
  }
  sink.add(n.source(), "'" + std::string(key) + "' must be a number", "e.g. " + std::string(key) + " = 1000");
  return std::nullopt;
}

std::optional<Date> get_date(const toml::node& n, std::string_view key, ErrorSink& sink) {
  if (const auto* d = n.as_date()) {
    const toml::date& v = d->get();
    if (auto r = Date::from_ymd(v.year, v.month, v.day)) return r;
  } else if (auto s = n.value_exact<std::string>()) {
    if (auto r = Date::parse(*s)) return r;
  }
  sink.add(n.source(), "'" + std::string(key) + "' must be a date", "write YYYY-MM-DD, e.g. 2025-01-31");
  return std::nullopt;
}

std::optional<std::vector<std::pair<std::string, toml::source_region>>> get_strings(const toml::node& n,
                                                                                    std::string_view key,
                                                                                    ErrorSink& sink) {
  std::vector<std::pair<std::string, toml::source_region>> out;
  if (auto s = n.value_exact<std::string>()) {
    out.emplace_back(*s, n.source());
    return out;
  }
  const toml::array* a = n.as_array();
  if (a == nullptr) {
    sink.add(n.source(), "'" + std::string(key) + "' must be a list of strings",
             "e.g. " + std::string(key) + " = [\"A\", \"B\"]");
    return std::nullopt;
  }
  bool ok = true;
  for (const toml::node& e : *a) {
    if (auto s = e.value_exact<std::string>()) {
      out.emplace_back(*s, e.source());
    } else {
      sink.add(e.source(), "every entry of '" + std::string(key) + "' must be a string", "quote it");
      ok = false;
    }
  }
  if (!ok) return std::nullopt;
  return out;
}

}  // namespace custos::risk::detail
