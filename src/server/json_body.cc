#include "server/json_body.hpp"

#include <vector>

#include "server/api_error.hpp"

namespace custos::server {
namespace {

constexpr size_t kMaxDepth = 64;

std::string position_text(std::string_view body, size_t offset) {
  auto [line, column] = line_and_column(body, offset);
  return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

// nlohmann's message without its "[json.exception.parse_error.101] parse
// error at line 1, column 2: " prefix.
std::string reason_of(const nlohmann::json::parse_error& e) {
  std::string w = e.what();
  size_t p = w.find(": ");
  if (p != std::string::npos) w = w.substr(p + 2);
  if (w.starts_with("syntax error while parsing value - ")) w = w.substr(35);
  if (w.starts_with("syntax error while parsing object - ")) w = w.substr(36);
  if (w.starts_with("syntax error while parsing array - ")) w = w.substr(35);
  if (w.starts_with("syntax error while parsing object key - ")) w = w.substr(40);
  if (w.starts_with("syntax error while parsing object separator - ")) w = w.substr(46);
  // The lexer quotes the text it read; it can hold control bytes.
  for (char& c : w)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = '?';
  return w;
}

// The detail id naming a JSON value's type; its words ("an integer") are the
// catalogue's (error_catalog.cc).
const char* type_id(const nlohmann::json& v) {
  switch (v.type()) {
    case nlohmann::json::value_t::null: return "json_null";
    case nlohmann::json::value_t::object: return "json_object";
    case nlohmann::json::value_t::array: return "json_array";
    case nlohmann::json::value_t::string: return "json_string";
    case nlohmann::json::value_t::boolean: return "json_boolean";
    case nlohmann::json::value_t::number_float: return "json_number";
    default: return "json_integer";
  }
}

// A wrong_type error: `expected` is the detail id ("expect_string"), its
// English words `words` ("a string").
ApiError wrong_type(const std::string& field, const char* expected, const char* words,
                    const nlohmann::json& v) {
  ApiError e("wrong_type", field,
             std::string(words) + " (found " + std::string(detail_template(type_id(v))) + ")");
  e.said(expected, {}, {{"found", type_id(v)}});
  return e;
}

}  // namespace

std::pair<size_t, size_t> line_and_column(std::string_view text, size_t offset) {
  offset = std::min(offset, text.size());
  size_t line = 1, column = 1;
  for (size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++column;
    }
  }
  return {line, column};
}

nlohmann::json parse_json_body(std::string_view body) {
  if (body.empty()) throw ApiError("malformed_json", "", "the body is empty").said("body_empty");
  // One set of keys per open container; arrays push an unused set.
  std::vector<std::set<std::string, std::less<>>> open;
  auto callback = [&open](int, nlohmann::json::parse_event_t event, nlohmann::json& parsed) {
    using E = nlohmann::json::parse_event_t;
    switch (event) {
      case E::object_start:
      case E::array_start:
        open.emplace_back();
        if (open.size() > kMaxDepth)
          throw ApiError("malformed_json", "", "nesting deeper than " + std::to_string(kMaxDepth) + " levels")
              .said("json_nesting", {{"n", std::to_string(kMaxDepth)}});
        break;
      case E::object_end:
      case E::array_end:
        if (!open.empty()) open.pop_back();
        break;
      case E::key:
        if (!open.empty() && !open.back().insert(parsed.get<std::string>()).second)
          throw ApiError("malformed_json", parsed.get<std::string>(),
                         "the key '" + parsed.get<std::string>() + "' appears twice in one object")
              .said("json_key_twice", {{"key", parsed.get<std::string>()}});
        break;
      default: break;
    }
    return true;
  };
  try {
    return nlohmann::json::parse(body.begin(), body.end(), callback, true, false);
  } catch (const nlohmann::json::parse_error& e) {
    const size_t offset = e.byte > 0 ? e.byte - 1 : 0;
    std::string reason = reason_of(e);
    if (reason.find("UTF-8") != std::string::npos)
      throw ApiError("bad_utf8", "",
                     "at " + position_text(body, offset) + " (byte " + std::to_string(offset) + ")");
    auto [line, column] = line_and_column(body, offset);
    throw ApiError("malformed_json", "", reason + " at " + position_text(body, offset))
        .said("json_syntax",
              {{"reason", reason}, {"line", std::to_string(line)}, {"column", std::to_string(column)}});
  } catch (const nlohmann::json::out_of_range& e) {
    // A number too large for a double ("1E400"): the parser says which.
    std::string what = e.what();
    const size_t at = what.find("] ");
    throw ApiError("malformed_json", "", at == std::string::npos ? what : what.substr(at + 2));
  }
}

JsonFields::JsonFields(nlohmann::json value, std::string path)
    : object_(std::move(value)), path_(std::move(path)) {
  if (!object_.is_object())
    throw wrong_type(path_.empty() ? "body" : path_, "expect_object", "an object", object_);
}

std::string JsonFields::name(std::string_view key) const {
  return path_.empty() ? std::string(key) : path_ + "." + std::string(key);
}

const nlohmann::json* JsonFields::find(std::string_view key) {
  known_.emplace(key);
  auto it = object_.find(key);
  if (it == object_.end() || it->is_null()) return nullptr;
  return &*it;
}

const nlohmann::json* JsonFields::optional_value(std::string_view key) { return find(key); }

std::optional<std::string> JsonFields::optional_string(std::string_view key) {
  const nlohmann::json* v = find(key);
  if (!v) return std::nullopt;
  if (!v->is_string()) throw wrong_type(name(key), "expect_string", "a string", *v);
  return v->get<std::string>();
}

std::string JsonFields::string(std::string_view key) {
  auto v = optional_string(key);
  if (!v) throw ApiError("missing_field", name(key));
  return *v;
}

std::optional<bool> JsonFields::optional_boolean(std::string_view key) {
  const nlohmann::json* v = find(key);
  if (!v) return std::nullopt;
  if (!v->is_boolean()) throw wrong_type(name(key), "expect_boolean", "true or false", *v);
  return v->get<bool>();
}

bool JsonFields::boolean(std::string_view key) {
  auto v = optional_boolean(key);
  if (!v) throw ApiError("missing_field", name(key));
  return *v;
}

std::optional<int64_t> JsonFields::optional_integer(std::string_view key, int64_t min, int64_t max) {
  const nlohmann::json* v = find(key);
  if (!v) return std::nullopt;
  if (!v->is_number_integer()) throw wrong_type(name(key), "expect_integer", "an integer", *v);
  if (v->is_number_unsigned() && v->get<uint64_t>() > static_cast<uint64_t>(INT64_MAX))
    throw ApiError("invalid_value", name(key), "out of range").said("out_of_range");
  const int64_t n = v->get<int64_t>();
  if (n < min || n > max)
    throw ApiError("invalid_value", name(key),
                   "must be between " + std::to_string(min) + " and " + std::to_string(max))
        .said("between", {{"min", std::to_string(min)}, {"max", std::to_string(max)}});
  return n;
}

int64_t JsonFields::integer(std::string_view key, int64_t min, int64_t max) {
  auto v = optional_integer(key, min, max);
  if (!v) throw ApiError("missing_field", name(key));
  return *v;
}

void JsonFields::done() const {
  for (auto it = object_.begin(); it != object_.end(); ++it)
    if (!known_.contains(it.key())) {
      std::string expected;
      for (const auto& k : known_) expected += (expected.empty() ? "" : ", ") + k;
      throw ApiError("unknown_field", name(it.key()), expected.empty() ? "" : " (known: " + expected + ")")
          .said("known_fields", {{"fields", expected}});
    }
}

}  // namespace custos::server
