// libFuzzer target for the spectrum readers: any input either decodes or is
// refused with a SpectrumError; crashes, hangs and sanitizer reports are bugs.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "spectra/jcamp_reader.hpp"
#include "spectra/reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    custos::spectra::parse_jcamp(text, "fuzz.jdx");
  } catch (const custos::spectra::SpectrumError&) {
  }
  try {
    custos::spectra::parse_spectra(text, "fuzz.txt");
  } catch (const custos::spectra::SpectrumError&) {
  }
  return 0;
}
