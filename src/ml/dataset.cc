#include "ml/dataset.hpp"

#include <algorithm>

namespace custos::ml {

FeatureRows encode_in_date_order(std::span<const Declaration> declarations, const FeatureEncoder& encoder,
                                 TradeHistory& history,
                                 const std::function<bool(const Declaration&)>& reveal) {
  FeatureRows out;
  out.cols = encoder.width();
  out.values.resize(declarations.size() * out.cols);
  for (size_t i = 0; i < declarations.size(); ++i) {
    const Declaration& d = declarations[i];
    encoder.encode(d, history.lookup(d), out.values.data() + i * out.cols);
    history.record(d);
    if (d.outcome.fraud && reveal && reveal(d)) history.reveal(d, *d.outcome.fraud, d.date);
  }
  return out;
}

void sort_by_date(std::vector<Declaration>& declarations) {
  std::stable_sort(declarations.begin(), declarations.end(), [](const Declaration& a, const Declaration& b) {
    return a.date != b.date ? a.date < b.date : a.id < b.id;
  });
}

}  // namespace custos::ml
