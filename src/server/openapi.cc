#include "server/openapi.hpp"

#include <stdexcept>

namespace custos::server {
namespace {

void merge_section(nlohmann::json& into, const nlohmann::json& from, const std::string& where,
                   std::string_view fragment) {
  for (auto it = from.begin(); it != from.end(); ++it) {
    if (into.contains(it.key()))
      throw std::logic_error("OpenAPI fragment " + std::string(fragment) + " defines " + where + it.key() +
                             " again");
    into[it.key()] = it.value();
  }
}

nlohmann::json assemble() {
  nlohmann::json doc;
  for (const auto& [name, text] : openapi_fragments())
    if (name == "base") doc = nlohmann::json::parse(text);
  if (!doc.is_object()) throw std::logic_error("the OpenAPI base document (openapi/base.json) is missing");
  doc["info"]["version"] = CUSTOS_VERSION;
  if (!doc.contains("paths")) doc["paths"] = nlohmann::json::object();
  for (const auto& [name, text] : openapi_fragments()) {
    if (name == "base") continue;
    nlohmann::json f = nlohmann::json::parse(text, nullptr, false);
    if (f.is_discarded() || !f.is_object())
      throw std::logic_error("OpenAPI fragment " + std::string(name) + ".json is not a JSON object");
    for (auto it = f.begin(); it != f.end(); ++it) {
      if (it.key() == "paths") {
        merge_section(doc["paths"], it.value(), "path ", name);
      } else if (it.key() == "components") {
        for (auto c = it.value().begin(); c != it.value().end(); ++c)
          merge_section(doc["components"][c.key()], c.value(), "components/" + c.key() + "/", name);
      } else {
        throw std::logic_error("OpenAPI fragment " + std::string(name) +
                               ".json may hold only paths and components, not " + it.key());
      }
    }
  }
  return doc;
}

}  // namespace

const nlohmann::json& openapi_document() {
  static const nlohmann::json doc = assemble();
  return doc;
}

}  // namespace custos::server
