#pragma once
// HS prefixes of 4 to 10 digits, each naming one row of a table, where the
// longest prefix matching a code wins (`390761` before `3907`): the lookup
// of the valuation tables (value_floors.hpp, value_ceilings.hpp).
#include <cstdint>
#include <optional>
#include <unordered_map>

#include "core/hs_code.hpp"

namespace custos::risk::valuation {

class PrefixIndex {
 public:
  // The row already given for this prefix, or nullopt after adding it.
  std::optional<size_t> add(HsCode prefix, size_t row);
  // The row of the longest prefix of `hs`, or nullopt.
  std::optional<size_t> find(HsCode hs) const;

 private:
  static uint64_t key(HsCode h) { return h.digits() * 16 + static_cast<uint64_t>(h.length()); }
  std::unordered_map<uint64_t, size_t> rows_;
  unsigned lengths_ = 0;  // bit n set when a prefix of n digits exists
};

}  // namespace custos::risk::valuation
