#pragma once
// One entry point for every supported spectrum file: JCAMP-DX (.jdx, .dx,
// .jcm, or any file whose first record is ##TITLE=), RRUFF text, CSV and TSV.
// Every spectrum comes back sorted by increasing shift with repeated shifts
// removed.
#include <string>
#include <vector>

#include "spectra/spectrum.hpp"

namespace custos::spectra {

// All spectra in the file (a JCAMP file may hold several). Throws
// SpectrumError naming the file (and line) when it cannot be read or decoded.
std::vector<Spectrum> read_spectra(const std::string& path);
// The file's first spectrum.
Spectrum read_spectrum(const std::string& path);
// The same, from text already in memory.
std::vector<Spectrum> parse_spectra(std::string_view text, const std::string& name);

}  // namespace custos::spectra
