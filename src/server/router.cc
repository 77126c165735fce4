#include "server/router.hpp"

#include <stdexcept>

#include "server/api_error.hpp"

namespace custos::server {
namespace {

std::vector<std::string_view> split_path(std::string_view path) {
  std::vector<std::string_view> out;
  if (path.empty() || path[0] != '/') return out;
  size_t start = 1;
  while (true) {
    size_t slash = path.find('/', start);
    out.push_back(
        path.substr(start, slash == std::string_view::npos ? std::string_view::npos : slash - start));
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
  return out;
}

bool is_param(std::string_view seg) { return seg.size() > 2 && seg.front() == '{' && seg.back() == '}'; }

std::string check_param(std::string_view name, std::string_view raw) {
  const std::string field(name);
  auto decoded = percent_decode(raw);
  if (!decoded)
    throw ApiError("bad_path", field, "a malformed percent escape in '" + field + "'")
        .said("percent_escape_in", {{"field", field}});
  if (decoded->empty())
    throw ApiError("bad_path", field, "'" + field + "' is empty").said("segment_empty", {{"field", field}});
  if (decoded->size() > 256)
    throw ApiError("bad_path", field, "'" + field + "' is longer than 256 bytes")
        .said("segment_long", {{"field", field}, {"n", "256"}});
  if (*decoded == "." || *decoded == "..")
    throw ApiError("bad_path", field, "'" + field + "' may not be '.' or '..'")
        .said("segment_dots", {{"field", field}});
  for (char c : *decoded)
    if (c == '/' || c == '\\' || static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
      throw ApiError("bad_path", field, "'" + field + "' may not hold '/', '\\' or control characters")
          .said("segment_chars", {{"field", field}});
  return *decoded;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::optional<std::string> percent_decode(std::string_view s, bool plus_is_space) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%') {
      if (i + 2 >= s.size()) return std::nullopt;
      const int hi = hex_value(s[i + 1]), lo = hex_value(s[i + 2]);
      if (hi < 0 || lo < 0) return std::nullopt;
      out.push_back(static_cast<char>(hi * 16 + lo));
      i += 2;
    } else if (plus_is_space && s[i] == '+') {
      out.push_back(' ');
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

void Router::add(http::verb method, std::string pattern, Access access, Handler handler, BodyLimit body) {
  Route r;
  r.method = method;
  r.pattern = std::move(pattern);
  r.access = access;
  r.handler = std::move(handler);
  r.body = body;
  add(std::move(r));
}

void Router::add(Route route) {
  Compiled c;
  if (!route.pattern.starts_with("/"))
    throw std::logic_error("route pattern must start with '/': " + route.pattern);
  for (std::string_view seg : split_path(route.pattern)) {
    if (seg.empty()) throw std::logic_error("empty segment in route pattern " + route.pattern);
    c.segments.emplace_back(seg);
  }
  auto shape = [](const std::vector<std::string>& segments) {
    std::vector<std::string> out;
    for (const auto& s : segments) out.push_back(is_param(s) ? "{}" : s);
    return out;
  };
  for (size_t i = 0; i < routes_.size(); ++i)
    if (routes_[i].method == route.method && shape(compiled_[i].segments) == shape(c.segments))
      throw std::logic_error("route registered twice: " + route.pattern + " (as " + routes_[i].pattern + ")");
  if (!route.handler) throw std::logic_error("route without a handler: " + route.pattern);
  route.resource = resource_;
  routes_.push_back(std::move(route));
  compiled_.push_back(std::move(c));
}

RouteMatch Router::match(http::verb method, std::string_view path) const {
  RouteMatch m;
  const auto segments = split_path(path);
  // Literal segments win over parameters: a route whose literal matches
  // where another has a parameter is preferred.
  int best_literals = -1;
  for (size_t i = 0; i < routes_.size(); ++i) {
    const auto& pattern = compiled_[i].segments;
    if (pattern.size() != segments.size()) continue;
    bool ok = true;
    int literals = 0;
    for (size_t k = 0; k < pattern.size() && ok; ++k) {
      if (is_param(pattern[k])) continue;
      ok = pattern[k] == segments[k];
      ++literals;
    }
    if (!ok) continue;
    if (routes_[i].method == method && literals > best_literals) {
      best_literals = literals;
      m.route = &routes_[i];
    }
    m.allowed.push_back(routes_[i].method);
  }
  if (m.route) {
    const auto& pattern = split_path(m.route->pattern);
    for (size_t k = 0; k < pattern.size(); ++k)
      if (is_param(pattern[k]))
        m.params.emplace_back(std::string(pattern[k].substr(1, pattern[k].size() - 2)),
                              check_param(pattern[k].substr(1, pattern[k].size() - 2), segments[k]));
  }
  return m;
}

const Router& all_routes() {
  static const Router router = [] {
    Router r;
    register_all_routes(r);
    return r;
  }();
  return router;
}

}  // namespace custos::server
