// The one table of error codes, their HTTP status and their message.
#include <array>
#include <nlohmann/json.hpp>

#include "server/api_error.hpp"

namespace custos::server {
namespace {

constexpr std::array<CatalogEntry, 29> kCatalog = {{
    {"bad_request", 400, "The request is not acceptable: {detail}."},
    {"malformed_json", 400, "The body is not valid JSON: {detail}."},
    {"bad_utf8", 400, "The body is not valid UTF-8 text: {detail}."},
    {"bad_path", 400, "The path is not acceptable: {detail}."},
    {"bad_query", 400, "Query parameter '{field}' is not valid: {detail}."},
    {"unauthenticated", 401, "Log in, or send an API token (Authorization: Bearer TOKEN)."},
    {"invalid_credentials", 401, "Wrong username or password."},
    {"forbidden", 403, "Your role may not do this: {detail}."},
    {"csrf", 403, "Refused as a possible cross-site request: {detail}."},
    {"not_found", 404, "Not found: {detail}."},
    {"method_not_allowed", 405, "This path does not take that method; it takes {detail}."},
    {"conflict", 409, "Already there: {detail}."},
    {"length_required", 411,
     "Send the body with a Content-Length header; chunked request bodies are refused."},
    {"too_large", 413, "The body is larger than this route accepts ({detail} bytes at most)."},
    {"unsupported_media_type", 415, "This route takes {detail}."},
    {"missing_field", 422, "Field '{field}' is required."},
    {"wrong_type", 422, "Field '{field}' must be {detail}."},
    {"unknown_field", 422, "Unknown field '{field}'{detail}."},
    {"invalid_value", 422, "Field '{field}' is not valid: {detail}."},
    {"throttled", 429, "Too many failed attempts in a row; try again in {detail} seconds."},
    {"header_too_large", 431, "The request's header is larger than the server accepts."},
    {"internal", 500, "Something went wrong on the server (error id {detail}); it has been logged."},
    {"unavailable", 503, "The server is busy; try again shortly."},
    {"request_timeout", 408, "The request took too long to arrive."},
    {"not_implemented", 501, "Not implemented: {detail}."},
    {"malformed_body", 400, "The body cannot be read: {detail}."},
    {"invalid_profile", 422, "The profile file has errors; nothing was changed: {detail}."},
    {"not_configured", 503, "The server is not set up for this: {detail}."},
    {"exercise_state", 409, "The exercise does not allow this now: {detail}."},
}};

void replace_all(std::string& s, std::string_view what, std::string_view with) {
  for (size_t p = s.find(what); p != std::string::npos; p = s.find(what, p + with.size()))
    s.replace(p, what.size(), with);
}

}  // namespace

ApiError::ApiError(std::string code, std::string field, std::string detail)
    : std::runtime_error(error_message(code, field, detail)),
      code_(std::move(code)),
      field_(std::move(field)),
      detail_(std::move(detail)) {}

unsigned ApiError::status() const { return catalog_entry(code_).status; }

const CatalogEntry& catalog_entry(std::string_view code) {
  for (const CatalogEntry& e : kCatalog)
    if (e.code == code) return e;
  for (const CatalogEntry& e : kCatalog)
    if (e.code == "internal") return e;
  return kCatalog.front();
}

std::string error_message(std::string_view code, std::string_view field, std::string_view detail,
                          std::string_view /*language*/) {
  std::string m(catalog_entry(code).message);
  replace_all(m, "{field}", field);
  replace_all(m, "{detail}", detail);
  return m;
}

std::string error_body(std::string_view code, std::string_view field, std::string_view detail,
                       std::string_view language) {
  nlohmann::json e = {{"code", std::string(code)}, {"message", error_message(code, field, detail, language)}};
  e["field"] = field.empty() ? nlohmann::json(nullptr) : nlohmann::json(std::string(field));
  return nlohmann::json{{"error", e}}.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace custos::server
