#pragma once
// Seizures in the store (tables of migration 7), for the store's current
// administration. Every change is one transaction with its audit entry.
//
// A seizure naming declarations records each one's outcome as an "outcome"
// event (inspection_result seizure, fraud true, illicit_domain), once per
// seizure and declaration, so that `custos profiles report`, the profiles'
// seizure rates and the model's history learn from it.
#include <optional>
#include <string>
#include <vector>

#include "audit/audit.hpp"
#include "records/seizure.hpp"
#include "store/store.hpp"

namespace custos::records {

enum class PutResult { stored, updated, duplicate };

// Stores a new record, replaces a changed one (same id), or does nothing for
// an unchanged one. The record must be valid (validate()).
PutResult put_seizure(Store& store, const Seizure& s, const audit::Actor& actor, std::string_view source);

std::optional<Seizure> get_seizure(Store& store, std::string_view id);

struct SeizureFilter {
  std::optional<Date> from, to;  // a partial date counts when its period overlaps [from, to]
  std::string domain, operation;
};
// Records in (date, id) order, with their parties.
std::vector<Seizure> list_seizures(Store& store, const SeizureFilter& filter = {});

struct StoredFile {
  std::string sha256, name, added_by, added_at;
  int64_t size = 0;
};
// Adds a photo or file (kept once per SHA-256); returns its SHA-256.
// Throws NotFound when the seizure is not the administration's.
std::string add_seizure_file(Store& store, std::string_view seizure_id, std::string_view name,
                             std::string_view bytes, const audit::Actor& actor);
std::vector<StoredFile> seizure_files(Store& store, std::string_view seizure_id);

struct CustodyEvent {
  int64_t seq = 0;
  std::string at, actor, action, place, note;
};
// Appends a chain-of-custody event (seized, sealed, transferred, sampled,
// analysed, stored, destroyed, returned, ...).
CustodyEvent add_custody_event(Store& store, std::string_view seizure_id, std::string_view action,
                               std::string_view place, std::string_view note, const audit::Actor& actor);
std::vector<CustodyEvent> custody(Store& store, std::string_view seizure_id);

class NotFound : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

std::string sha256_hex(std::string_view bytes);
std::string digest_hex(std::string_view bytes);  // BLAKE2b-256

}  // namespace custos::records
