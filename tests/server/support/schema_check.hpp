#pragma once
// Checks a JSON value against a schema of the OpenAPI document, for tests
// that validate real answers: type, required, properties,
// additionalProperties: false, items, enum and $ref (#/components/...).
// Returns "" when the value fits, else the first problem with its path.
#include <nlohmann/json.hpp>
#include <string>

namespace custos::test {

std::string schema_problem(const nlohmann::json& document, const nlohmann::json& schema,
                           const nlohmann::json& value, const std::string& path = "$");

// The schema of an operation's answer: paths[pattern][method].responses[status]
// (following a $ref to components/responses), content application/json.
nlohmann::json response_schema(const nlohmann::json& document, const std::string& pattern,
                               const std::string& method, unsigned status);

}  // namespace custos::test
