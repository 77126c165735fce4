// libFuzzer target for the exchange bundle parser (and the MISP reader): any
// bytes must give a bundle or a BundleError naming where and why, never a
// crash; a bundle that parses must serialise, and its canonical text must
// parse again to the same canonical text.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "exchange/bundle.hpp"
#include "exchange/misp.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace custos::exchange;
  const std::string text(reinterpret_cast<const char*>(data), size);
  try {
    std::string canonical;
    Bundle b = parse_bundle(text, &canonical);
    std::string again;
    parse_bundle(canonical, &again);
    if (again != canonical) std::abort();
    (void)to_json(b).dump();
  } catch (const BundleError& e) {
    if (std::string(e.what()).empty()) std::abort();
  }
  try {
    std::string canonical;
    parse_misp(text, &canonical);
  } catch (const BundleError&) {
  }
  return 0;
}
