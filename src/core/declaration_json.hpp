#pragma once
// The JSON form of a declaration: the NDJSON interchange format (field names
// as in the canonical CSV, items nested) and the document the store keeps.
// Absent values are omitted, never written as 0 or "".
#include <nlohmann/json.hpp>
#include <string>

#include "core/declaration.hpp"

namespace custos {

nlohmann::json to_json(const Declaration& d);
// The same document as compact JSON text, written directly (no intermediate
// tree): the store's stored form and the input of content digests. Parsing
// it gives exactly to_json(d).
std::string to_canonical_json(const Declaration& d);
// For trusted documents (the store's own); untrusted input goes through the
// ingest validator instead. Throws nlohmann::json::exception on a bad shape.
Declaration declaration_from_json(const nlohmann::json& j);

// A stable digest of the declaration's content (BLAKE2b-128 over the
// canonical JSON, hex). Same content, same digest: used to tell a duplicate
// from an amendment.
std::string content_digest(const Declaration& d);
// The same digest over an already-serialised canonical document
// (to_canonical_json(d)), so a writer serialises once.
std::string digest_of_document(std::string_view canonical_json);

}  // namespace custos
