#pragma once
// Reading JSON request bodies strictly. parse_json_body() refuses, with a
// 400 naming the line and column: malformed JSON, text that is not UTF-8,
// a key given twice in one object, nesting deeper than 64. JsonFields then
// reads an object field by field and refuses, with a 422 naming the field:
// a missing required field, a field of the wrong type, and (done()) any
// field the route does not know.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace custos::server {

nlohmann::json parse_json_body(std::string_view body);

// Line and column (both from 1) of a byte offset (from 0) in a text.
std::pair<size_t, size_t> line_and_column(std::string_view text, size_t offset);

class JsonFields {
 public:
  // `path` prefixes field names in errors ("items[2].hs_code"); throws
  // wrong_type when `value` is not an object.
  explicit JsonFields(nlohmann::json value, std::string path = {});

  std::string string(std::string_view key);  // required
  std::optional<std::string> optional_string(std::string_view key);
  bool boolean(std::string_view key);
  std::optional<bool> optional_boolean(std::string_view key);
  int64_t integer(std::string_view key, int64_t min, int64_t max);
  std::optional<int64_t> optional_integer(std::string_view key, int64_t min, int64_t max);
  // Any JSON value (null when absent); marks the key as known.
  const nlohmann::json* optional_value(std::string_view key);
  // The field's name as errors print it.
  std::string name(std::string_view key) const;
  // Throws unknown_field for the first key no accessor asked for.
  void done() const;

 private:
  const nlohmann::json* find(std::string_view key);
  nlohmann::json object_;
  std::string path_;
  std::set<std::string, std::less<>> known_;
};

}  // namespace custos::server
