#pragma once
// An online backup of a SQLite store (SQLite's backup API): a consistent
// copy of the file as of one moment, taken while `custos serve` and other
// processes keep reading and writing it. Writers are not blocked for the
// whole copy: pages are copied in steps, and a step that meets a write
// restarts from the changed pages (SQLite does this for us).
#include <cstdint>
#include <string>

namespace custos::sqlite {

struct BackupReport {
  int64_t pages = 0;
  int64_t bytes = 0;
  bool integrity_ok = false;  // PRAGMA integrity_check of the copy
  double seconds = 0;
};

// Copies the store at `from` to `to`, which must not exist (it is written
// to `to` + ".partial" first and renamed when whole and checked, so a
// failed backup never leaves a file that looks complete). Throws StoreError
// naming the file and SQLite's reason.
BackupReport backup(const std::string& from, const std::string& to);

}  // namespace custos::sqlite
