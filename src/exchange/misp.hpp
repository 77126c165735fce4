#pragma once
// MISP event JSON, for partners that run MISP: a bundle's records as MISP
// events ({"response": [{"Event": ...}, ...]}), with the distribution level
// as MISP's distribution (operation -> a sharing group named after the
// operation, partners -> this community), the TLP label as a tlp: tag, and
// custos: tags for kind, version, status and issue time. The whole document
// is signed like a bundle: the "custos" member carries the issuer, audience
// and signature, over the canonical text of the document without
// custos.signature. Unsigned MISP documents are refused on import.
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "exchange/exchange.hpp"

namespace custos::exchange {

// The events of a bundle (records only; aggregates do not travel to MISP),
// unsigned.
nlohmann::json to_misp(const Bundle& b);
// to_misp, signed with the store's active key.
nlohmann::json to_misp_signed(Store& store, const Bundle& b, const std::string& master_key_path);
// Reads signed MISP events back into a bundle; throws BundleError. The
// canonical text the signature covers is put in *canonical.
Bundle parse_misp(std::string_view text, std::string* canonical);
bool looks_like_misp(std::string_view text);
// parse_misp, then the same checks and application as import_bundle.
ImportResult import_misp(Store& store, const audit::Actor& actor, std::string_view text);

}  // namespace custos::exchange
