// Normalisation and matching on arbitrary bytes (any script, invalid UTF-8):
// the score must stay within 0..1 and identical names must score 1.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "screen/name_compare.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  std::size_t cut = in.find('\n');
  std::string_view a = in.substr(0, cut);
  std::string_view b = cut == std::string_view::npos ? in : in.substr(cut + 1);
  auto pa = custos::screen::prepare_name(a);
  auto pb = custos::screen::prepare_name(b);
  for (bool person : {true, false}) {
    float s = custos::screen::compare_names(pa, pb, person).score;
    if (!(s >= 0.0f && s <= 1.0f)) std::abort();
    if (!pa.tokens.empty() && custos::screen::compare_names(pa, pa, person).score < 0.999f) std::abort();
  }
  return 0;
}
