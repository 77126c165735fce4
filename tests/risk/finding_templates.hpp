#pragma once
// The workbench translates an indicator's reason from its evidence with the
// templates finding.indicator.<ID>.* of web/src/lib/messages/en.ts; the risk
// tests fill the English ones from the evidence alone and compare them with
// the server's reason (value_floors_test.cc, value_ceilings_test.cc).
#include <fmt/format.h>

#include <fstream>
#include <map>
#include <regex>
#include <sstream>
#include <string>

#include "source_dir.hpp"

namespace custos::test {

// The English message `id` of web/src/lib/messages/en.ts, or "<no template ID>".
inline std::string english_message(const std::string& id) {
  std::ifstream in(source_dir() + "/web/src/lib/messages/en.ts");
  std::stringstream text;
  text << in.rdbuf();
  const std::string s = text.str();
  // Prettier puts a long message on the line after its key.
  const std::string key = "'" + id + "':";
  const size_t at = s.find(key);
  if (at == std::string::npos) return "<no template " + id + ">";
  size_t from = s.find_first_not_of(" \n", at + key.size());
  if (from == std::string::npos || s[from] != '\'') return "<no template " + id + ">";
  ++from;
  const size_t to = s.find("',\n", from);
  return std::regex_replace(s.substr(from, to - from), std::regex(R"(\\')"), "'");
}

// The English template finding.indicator.<finding_id>.<part>.
inline std::string english_template(const std::string& finding_id, const std::string& part) {
  return english_message("finding.indicator." + finding_id + "." + part);
}

inline std::string fill(std::string tpl, const std::map<std::string, std::string>& values) {
  for (const auto& [k, v] : values) {
    const std::string p = "{" + k + "}";
    for (size_t at = tpl.find(p); at != std::string::npos; at = tpl.find(p, at + v.size()))
      tpl.replace(at, p.size(), v);
  }
  return tpl;
}

// A price rounded as the server and the workbench round it (0 decimals from
// 100, 1 from 10, else 2).
inline std::string rounded(double v) {
  return v >= 100 ? fmt::format("{:.0f}", v) : v >= 10 ? fmt::format("{:.1f}", v) : fmt::format("{:.2f}", v);
}

}  // namespace custos::test
