#pragma once
// The English templates of the workbench's messages (web/src/lib/messages/en.ts):
// a refused record's `reject.<code>`, to check that a reject's message, filled
// with its params, reads word for word as its reason; a finding's, likewise.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>
#include <string>

namespace custos::test {

// The English messages whose id starts with `prefix`, by the rest of the id.
inline std::map<std::string, std::string> english_templates(const std::string& prefix) {
  std::ifstream in(std::string(CUSTOS_SOURCE_DIR) + "/web/src/lib/messages/en.ts");
  std::stringstream text;
  text << in.rdbuf();
  const std::string en = text.str();
  std::map<std::string, std::string> templates;
  static const std::regex kQuoted(R"('([\w.-]+)':\s*'((?:[^'\\]|\\.)*)')");
  for (auto it = std::sregex_iterator(en.begin(), en.end(), kQuoted); it != std::sregex_iterator(); ++it)
    if ((*it)[1].str().starts_with(prefix))
      templates[(*it)[1].str().substr(prefix.size())] =
          std::regex_replace((*it)[2].str(), std::regex(R"(\\')"), "'");
  return templates;
}

inline std::map<std::string, std::string> english_reject_templates() { return english_templates("reject."); }

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

// Every reject carries a message code whose English template, filled with its
// params, reads word for word as its reason. Returns the codes seen.
template <class Rejects>
std::set<std::string> codes_read_as_reasons(const Rejects& rejects) {
  static const auto templates = english_reject_templates();
  std::set<std::string> codes;
  for (const auto& x : rejects) {
    EXPECT_FALSE(x.code.empty()) << x.line << " " << x.field << ": " << x.reason;
    if (x.code.empty()) continue;
    codes.insert(x.code);
    auto t = templates.find(x.code);
    EXPECT_NE(t, templates.end()) << x.code;
    if (t != templates.end()) {
      EXPECT_EQ(fill_template(t->second, x.params), x.reason) << x.code;
    }
  }
  return codes;
}

}  // namespace custos::test
