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
  // The detail as a message the workbench translates: `id` names a sentence
  // of the detail catalogue (error_catalog.cc; the workbench's
  // `error.detail.<id>`), `params` fill its {placeholders}. Kept only when
  // that sentence, filled, is the detail word for word, and only the first
  // that is: a handler may offer several candidates in a row. The answer
  // then carries "detail_message": {"id", "params"} beside the message.
  ApiError& said(std::string_view id, std::vector<std::pair<std::string, std::string>> params = {});
  // The same with parameters that are words of their own: each `words`
  // entry names a placeholder and the detail id (a sentence without
  // placeholders, e.g. "json_string") that fills it; the answer gives it as
  // {"id": ...} among the params, and the workbench translates it too.
  ApiError& said(std::string_view id, std::vector<std::pair<std::string, std::string>> params,
                 std::vector<std::pair<std::string, std::string>> words);
  const std::string& detail_id() const { return detail_id_; }
  const std::vector<std::pair<std::string, std::string>>& detail_params() const { return detail_params_; }
  const std::vector<std::pair<std::string, std::string>>& detail_words() const { return detail_words_; }
  // Seconds for a Retry-After header (429, 503); 0 for none.
  int retry_after = 0;
  // Headers the answer carries (e.g. Allow for 405, WWW-Authenticate for 401).
  std::vector<std::pair<std::string, std::string>> headers;

 private:
  std::string code_, field_, detail_;
  std::string detail_id_;
  std::vector<std::pair<std::string, std::string>> detail_params_;
  std::vector<std::pair<std::string, std::string>> detail_words_;
};

// The English sentence of a detail id ("" for an unknown id), and every id
// (for the tests that compare them with the workbench's templates).
std::string_view detail_template(std::string_view id);
std::vector<std::string_view> detail_ids();

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
// The same for a thrown error, with its detail_message when it has one.
std::string error_body(const ApiError& e);

}  // namespace custos::server
