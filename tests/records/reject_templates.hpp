#pragma once
// The English templates of the workbench's refused-record messages
// (web/src/lib/messages/en.ts, `reject.<code>`), to check that a reject's
// message, filled with its params, reads word for word as its reason.
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>
#include <string>

namespace custos::test {

inline std::map<std::string, std::string> english_reject_templates() {
  std::ifstream in(std::string(CUSTOS_SOURCE_DIR) + "/web/src/lib/messages/en.ts");
  std::stringstream text;
  text << in.rdbuf();
  const std::string en = text.str();
  std::map<std::string, std::string> templates;
  static const std::regex kQuoted(R"('reject\.([\w.]+)':\s*'((?:[^'\\]|\\.)*)')");
  for (auto it = std::sregex_iterator(en.begin(), en.end(), kQuoted); it != std::sregex_iterator(); ++it)
    templates[(*it)[1]] = std::regex_replace((*it)[2].str(), std::regex(R"(\\')"), "'");
  return templates;
}

// The template with each {key} replaced by its param (strings only, as the
// workbench fills them); a placeholder without a param stays as it is.
inline std::string fill_template(std::string filled, const nlohmann::json& params) {
  for (const auto& [k, v] : params.items()) {
    const std::string key = "{" + k + "}", value = v.get<std::string>();
    for (size_t at = filled.find(key); at != std::string::npos; at = filled.find(key, at + value.size()))
      filled.replace(at, key.size(), value);
  }
  return filled;
}

}  // namespace custos::test
