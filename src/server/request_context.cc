#include "server/request_context.hpp"

#include <algorithm>
#include <charconv>

#include "server/api_error.hpp"

namespace custos::server {

RequestContext::RequestContext(const Request& request, Store& store, Caller caller, std::string address,
                               Params params, Params query, const Services& services)
    : request_(request),
      store_(store),
      caller_(std::move(caller)),
      actor_{caller_.username, std::move(address)},
      params_(std::move(params)),
      query_(std::move(query)),
      services_(services) {}

const std::string& RequestContext::param(std::string_view name) const {
  for (const auto& [k, v] : params_)
    if (k == name) return v;
  throw std::logic_error("the route has no path parameter " + std::string(name));
}

std::optional<std::string> RequestContext::query(std::string_view name) const {
  for (const auto& [k, v] : query_)
    if (k == name) return v;
  return std::nullopt;
}

int64_t RequestContext::query_integer(std::string_view name, int64_t fallback, int64_t min,
                                      int64_t max) const {
  auto v = query(name);
  if (!v) return fallback;
  int64_t n = 0;
  auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), n);
  if (ec != std::errc() || end != v->data() + v->size())
    throw ApiError("bad_query", std::string(name), "not an integer").said("not_integer");
  if (n < min || n > max)
    throw ApiError("bad_query", std::string(name),
                   "must be between " + std::to_string(min) + " and " + std::to_string(max))
        .said("between", {{"min", std::to_string(min)}, {"max", std::to_string(max)}});
  return n;
}

void RequestContext::only_query(std::initializer_list<std::string_view> known) const {
  for (const auto& [k, v] : query_)
    if (std::find(known.begin(), known.end(), k) == known.end())
      throw ApiError("bad_query", k, "this route takes no such parameter").said("no_such_parameter");
}

std::string RequestContext::content_type() const {
  std::string ct(request_[http::field::content_type]);
  ct = ct.substr(0, ct.find(';'));
  while (!ct.empty() && ct.back() == ' ') ct.pop_back();
  std::transform(ct.begin(), ct.end(), ct.begin(), [](unsigned char c) { return std::tolower(c); });
  return ct;
}

nlohmann::json RequestContext::json() const {
  if (content_type() != "application/json") throw ApiError("unsupported_media_type", "", "application/json");
  return parse_json_body(body());
}

}  // namespace custos::server
