// libFuzzer target for the precursor band tables (TOML): any input either
// loads or is refused with a std::runtime_error naming the line; a table that
// loads is then used to screen a spectrum synthesised from its first entry.
#include <cstddef>
#include <cstdint>
#include <random>
#include <stdexcept>
#include <string_view>

#include "spectra/precursors.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  using namespace custos::spectra;
  try {
    const PrecursorReference ref = PrecursorReference::parse(text, "fuzz.toml");
    if (!ref.substances().empty()) {
      std::mt19937_64 rng(1);
      SynthesisOptions so;
      so.step = 2;
      screen_precursors(synthesise(ref.substances().front(), so, rng), ref, ControlTable());
    }
  } catch (const std::runtime_error&) {  // also SpectrumError
  }
  return 0;
}
