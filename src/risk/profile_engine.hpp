#pragma once
// The compiled profile engine. Profiles are indexed by their most selective
// key (HS prefix, description word, party id, country), so an item meets
// only the profiles that can match it; all description entries of all
// profiles form one Hyperscan database scanned once per description, except
// regular expressions that are no profile's key, which are scanned only
// when a candidate profile evaluates a condition holding them (each such
// condition has a small database of its own); ids,
// codes and document types are interned to integers when the engine is
// built, so matching compares integers. It gives exactly the hits the
// NaiveEvaluator gives (tested).
//
// Not safe for concurrent use: it keeps scratch space. Build one per thread.
#include <memory>
#include <vector>

#include "core/declaration.hpp"
#include "risk/profile.hpp"
#include "risk/profile_hit.hpp"

namespace custos::risk {

struct EngineStats {
  size_t profiles = 0;
  size_t patterns = 0;
  size_t lazy_patterns = 0;  // regular expressions scanned only on demand
  size_t lazy_sets = 0;      // their databases: one per distinct set a description leaf holds
  size_t indexed_by_hs = 0, indexed_by_description = 0, indexed_by_party = 0, indexed_by_country = 0,
         unindexed = 0;
  size_t indexed_by_concentration = 0;  // of indexed_by_description: by a concentration's substance names
};

class ProfileEngine {
 public:
  // Throws std::runtime_error if a description pattern does not compile
  // (the loader has already rejected those).
  explicit ProfileEngine(std::vector<Profile> profiles);
  ~ProfileEngine();
  ProfileEngine(const ProfileEngine&) = delete;
  ProfileEngine& operator=(const ProfileEngine&) = delete;

  const std::vector<Profile>& profiles() const;
  EngineStats stats() const;

  // Hits of every enabled profile valid on the declaration's date, in
  // profile order, with the fields that fired each (when `evidence`).
  void match(const Declaration& d, std::vector<ProfileHit>& out, bool evidence = true);

  class Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace custos::risk
