#pragma once
// Ingest: read declaration files, validate every record, store the good ones
// in batches (one transaction each) and write the bad ones to a rejects file.
// Nothing is lost: for every file, read = stored + rejected + duplicates.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "ingest/declaration_reader.hpp"
#include "store/store.hpp"

namespace custos {

struct IngestOptions {
  std::optional<Format> format;  // guessed per file when absent
  const Mapping* mapping = nullptr;
  const HsNomenclatureSet* nomenclature = nullptr;
  std::string rejects_path;  // CSV of rejected records; empty = none written
  bool strict = false;       // refuse a whole file if any record in it is bad
  size_t batch_size = 4096;  // declarations per transaction
  // Called now and then with bytes done and bytes in all files.
  std::function<void(int64_t done, int64_t total)> progress;
  // Called for each batch inside the batch's transaction, after it is
  // written, with what happened to each declaration: what it writes commits
  // with the batch or not at all (custos ingest --lodge queues the stored
  // versions for the assessment workers here).
  std::function<void(Store& store, const std::vector<Declaration>& batch,
                     const std::vector<PutStatus>& status)>
      on_written;
};

struct IngestCounts {
  int64_t read = 0;                        // declarations read (a declaration may span several rows)
  int64_t stored = 0;                      // new declarations and amendments
  int64_t amended = 0;                     // of which amendments (same id, changed content)
  int64_t rejected = 0;                    // records refused, with reasons in the rejects file
  int64_t duplicates = 0;                  // same id and same content as already stored
  int64_t problems = 0;                    // rows written to the rejects file (a record may have several)
  std::vector<std::string> refused_files;  // --strict: files with a bad record, not stored
  std::vector<std::string> extra_columns;  // columns kept as attributes
  double seconds = 0;
};

// Throws std::runtime_error for a file that cannot be read at all (missing,
// no header, unknown layout) before anything of it is stored.
IngestCounts ingest_files(Store& store, const std::vector<std::string>& files, const IngestOptions& options);

}  // namespace custos
