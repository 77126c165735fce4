#pragma once
// The OpenAPI 3 document of the whole API, assembled from one fragment per
// resource (src/server/openapi/<resource>.json, embedded at build time) over
// the base document (openapi/base.json: info, security schemes, the Error
// schema and the shared responses). A fragment holds "paths" and, when it
// needs them, "components"; two fragments may not define the same path or
// component.
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace custos::server {

// (file name without .json, text) of every embedded fragment, base included.
const std::vector<std::pair<std::string_view, std::string_view>>& openapi_fragments();

// The assembled document (built once); throws std::logic_error when a
// fragment is not valid JSON or collides with another.
const nlohmann::json& openapi_document();

}  // namespace custos::server
