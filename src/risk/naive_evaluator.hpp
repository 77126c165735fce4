#pragma once
// The reference evaluator: every profile against every item, walking each
// condition tree and comparing strings, with one pattern database per
// description condition. It is the baseline the compiled engine is measured
// against and the oracle it is tested against; it is not meant to be fast.
// Not safe for concurrent use (it keeps Hyperscan scratch space).
#include <memory>
#include <vector>

#include "core/declaration.hpp"
#include "risk/profile.hpp"
#include "risk/profile_hit.hpp"

namespace custos::risk {

class NaiveEvaluator {
 public:
  explicit NaiveEvaluator(const std::vector<Profile>& profiles);
  ~NaiveEvaluator();
  NaiveEvaluator(const NaiveEvaluator&) = delete;
  NaiveEvaluator& operator=(const NaiveEvaluator&) = delete;

  // Hits of every enabled profile valid on the declaration's date, in profile order.
  void match(const Declaration& d, std::vector<ProfileHit>& out);
  // Whether profile `index` alone fires on `d` (ignoring `enabled`, honouring validity).
  bool fires(size_t index, const Declaration& d, ProfileHit* hit = nullptr);

  class Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace custos::risk
