#pragma once
// Feature rows for a run of declarations, computed in date order so that
// each row sees only the past. Which labels the history may learn is the
// caller's decision (`reveal`): during training every inspected
// declaration's result is known the day it is lodged; for a scored period
// none is.
#include <functional>
#include <span>
#include <vector>

#include "core/declaration.hpp"
#include "ml/features.hpp"
#include "ml/history.hpp"

namespace custos::ml {

struct FeatureRows {
  size_t cols = 0;
  std::vector<float> values;  // row-major, one row per declaration, input order
  size_t rows() const { return cols == 0 ? 0 : values.size() / cols; }
  const float* row(size_t i) const { return values.data() + i * cols; }
};

// `declarations` must be in non-decreasing date order. For each one: look
// up the history, encode, record it, and reveal its fraud label on its own
// date when reveal(d) is true and the label is known.
FeatureRows encode_in_date_order(std::span<const Declaration> declarations, const FeatureEncoder& encoder,
                                 TradeHistory& history,
                                 const std::function<bool(const Declaration&)>& reveal);

// Sorts by (date, id), stable: the order history needs.
void sort_by_date(std::vector<Declaration>& declarations);

}  // namespace custos::ml
