#include "store/sqlite/backup.hpp"

#include <sqlite3.h>

#include <chrono>
#include <filesystem>
#include <memory>

#include "store/errors.hpp"

namespace custos::sqlite {
namespace {

struct Db {
  sqlite3* db = nullptr;
  ~Db() {
    if (db != nullptr) sqlite3_close_v2(db);
  }
};

[[noreturn]] void fail(const std::string& what, sqlite3* db) {
  throw StoreError(what + ": " + (db != nullptr ? sqlite3_errmsg(db) : "out of memory"));
}

}  // namespace

BackupReport backup(const std::string& from, const std::string& to) {
  namespace fs = std::filesystem;
  const auto t0 = std::chrono::steady_clock::now();
  std::error_code ec;
  if (!fs::exists(from, ec)) throw StoreError("cannot back up " + from + ": no such file");
  if (fs::exists(to, ec)) throw StoreError("will not overwrite " + to + ": choose a new file for the backup");
  const std::string partial = to + ".partial";
  fs::remove(partial, ec);

  BackupReport report;
  {
    Db src, dst;
    if (sqlite3_open_v2(from.c_str(), &src.db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
      fail("cannot open " + from, src.db);
    sqlite3_busy_timeout(src.db, 5000);
    if (sqlite3_open_v2(partial.c_str(), &dst.db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
        SQLITE_OK)
      fail("cannot create " + partial, dst.db);
    // The store holds password hashes and sessions: the copy is its owner's alone.
    fs::permissions(partial, fs::perms::owner_read | fs::perms::owner_write, fs::perm_options::replace, ec);
    sqlite3_backup* b = sqlite3_backup_init(dst.db, "main", src.db, "main");
    if (b == nullptr) fail("cannot back up " + from, dst.db);
    int rc = SQLITE_OK;
    // 1,024 pages a step; a writer holding the lock makes the step wait and retry.
    while ((rc = sqlite3_backup_step(b, 1024)) == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
      if (rc != SQLITE_OK) sqlite3_sleep(20);
    report.pages = sqlite3_backup_pagecount(b);
    sqlite3_backup_finish(b);
    if (rc != SQLITE_DONE) {
      const std::string reason = sqlite3_errstr(rc);
      fs::remove(partial, ec);
      throw StoreError("backup of " + from + " failed: " + reason);
    }
    // The copy is a rollback-journal file of its own (no -wal beside it).
    sqlite3_exec(dst.db, "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr);
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(dst.db, "PRAGMA integrity_check", -1, &st, nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW) {
      const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
      report.integrity_ok = text != nullptr && std::string(text) == "ok";
    }
    sqlite3_finalize(st);
  }
  if (!report.integrity_ok) {
    fs::remove(partial, ec);
    throw StoreError("backup of " + from + " failed its integrity check; nothing written");
  }
  fs::rename(partial, to, ec);
  if (ec) throw StoreError("cannot rename " + partial + " to " + to + ": " + ec.message());
  report.bytes = static_cast<int64_t>(fs::file_size(to, ec));
  report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return report;
}

}  // namespace custos::sqlite
