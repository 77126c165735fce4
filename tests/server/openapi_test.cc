// The OpenAPI document covers the route table exactly: every registered
// route is documented with its method, and every documented operation is a
// registered route. Routes registered later by other resources are covered
// too (both sides are enumerated).
#include "server/openapi.hpp"

#include <gtest/gtest.h>

#include <set>

#include "server/router.hpp"

namespace custos::server {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

TEST(OpenApi, EveryRouteIsDocumentedAndEveryDocumentedPathIsARoute) {
  const nlohmann::json& doc = openapi_document();
  std::set<std::pair<std::string, std::string>> routes, documented;
  for (const Route& r : all_routes().routes())
    routes.emplace(r.pattern, lower(sv(http::to_string(r.method))));
  for (auto p = doc["paths"].begin(); p != doc["paths"].end(); ++p)
    for (auto op = p.value().begin(); op != p.value().end(); ++op)
      if (op.key() != "parameters" && op.key() != "summary" && op.key() != "description")
        documented.emplace(p.key(), op.key());
  for (const auto& r : routes)
    EXPECT_TRUE(documented.contains(r)) << r.second << " " << r.first << " is not documented";
  for (const auto& d : documented)
    EXPECT_TRUE(routes.contains(d)) << d.second << " " << d.first << " is documented but not registered";
}

TEST(OpenApi, EachResourceHasItsOwnFragment) {
  std::set<std::string> fragments;
  for (const auto& [name, text] : openapi_fragments()) fragments.emplace(name);
  EXPECT_TRUE(fragments.contains("base"));
  for (const Route& r : all_routes().routes())
    EXPECT_TRUE(fragments.contains(r.resource)) << "no openapi/" << r.resource << ".json for " << r.pattern;
}

TEST(OpenApi, OpenRoutesSayTheyNeedNoCredentials) {
  const nlohmann::json& doc = openapi_document();
  EXPECT_EQ(doc["openapi"], "3.1.0");
  for (const Route& r : all_routes().routes()) {
    const auto& op = doc["paths"][r.pattern][lower(sv(http::to_string(r.method)))];
    if (r.access.open)
      EXPECT_TRUE(op.contains("security") && op["security"].empty()) << r.pattern;
    else
      EXPECT_TRUE(op.contains("responses") && op["responses"].contains("401") &&
                  op["responses"].contains("403"))
          << r.pattern << " should document 401 and 403";
  }
}

}  // namespace
}  // namespace custos::server
