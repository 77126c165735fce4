#include "risk/pattern_set.hpp"

#include <cstdlib>
#include <list>
#include <mutex>
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
// dozen small ones).
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
    hs_database_t* db = compile();  // outside the lock: compiles may run side by side
    char* bytes = nullptr;
    size_t length = 0;
    if (hs_serialize_database(db, &bytes, &length) == HS_SUCCESS) {
      std::string serialized(bytes, length);
      std::free(bytes);
      std::lock_guard lock(mutex_);
      // Another thread may have compiled the same patterns meanwhile: keep one.
      for (const auto& entry : entries_)
        if (entry.first == key) return db;
      bytes_ += key.size() + serialized.size();
      entries_.emplace_front(key, std::move(serialized));
      while (bytes_ > kMaxBytes && entries_.size() > 1) {
        bytes_ -= entries_.back().first.size() + entries_.back().second.size();
        entries_.pop_back();
      }
    }
    return db;
  }

  PatternSet::CacheCounts counts() {
    std::lock_guard lock(mutex_);
    return counts_;
  }

 private:
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
}

void PatternSet::compile(const std::vector<std::pair<DescriptionPattern, unsigned>>& patterns,
                         hs_scratch_t** scratch) {
  std::vector<const char*> lit, re;
  std::vector<size_t> lit_len, re_len;
  std::vector<unsigned> lit_ids, re_ids, lit_flags, re_flags;
  for (const auto& [p, id] : patterns) {
    if (p.literal) {
      lit.push_back(p.expression.c_str());
      lit_len.push_back(p.expression.size());
      lit_ids.push_back(id);
      lit_flags.push_back(literal_pattern_flags());
    } else {
      re.push_back(p.expression.c_str());
      re_len.push_back(p.expression.size());
      re_ids.push_back(id);
      re_flags.push_back(regex_pattern_flags());
    }
  }
  if (!lit.empty()) {
    literals_ = cache().get(cache_key('L', lit, lit_len, lit_ids, lit_flags), [&] {
      hs_database_t* db = nullptr;
      hs_compile_error_t* err = nullptr;
      check(hs_compile_lit_multi(lit.data(), lit_flags.data(), lit_ids.data(), lit_len.data(),
                                 static_cast<unsigned>(lit.size()), HS_MODE_BLOCK, nullptr, &db, &err),
            err, lit);
      return db;
    });
    if (hs_alloc_scratch(literals_, scratch) != HS_SUCCESS)
      throw std::runtime_error("Hyperscan scratch failed");
  }
  if (!re.empty()) {
    regexes_ = cache().get(cache_key('R', re, re_len, re_ids, re_flags), [&] {
      hs_database_t* db = nullptr;
      hs_compile_error_t* err = nullptr;
      check(hs_compile_multi(re.data(), re_flags.data(), re_ids.data(), static_cast<unsigned>(re.size()),
                             HS_MODE_BLOCK, nullptr, &db, &err),
            err, re);
      return db;
    });
    if (hs_alloc_scratch(regexes_, scratch) != HS_SUCCESS)
      throw std::runtime_error("Hyperscan scratch failed");
  }
}

void PatternSet::scan(const std::string& folded, const std::string& words, hs_scratch_t* scratch,
                      match_event_handler on_match, void* context) const {
  if (literals_ != nullptr)
    hs_scan(literals_, words.data(), static_cast<unsigned>(words.size()), 0, scratch, on_match, context);
  if (regexes_ != nullptr)
    hs_scan(regexes_, folded.data(), static_cast<unsigned>(folded.size()), 0, scratch, on_match, context);
}

}  // namespace custos::risk
