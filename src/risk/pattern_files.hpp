#pragma once
// Compiled pattern databases kept on disk between processes, when the
// administrator names a directory in CUSTOS_PATTERN_CACHE (the packaged
// service does: /var/cache/custos/patterns). Compiling the built-in packs'
// databases takes seconds; every `custos` command, every server start and
// every worker process compiles them again otherwise. Each file holds what
// the database was compiled from (the cache key) and Hyperscan's serialised
// database; a file whose key differs, that is cut short or that Hyperscan
// refuses (another version, another CPU) is ignored and written anew. Files
// older than 30 days are removed (once a process, before it first writes):
// what is still in use is compiled again once a month.
//
// Hyperscan trusts a serialised database it is given, so only a directory
// that this user owns and nobody else may write is used: one writable by
// group or others, or owned by another user, is refused with one warning on
// stderr and the process compiles as if no directory were named.
#include <optional>
#include <string>

namespace custos::risk::pattern_files {

// The directory in use, or nullopt (not named, or refused). Read once a process.
const std::optional<std::string>& directory();

// The serialised database stored for `key`, if a file holds exactly that key.
std::optional<std::string> read(const std::string& key);

// Stores `serialized` for `key` (a temporary file renamed into place, so a
// reader never sees half a file); failures are silent: the cache is an
// optimisation, never a reason to fail an assessment.
void write(const std::string& key, const std::string& serialized);

}  // namespace custos::risk::pattern_files
