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

// The details written in words that an officer can meet in the workbench,
// one sentence per id; {name} is filled from the ApiError's params.
struct DetailEntry {
  std::string_view id, english;
};
constexpr std::array<DetailEntry, 110> kDetails = {{
    {"no_declaration", "no declaration {id}"},
    {"no_permit", "no permit {permit}"},
    {"no_seizure", "no seizure {id}"},
    {"no_case", "no case {id}"},
    {"no_user", "no user {username}"},
    {"no_route", "no API route {path}"},
    {"no_profile_pack", "no profile pack {id}"},
    {"role_may_not", "{role} may not {method} {route}"},
    {"own_office_lodge", "officers lodge declarations of their own office only"},
    {"own_office_targets", "officers see their own office's targets only"},
    {"user_exists", "user {username} exists"},
    {"administration_exists", "administration {code} exists"},
    {"csrf_token", "the X-CSRF-Token header is missing or does not match your session"},
    {"csrf_origin", "the Origin header names another site"},
    {"inspection_result", "one of clean, discrepancy, seizure"},
    {"illicit_domain", "not a known domain (e.g. precursors, waste, wildlife)"},
    {"at_most_bytes", "at most {n} bytes"},
    {"lane", "one of green, blue, yellow, orange, red"},
    {"override_reason", "a lane override needs a written reason"},
    {"custody_action", "say what happened (sealed, transferred...)"},
    {"case_title", "a case needs a title"},
    {"current_password", "it is not your current password"},
    {"own_account", "you cannot disable your own account"},
    {"one_of", "one of {values}"},
    {"date", "expected a date YYYY-MM-DD"},
    {"day", "expected YYYY-MM-DD"},
    {"permit_csv", "text/csv (the permit CSV)"},
    // A record file's refused header (the readers' reject codes).
    {"permit_header_empty", "empty file; expected the permit CSV header"},
    {"permit_header_lacks", "the header lacks {columns} (docs/records.md, permits)"},
    {"seizure_header_empty", "empty file; expected the seizure CSV header (docs/records.md)"},
    {"seizure_header_lacks", "the header lacks {columns} (the canonical seizure columns: docs/records.md)"},
    {"header_twice", "column '{column}' is named twice; which one holds the value?"},
    // A header that is not valid CSV (core/csv_reader.cc's error codes).
    {"csv_open_quote", "a quoted field is not closed before the end of the file"},
    {"csv_after_quote", "unexpected text after a closing quote"},
    // A JSON body (json_body.cc). A syntax error's {reason} is the parser's
    // own words and stays as written.
    {"body_empty", "the body is empty"},
    {"json_nesting", "nesting deeper than {n} levels"},
    {"json_key_twice", "the key '{key}' appears twice in one object"},
    {"json_syntax", "{reason} at line {line}, column {column}"},
    {"expect_object", "an object (found {found})"},
    {"expect_string", "a string (found {found})"},
    {"expect_boolean", "true or false (found {found})"},
    {"expect_integer", "an integer (found {found})"},
    {"json_null", "null"},
    {"json_object", "an object"},
    {"json_array", "an array"},
    {"json_string", "a string"},
    {"json_boolean", "a boolean"},
    {"json_number", "a number"},
    {"json_integer", "an integer"},
    {"out_of_range", "out of range"},
    {"between", "must be between {min} and {max}"},
    {"known_fields", " (known: {fields})"},
    {"seizures_array", "an array of seizure records"},
    // Paths, queries and the routes' own refusals.
    {"path_slash", "it must start with '/'"},
    {"path_chars", "it holds a backslash, a space or a control character"},
    {"percent_escape", "a malformed percent escape"},
    {"dot_segments", "'.' and '..' segments are refused"},
    {"path_nul", "it holds a NUL byte"},
    {"given_twice", "given twice"},
    {"percent_escape_in", "a malformed percent escape in '{field}'"},
    {"segment_empty", "'{field}' is empty"},
    {"segment_long", "'{field}' is longer than {n} bytes"},
    {"segment_dots", "'{field}' may not be '.' or '..'"},
    {"segment_chars", "'{field}' may not hold '/', '\\' or control characters"},
    {"not_integer", "not an integer"},
    {"no_such_parameter", "this route takes no such parameter"},
    {"day_as", "give the day as YYYY-MM-DD"},
    {"not_known_domain", "not a known domain"},
    {"json_or_html", "json or html"},
    {"date_required", "required, a date YYYY-MM-DD"},
    {"before_from", "before 'from'"},
    {"report_domain", "not a domain"},
    {"packs_not_loaded", "the profile packs could not be loaded on this server"},
    {"no_partner", "no trusted partner {partner} here"},
    {"bundle_issuer", "the bundle was issued by {issuer}, not by {partner}"},
    {"exchange_level", "operation, partners or public"},
    {"a_date", "a date YYYY-MM-DD"},
    {"personal_data", "pseudonym, redact or full"},
    {"exchange_kind", "seizure, alert or feedback"},
    {"no_profile_pack_id", "no profile pack {id} (ids are lower-case letters, digits, '-' and '_')"},
    {"toml_media", "application/toml (or text/plain)"},
    {"pack_id_chars", "lower-case letters, digits, '-' and '_'"},
    {"name_needed", "a name is needed"},
    {"screen_country", "an ISO 3166 code such as IR, or a country name"},
    {"screen_kind", "person, organisation, vessel or aircraft"},
    {"no_screening_list", "no screening list is imported (custos lists import)"},
    {"no_screening_build", "this build has no screening"},
    {"spectrum_media", "text/plain, chemical/x-jcamp-dx or application/octet-stream"},
    {"no_spectral_library", "no spectral library (custos serve --spectral-library FILE)"},
    {"no_spectrum", "no spectrum in the body"},
    {"no_spectra_build", "this build has no spectra module"},
    {"longer_than_bytes", "longer than {n} bytes"},
    {"lodging_media", "application/json, application/x-ndjson or text/csv"},
    // The case module's and the exercise's refusals (api_cases.cc, api_exercises.cc).
    {"no_case_quoted", "no case '{id}'"},
    {"not_one_of_value", "'{value}' is not one of {values}"},
    {"empty_reference", "empty reference"},
    {"no_seizure_quoted", "no seizure '{id}'"},
    {"no_declaration_quoted", "no declaration '{id}'"},
    {"empty_note", "an empty note"},
    {"no_task", "case {case} has no task {task}"},
    {"new_task_title", "a new task needs a title (or give 'task' and 'status' to change one)"},
    {"task_title", "a task needs a title"},
    {"exercise_not_started", "the exercise has not started yet"},
    {"exercise_not_running", "the exercise is {state}, not running"},
    {"exercise_capacity", "your inspection capacity ({n}) is used up"},
    {"exercise_cannot", "cannot {action} an exercise that is {state}"},
    {"inspected_already", "you have inspected {id} already"},
    {"inspect_before_sampling", "inspect {id} before sampling its goods"},
    {"inspect_before_outcome", "inspect {id} before recording an outcome"},
    {"sample_before_identifying", "sample item {item} of {id} before identifying it"},
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

ApiError& ApiError::said(std::string_view id, std::vector<std::pair<std::string, std::string>> params) {
  return said(id, std::move(params), {});
}

ApiError& ApiError::said(std::string_view id, std::vector<std::pair<std::string, std::string>> params,
                         std::vector<std::pair<std::string, std::string>> words) {
  if (!detail_id_.empty()) return *this;
  std::string filled(detail_template(id));
  if (filled.empty()) return *this;
  for (const auto& [k, v] : params) replace_all(filled, "{" + k + "}", v);
  for (const auto& [k, word] : words) {
    const std::string_view w = detail_template(word);
    if (w.empty() || w.find('{') != std::string_view::npos) return *this;
    replace_all(filled, "{" + k + "}", w);
  }
  if (filled != detail_) return *this;
  detail_id_ = std::string(id);
  detail_params_ = std::move(params);
  detail_words_ = std::move(words);
  return *this;
}

std::string_view detail_template(std::string_view id) {
  for (const DetailEntry& d : kDetails)
    if (d.id == id) return d.english;
  return {};
}

std::vector<std::string_view> detail_ids() {
  std::vector<std::string_view> out;
  for (const DetailEntry& d : kDetails) out.push_back(d.id);
  return out;
}

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

std::string error_body(const ApiError& e) {
  if (e.detail_id().empty()) return error_body(e.code(), e.field(), e.detail());
  nlohmann::json body = nlohmann::json::parse(error_body(e.code(), e.field(), e.detail()));
  nlohmann::json params = nlohmann::json::object();
  for (const auto& [k, v] : e.detail_params()) params[k] = v;
  for (const auto& [k, word] : e.detail_words()) params[k] = {{"id", word}};
  body["error"]["detail_message"] = {{"id", e.detail_id()}, {"params", params}};
  return body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace custos::server
