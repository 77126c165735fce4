#include "server/support/schema_check.hpp"

namespace custos::test {
namespace {

const nlohmann::json& resolve(const nlohmann::json& document, const nlohmann::json& node) {
  if (!node.is_object() || !node.contains("$ref")) return node;
  std::string ref = node["$ref"].get<std::string>();
  return document.at(nlohmann::json::json_pointer(ref.substr(1)));
}

bool has_type(const nlohmann::json& v, const std::string& t) {
  if (t == "object") return v.is_object();
  if (t == "array") return v.is_array();
  if (t == "string") return v.is_string();
  if (t == "integer") return v.is_number_integer();
  if (t == "number") return v.is_number();
  if (t == "boolean") return v.is_boolean();
  if (t == "null") return v.is_null();
  return false;
}

}  // namespace

std::string schema_problem(const nlohmann::json& document, const nlohmann::json& schema_in,
                           const nlohmann::json& value, const std::string& path) {
  const nlohmann::json& schema = resolve(document, schema_in);
  if (schema.contains("type")) {
    bool ok = false;
    if (schema["type"].is_array()) {
      for (const auto& t : schema["type"]) ok = ok || has_type(value, t.get<std::string>());
    } else {
      ok = has_type(value, schema["type"].get<std::string>());
    }
    if (!ok) return path + ": expected " + schema["type"].dump() + ", found " + value.dump();
  }
  if (schema.contains("enum")) {
    bool found = false;
    for (const auto& e : schema["enum"]) found = found || e == value;
    if (!found) return path + ": " + value.dump() + " is not one of " + schema["enum"].dump();
  }
  if (value.is_object()) {
    if (schema.contains("required"))
      for (const auto& k : schema["required"])
        if (!value.contains(k.get<std::string>())) return path + ": missing " + k.get<std::string>();
    const nlohmann::json props = schema.value("properties", nlohmann::json::object());
    for (auto it = value.begin(); it != value.end(); ++it) {
      if (props.contains(it.key())) {
        std::string p = schema_problem(document, props[it.key()], it.value(), path + "." + it.key());
        if (!p.empty()) return p;
      } else if (schema.contains("additionalProperties") && schema["additionalProperties"] == false) {
        return path + ": unexpected property " + it.key();
      }
    }
  }
  if (value.is_array() && schema.contains("items"))
    for (size_t i = 0; i < value.size(); ++i) {
      std::string p =
          schema_problem(document, schema["items"], value[i], path + "[" + std::to_string(i) + "]");
      if (!p.empty()) return p;
    }
  return {};
}

nlohmann::json response_schema(const nlohmann::json& document, const std::string& pattern,
                               const std::string& method, unsigned status) {
  const auto& responses = document.at("paths").at(pattern).at(method).at("responses");
  const nlohmann::json& r = resolve(document, responses.at(std::to_string(status)));
  return r.at("content").at("application/json").at("schema");
}

}  // namespace custos::test
