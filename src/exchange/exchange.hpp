#pragma once
// Issuing, exporting and importing exchange records (docs/exchange.md).
//
// An administration issues records (seizures, alerts, feedback) and exports
// them in signed bundles for a distribution level; a partner imports a bundle
// only when it is signed by a trusted, unrevoked key of its issuer, and then
// applies each record whose (UUID, version) is new, keeping provenance. A
// bundle that is tampered, unsigned, untrusted, malformed or not addressed to
// the receiver is refused whole (BundleError) and nothing of it is written.
//
// Levels: `administration` never leaves; `operation` goes to the
// participants of the record's operation; `partners` to every trusted
// administration; `public` travels only as aggregated counts. A received
// record is passed on no wider than it came: an `operation` record only to
// the same operation's participants, a `partners` record narrowed to
// `operation` (so only when it names one), never one labelled TLP:RED or
// TLP:AMBER+STRICT.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "audit/audit.hpp"
#include "core/date.hpp"
#include "exchange/bundle.hpp"
#include "store/store.hpp"

namespace custos::exchange {

// A record as this store keeps it: the record, and where it came from.
struct StoredRecord {
  Record record;
  std::string received_from;  // empty: issued here
  std::string bundle_id;
  std::string received_at;
  std::string stored_at;
};

// Issues a record of this administration from a JSON document with "kind",
// "data" and optionally "level", "tlp", "operation" (defaults: level
// administration, TLP AMBER). With "uuid" of a record issued here, it is an
// amendment (the next version). Throws BundleError naming the field.
Record issue_record(Store& store, const audit::Actor& actor, const nlohmann::json& doc);
// A retraction: the next version of the record, status retracted.
Record retract_record(Store& store, const audit::Actor& actor, const std::string& uuid,
                      const std::string& reason);
// Feedback on a partner's alert (or seizure): seized | nothing-found | not-checked,
// addressed to its issuer, at the record's own level (operation or partners).
Record send_feedback(Store& store, const audit::Actor& actor, const std::string& about_uuid,
                     const std::string& result, const std::string& note);

// The current (highest) version of every record, optionally of one kind.
std::vector<StoredRecord> current_records(Store& store, const std::string& kind = "");
std::optional<StoredRecord> find_record(Store& store, const std::string& uuid);

// How persons' names, documents and addresses travel.
enum class PersonalData : unsigned char {
  pseudonym,  // replaced by a keyed pseudonym (BLAKE2b keyed with a key derived from the master key)
  redact,     // removed
  full,       // as recorded: only at level operation
};
std::optional<PersonalData> parse_personal_data(std::string_view text);

struct ExportOptions {
  Level level = Level::partners;
  std::string operation;      // required for level operation; a filter otherwise
  std::optional<Date> since;  // records stored on or after this day
  PersonalData personal = PersonalData::pseudonym;
  std::string master_key_path;  // signs, and keys the pseudonyms
  std::string for_partner;      // sync: only what this administration may receive
};

// Builds and signs a bundle; throws BundleError (bad options: path "level",
// "operation", "personal_data") or audit::KeyError. Audited as exchange.export.
Bundle export_bundle(Store& store, const audit::Actor& actor, const ExportOptions& o);

struct ImportResult {
  std::string bundle_id, issuer;
  int64_t records = 0, applied = 0, duplicates = 0, rejected = 0;
  std::vector<std::string> rejections;  // why each rejected record was
  bool already_received = false;        // the same bundle came before
};
nlohmann::json to_json(const ImportResult& r);

// Verifies and applies a bundle in one transaction (see above); throws
// BundleError when it is refused whole. Audited as exchange.import.
ImportResult import_bundle(Store& store, const audit::Actor& actor, std::string_view text);
// import_bundle after parsing: `canonical` is the text the signature covers.
ImportResult apply_bundle(Store& store, const audit::Actor& actor, const Bundle& b,
                          const std::string& canonical);

// What applies a received record beyond keeping it here (e.g. the records
// module turns seizures into its own): called inside the import transaction
// for every applied record. One per kind; a later registration replaces it.
using RecordApplier = std::function<void(Store&, const StoredRecord&)>;
void register_applier(const std::string& kind, RecordApplier applier);

// The keyed pseudonym of a value ("PSN-" and 16 hex digits); stable for one
// master key, so partners can link repeated persons without learning names.
std::string pseudonym(const std::string& master_key, std::string_view value);

}  // namespace custos::exchange
