#pragma once
// Errors a request can end with. Every error answer is JSON:
//   {"error":{"code":"...","message":"...","field":"..."}}
// The message comes from one table keyed by the code (error_catalog.cc), so
// that it can be translated: a handler throws ApiError with a code, the
// field it concerns and a detail, never a hand-written sentence of its own.
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace custos::server {

class ApiError : public std::runtime_error {
 public:
  // `detail` fills the catalogue message's {detail}; `field` its {field}.
  ApiError(std::string code, std::string field = {}, std::string detail = {});
  const std::string& code() const { return code_; }
  const std::string& field() const { return field_; }
  const std::string& detail() const { return detail_; }
  unsigned status() const;
  // Seconds for a Retry-After header (429, 503); 0 for none.
  int retry_after = 0;
  // Headers the answer carries (e.g. Allow for 405, WWW-Authenticate for 401).
  std::vector<std::pair<std::string, std::string>> headers;

 private:
  std::string code_, field_, detail_;
};

struct CatalogEntry {
  std::string_view code;
  unsigned status;
  std::string_view message;  // English; {field} and {detail} are filled in
};

// The entry for a code (the "internal" entry for an unknown code).
const CatalogEntry& catalog_entry(std::string_view code);
// The message for a code in a language ("en" for now; unknown languages
// fall back to English).
std::string error_message(std::string_view code, std::string_view field, std::string_view detail,
                          std::string_view language = "en");
// The JSON text of an error answer.
std::string error_body(std::string_view code, std::string_view field, std::string_view detail,
                       std::string_view language = "en");

}  // namespace custos::server
