#pragma once
// What the targeting routes share (api_declarations.cc, api_assess.cc,
// api_profiles.cc): the targeting options of this server, the engine of the
// calling worker thread for the caller's administration, reading a
// declarations body, and the office scope of officers.
#include <string>

#include "core/declaration.hpp"
#include "server/request_context.hpp"
#include "targeting/assessments.hpp"
#include "targeting/engine.hpp"
#include "targeting/lodge.hpp"

namespace custos::server {

targeting::Options targeting_options(const ServerOptions& options);
// Throws std::invalid_argument for a bad capacity text.
targeting::OnlinePolicy online_policy(const ServerOptions& options);
std::string data_dir(const ServerOptions& options);

// The engine of this worker for the caller's administration; ApiError
// invalid_profile when the administration's profile set is broken.
targeting::Engine& engine(RequestContext& ctx);

// The body as declarations (Content-Type application/json,
// application/x-ndjson or text/csv); ApiError unsupported_media_type or
// malformed_body (with line and column) otherwise.
targeting::ParsedBody declarations_body(RequestContext& ctx);

// Officers see the declarations of their own office only; others answer
// 404 as if they did not exist.
bool in_scope(const RequestContext& ctx, const Declaration& d);
bool in_scope(const RequestContext& ctx, const std::string& office);

}  // namespace custos::server
