#pragma once
// The exchange bundle (docs/exchange.md, data/exchange/bundle.schema.json):
// a versioned JSON document of records (seizure, alert, feedback), each with
// a UUID, a version, its issuing administration, a distribution level and a
// TLP 2.0 label, signed by the administration that wrote the bundle (Ed25519
// over the canonical serialisation: the document without "signature", keys
// sorted, no insignificant white space, UTF-8).
//
// parse_bundle() checks the whole structure and every record against the
// schema and names the first problem by its JSON path; it does not check the
// signature or trust (import.hpp does, with the store).
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace custos::exchange {

inline constexpr const char* kBundleFormat = "custos-exchange-bundle";
inline constexpr int kBundleFormatVersion = 1;
inline constexpr size_t kMaxBundleBytes = 64u << 20;

// A bundle or record refused: `path` is where (a JSON path such as
// "records[3].data.quantities[0].amount", or "signature"), what() says why.
class BundleError : public std::runtime_error {
 public:
  BundleError(std::string path, const std::string& message)
      : std::runtime_error(path.empty() ? message : path + ": " + message), path_(std::move(path)) {}
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// Distribution levels, narrowest first.
enum class Level : unsigned char { administration, operation, partners, public_ };
std::optional<Level> parse_level(std::string_view text);
std::string_view to_string(Level l);

// TLP 2.0 labels (first.org), never translated.
bool is_tlp_label(std::string_view text);
// RED and AMBER+STRICT are never passed on by a receiver.
bool tlp_allows_passing_on(std::string_view label);

struct Record {
  std::string uuid;  // lower-case RFC 4122 text
  int64_t version = 1;
  std::string kind;    // seizure | alert | feedback
  std::string issuer;  // the administration that wrote the record
  Level level = Level::administration;
  std::string tlp = "AMBER";
  std::string operation;          // empty: none
  std::string status = "active";  // active | retracted
  std::string issued_at;          // UTC ISO 8601, of this version
  nlohmann::json data = nlohmann::json::object();
};

nlohmann::json to_json(const Record& r);
// Checks a record (and its kind's data) and reads it; `path` prefixes errors.
Record parse_record(const nlohmann::json& j, const std::string& path = "");
// Checks only the kind's data (used when issuing, before the envelope exists).
void check_record_data(const std::string& kind, const nlohmann::json& data, const std::string& path);

struct Signature {
  std::string algorithm = "Ed25519";
  std::string key_id;
  std::string value;  // 128 hex digits
};

struct Bundle {
  std::string bundle_id;  // UUID
  std::string issuer;     // the administration that wrote and signed it
  std::string created_at;
  Level level = Level::partners;
  std::string operation;              // bundles of level operation name one
  std::vector<std::string> audience;  // the administrations it is addressed to
  std::vector<Record> records;
  nlohmann::json aggregates = nlohmann::json::array();  // level public: counts only
  std::optional<Signature> signature;
};

nlohmann::json to_json(const Bundle& b);  // with the signature when there is one
// The bytes the signature covers: the document without "signature", keys
// sorted, compact.
std::string canonical_text(const nlohmann::json& bundle_without_signature);
std::string canonical_text(const Bundle& b);

// Parses and checks a bundle document; throws BundleError. The canonical text
// of what was read (for the signature check) is put in *canonical.
Bundle parse_bundle(std::string_view text, std::string* canonical = nullptr);

// A random (version 4) UUID.
std::string new_uuid();
bool is_uuid(std::string_view text);

}  // namespace custos::exchange
