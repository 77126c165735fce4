#include "risk/description_pattern.hpp"

#include <hs/hs.h>

#include "risk/text_fold.hpp"

namespace custos::risk {
namespace {

bool is_word_byte(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80; }

std::string words_to_regex(std::string_view folded, bool prefix) {
  std::string out;
  bool in_word = false, any_word = false;
  for (unsigned char c : folded) {
    if (is_word_byte(c)) {
      if (!in_word) out += any_word ? "[^a-z0-9]+" : "\\b";
      in_word = any_word = true;
      out.push_back(static_cast<char>(c));
    } else {
      in_word = false;
    }
  }
  if (!any_word) return {};
  if (!prefix) out += "\\b";
  return out;
}

}  // namespace

unsigned description_pattern_flags() { return HS_FLAG_CASELESS | HS_FLAG_UTF8 | HS_FLAG_SINGLEMATCH; }

std::optional<std::string> description_regex(std::string_view entry, std::string* error) {
  std::string expr;
  if (entry.substr(0, 3) == "re:") {
    expr = std::string(entry.substr(3));
    if (expr.empty()) {
      if (error) *error = "empty regular expression";
      return std::nullopt;
    }
  } else {
    bool prefix = !entry.empty() && entry.back() == '*';
    if (prefix) entry.remove_suffix(1);
    expr = words_to_regex(fold_text(entry), prefix);
    if (expr.empty()) {
      if (error) *error = "a description entry needs at least one letter or digit";
      return std::nullopt;
    }
  }
  // Compiling alone is the only reliable validation: Hyperscan's dialect is
  // PCRE without back-references and look-around.
  hs_database_t* db = nullptr;
  hs_compile_error_t* err = nullptr;
  if (hs_compile(expr.c_str(), description_pattern_flags(), HS_MODE_BLOCK, nullptr, &db, &err) !=
      HS_SUCCESS) {
    if (error) *error = err && err->message ? err->message : "pattern rejected";
    hs_free_compile_error(err);
    return std::nullopt;
  }
  hs_free_database(db);
  return expr;
}

}  // namespace custos::risk
