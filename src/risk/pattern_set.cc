#include "risk/pattern_set.hpp"

#include "risk/pattern_files.hpp"

#include <cstdlib>
#include <list>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>

namespace custos::risk {
namespace {

// Throws with Hyperscan's reason and, when it names one, the expression it
// refused (the loader checks each expression alone, but only compiling a
// database can show some limits, e.g. a pattern too large).
void check(hs_error_t rc, hs_compile_error_t* err, const std::vector<const char*>& expressions) {
  if (rc == HS_SUCCESS) return;
  std::string msg = err && err->message ? err->message : "compile failed";
  if (err && err->expression >= 0 && static_cast<size_t>(err->expression) < expressions.size())
    msg += " in \"" + std::string(expressions[static_cast<size_t>(err->expression)]) + "\"";
  hs_free_compile_error(err);
  throw std::runtime_error("description patterns: " + msg);
}

// Compiled databases by what they were compiled from, shared by the whole
// process. An engine is built per server thread and rebuilt whenever
// something it depends on changes (a permit, a list, a profile edit), mostly
// from the very same patterns: a database is then deserialised (a copy and
// checks, milliseconds) instead of compiled (up to a second for the built-in
// packs). The least recently used are dropped beyond kMaxBytes (the
// built-in packs take about 1 MB: one literal database of ~0.7 MB, a few
// dozen small ones). With CUSTOS_PATTERN_CACHE, a database another process
// compiled is read from disk (pattern_files.hpp) before compiling it.
class DatabaseCache {
 public:
  static constexpr size_t kMaxBytes = size_t{64} << 20;

  // The database for `key`, compiled by `compile` the first time.
  template <typename Compile>
  hs_database_t* get(const std::string& key, Compile&& compile) {
    {
      std::lock_guard lock(mutex_);
      for (auto it = entries_.begin(); it != entries_.end(); ++it)
        if (it->first == key) {
          entries_.splice(entries_.begin(), entries_, it);
          hs_database_t* db = nullptr;
          if (hs_deserialize_database(it->second.data(), it->second.size(), &db) == HS_SUCCESS) {
            ++counts_.hits;
            return db;
          }
          bytes_ -= it->first.size() + it->second.size();
          entries_.erase(it);
          break;
        }
      ++counts_.misses;
    }
    // Another process may have compiled it (CUSTOS_PATTERN_CACHE).
    if (std::optional<std::string> stored = pattern_files::read(key)) {
      hs_database_t* db = nullptr;
      if (hs_deserialize_database(stored->data(), stored->size(), &db) == HS_SUCCESS) {
        remember(key, std::move(*stored), /*from_disk=*/true);
        return db;
      }
    }
    hs_database_t* db = compile();  // outside the lock: compiles may run side by side
    char* bytes = nullptr;
    size_t length = 0;
    if (hs_serialize_database(db, &bytes, &length) == HS_SUCCESS) {
      std::string serialized(bytes, length);
      std::free(bytes);
      pattern_files::write(key, serialized);
      remember(key, std::move(serialized), /*from_disk=*/false);
    }
    return db;
  }

  PatternSet::CacheCounts counts() {
    std::lock_guard lock(mutex_);
    return counts_;
  }

 private:
  void remember(const std::string& key, std::string serialized, bool from_disk) {
    std::lock_guard lock(mutex_);
    if (from_disk) ++counts_.disk_hits;
    // Another thread may have compiled the same patterns meanwhile: keep one.
    for (const auto& entry : entries_)
      if (entry.first == key) return;
    bytes_ += key.size() + serialized.size();
    entries_.emplace_front(key, std::move(serialized));
    while (bytes_ > kMaxBytes && entries_.size() > 1) {
      bytes_ -= entries_.back().first.size() + entries_.back().second.size();
      entries_.pop_back();
    }
  }

  std::mutex mutex_;
  std::list<std::pair<std::string, std::string>> entries_;  // most recently used first
  size_t bytes_ = 0;                                        // keys and serialised databases held
  PatternSet::CacheCounts counts_;
};

DatabaseCache& cache() {
  static DatabaseCache c;
  return c;
}

// What a database is compiled from, unambiguously: kind, then each
// pattern's id, flags, length and bytes.
std::string cache_key(char kind, const std::vector<const char*>& expressions,
                      const std::vector<size_t>& lengths, const std::vector<unsigned>& ids,
                      const std::vector<unsigned>& flags) {
  std::string key(1, kind);
  for (size_t i = 0; i < expressions.size(); ++i) {
    key += std::to_string(ids[i]) + ':' + std::to_string(flags[i]) + ':' + std::to_string(lengths[i]) + ':';
    key.append(expressions[i], lengths[i]);
  }
  return key;
}

}  // namespace

PatternSet::CacheCounts PatternSet::cache_counts() { return cache().counts(); }

PatternSet::~PatternSet() {
  hs_free_database(literals_);
  hs_free_database(regexes_);
  hs_free_database(word_regexes_);
}

namespace {

// The patterns of one database: expressions, lengths, ids, flags.
struct Batch {
  std::vector<const char*> expressions;
  std::vector<size_t> lengths;
  std::vector<unsigned> ids, flags;
  void add(const std::string& e, unsigned id, unsigned f) {
    expressions.push_back(e.c_str());
    lengths.push_back(e.size());
    ids.push_back(id);
    flags.push_back(f);
  }
};

hs_database_t* compile_regexes(char kind, const Batch& b, hs_scratch_t** scratch) {
  hs_database_t* db = cache().get(cache_key(kind, b.expressions, b.lengths, b.ids, b.flags), [&] {
    hs_database_t* out = nullptr;
    hs_compile_error_t* err = nullptr;
    check(hs_compile_multi(b.expressions.data(), b.flags.data(), b.ids.data(),
                           static_cast<unsigned>(b.expressions.size()), HS_MODE_BLOCK, nullptr, &out, &err),
          err, b.expressions);
    return out;
  });
  if (hs_alloc_scratch(db, scratch) != HS_SUCCESS) throw std::runtime_error("Hyperscan scratch failed");
  return db;
}

}  // namespace

void PatternSet::compile(const std::vector<std::pair<DescriptionPattern, unsigned>>& patterns,
                         hs_scratch_t** scratch) {
  Batch lit, re, words;
  for (const auto& [p, id] : patterns) {
    if (p.literal)
      lit.add(p.expression, id, literal_pattern_flags());
    else if (p.on_words)
      words.add(p.expression, id, word_regex_pattern_flags());
    else
      re.add(p.expression, id, regex_pattern_flags());
  }
  if (!lit.expressions.empty()) {
    literals_ = cache().get(cache_key('L', lit.expressions, lit.lengths, lit.ids, lit.flags), [&] {
      hs_database_t* db = nullptr;
      hs_compile_error_t* err = nullptr;
      check(hs_compile_lit_multi(lit.expressions.data(), lit.flags.data(), lit.ids.data(), lit.lengths.data(),
                                 static_cast<unsigned>(lit.expressions.size()), HS_MODE_BLOCK, nullptr, &db,
                                 &err),
            err, lit.expressions);
      return db;
    });
    if (hs_alloc_scratch(literals_, scratch) != HS_SUCCESS)
      throw std::runtime_error("Hyperscan scratch failed");
  }
  if (!re.expressions.empty()) regexes_ = compile_regexes('R', re, scratch);
  if (!words.expressions.empty()) word_regexes_ = compile_regexes('W', words, scratch);
}

void PatternSet::scan(const std::string& folded, const std::string& words, hs_scratch_t* scratch,
                      match_event_handler on_match, void* context) const {
  if (literals_ != nullptr)
    hs_scan(literals_, words.data(), static_cast<unsigned>(words.size()), 0, scratch, on_match, context);
  if (regexes_ != nullptr)
    hs_scan(regexes_, folded.data(), static_cast<unsigned>(folded.size()), 0, scratch, on_match, context);
  if (word_regexes_ != nullptr)
    hs_scan(word_regexes_, words.data(), static_cast<unsigned>(words.size()), 0, scratch, on_match, context);
}

}  // namespace custos::risk
