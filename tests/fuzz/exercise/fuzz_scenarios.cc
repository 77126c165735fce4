// libFuzzer target for the exercise scenario file (data/exercises/scenarios.toml):
// any input either loads or is refused with a std::runtime_error naming the
// problem; crashes, hangs and sanitizer reports are bugs. What loads draws
// its spectra without fault.
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string_view>

#include "exercise/scenario.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    const auto file = custos::exercise::ScenarioFile::parse(text, "fuzz.toml");
    for (const auto& s : file.substances) {
      custos::exercise::clean_spectrum(s);
      custos::exercise::measured_spectrum(s, 1);
    }
    for (const auto& r : file.samples) (void)file.sample_substance(r.domain, r.hs);
  } catch (const std::runtime_error&) {
  }
  return 0;
}
