#pragma once
// Moves a SQLite store whole into an empty PostgreSQL store (`custos store
// copy`): every table the SQLite file holds, every administration, rows as
// they are (versions, sources, times, audit chain, compressed documents and
// their dictionaries), in one transaction. Then it reads both sides again and
// compares, table by table, the row counts and a digest of the rows'
// content (documents compared as their canonical JSON), so that a copy is
// known whole before the SQLite file is retired.
//
// The SQLite store is first brought to the current schema (as opening it
// would); the target must be an existing, empty database (its tables are
// created). A table the target lacks, or a column it does not have, stops
// the copy before anything is written.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace custos::postgres {

struct TableCopy {
  std::string table;
  int64_t source_rows = 0, target_rows = 0;
  std::string source_digest, target_digest;  // hex; order-independent over rows
  bool same() const { return source_rows == target_rows && source_digest == target_digest; }
};

struct CopyReport {
  std::vector<TableCopy> tables;
  std::vector<std::string> administrations;  // every one that holds a record
  double seconds = 0;
  bool ok() const;
};

// Throws StoreError when either store cannot be opened, the target is not
// empty, or a write fails (then nothing is written).
CopyReport copy_from_sqlite(const std::string& sqlite_path, const std::string& postgres_url,
                            const std::function<void(const std::string& table, int64_t rows)>& progress = {});

}  // namespace custos::postgres
