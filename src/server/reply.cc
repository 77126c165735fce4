#include "server/route.hpp"

namespace custos::server {

Reply Reply::json(const nlohmann::json& value, unsigned status) {
  Reply r;
  r.status = status;
  r.body = value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return r;
}

Reply Reply::text(std::string body, std::string content_type, unsigned status) {
  Reply r;
  r.status = status;
  r.body = std::move(body);
  r.content_type = std::move(content_type);
  return r;
}

}  // namespace custos::server
