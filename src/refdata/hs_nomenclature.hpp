#pragma once
// The tariff nomenclatures an administration has imported (HS 2022, HS 2017,
// ...). Validation asks whether a declared code exists in any of them;
// reports ask for descriptions.
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/hs_code.hpp"
#include "store/store.hpp"

namespace custos {

class HsNomenclatureSet {
 public:
  // Loads every edition imported into the store (may be none).
  static HsNomenclatureSet from_store(Store& store);
  void add(const std::string& edition, const std::vector<NomenclatureEntry>& rows);

  bool empty() const { return editions_.empty(); }
  const std::vector<std::string>& editions() const { return editions_; }
  // True when the code's first six digits are a subheading of some edition
  // (national digits beyond six are not checked).
  bool contains(HsCode code) const;
  // The description of the code's longest known prefix (6, 4 or 2 digits).
  std::optional<std::string> describe(HsCode code) const;

 private:
  std::vector<std::string> editions_;
  std::unordered_map<uint64_t, std::string> by_code_;  // key: digits * 16 + length
};

}  // namespace custos
