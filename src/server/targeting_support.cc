#include "server/targeting_support.hpp"

#include "risk/pipeline.hpp"
#include "server/api_error.hpp"
#include "server/options.hpp"

namespace custos::server {

std::string data_dir(const ServerOptions& o) {
  return o.data_dir.empty() ? targeting::default_data_dir() : o.data_dir;
}

targeting::Options targeting_options(const ServerOptions& o) {
  targeting::Options t;
  t.data_dir = data_dir(o);
  return t;
}

targeting::OnlinePolicy online_policy(const ServerOptions& o) {
  return targeting::online_policy(o.capacity, o.random_share);
}

targeting::Engine& engine(RequestContext& ctx) {
  try {
    return targeting::EngineCache::for_thread(targeting_options(ctx.services().options)).get(ctx.store());
  } catch (const risk::ProfileSetError& e) {
    throw ApiError("invalid_profile", "", e.what());
  }
}

targeting::ParsedBody declarations_body(RequestContext& ctx) {
  const std::string type = ctx.content_type();
  auto format = targeting::body_format(type);
  if (!format)
    throw ApiError("unsupported_media_type", "", "application/json, application/x-ndjson or text/csv")
        .said("lodging_media");
  try {
    return targeting::parse_declarations(ctx.body(), *format);
  } catch (const targeting::BodyError& e) {
    throw ApiError("malformed_body", "", e.what());
  }
}

bool in_scope(const RequestContext& ctx, const std::string& office) {
  return ctx.caller().role != auth::Role::officer || ctx.caller().office == office;
}

bool in_scope(const RequestContext& ctx, const Declaration& d) { return in_scope(ctx, d.office); }

}  // namespace custos::server
