// libFuzzer target for the concentration reading (risk/concentration.hpp):
// any description bytes must read without a crash, and every pairing found
// must be one the bounds test and the evidence agree on.
#include <cstddef>
#include <cstdint>
#include <string>

#include "risk/concentration.hpp"
#include "risk/text_fold.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace custos::risk;
  static const ConcentrationTest test = [] {
    ConcentrationTest t;
    for (const char* e :
         {"hydrogen peroxide", "h2o2", "peroxyde* d hydrogene", "nitric acid", "7722-84-1", "n"})
      if (auto n = substance_name(e, nullptr)) t.of.push_back(*n);
    t.bounds.above = 12;
    return t;
  }();
  std::string folded = fold_text(std::string_view(reinterpret_cast<const char*>(data), size));
  ConcentrationText text;
  text.read(folded);
  std::vector<ConcentrationPair> pairs;
  text.pairs(test.of, pairs);
  bool within = false;
  for (const ConcentrationPair& p : pairs) within = within || test.bounds.contains(p.percent);
  if (within != text.first_within(test).has_value()) __builtin_trap();
  if (within == text.evidence(test).empty()) __builtin_trap();
  return 0;
}
