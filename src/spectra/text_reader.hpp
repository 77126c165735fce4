#pragma once
// Reader for the plain-text spectrum layouts: RRUFF exports (`##KEY=VALUE`
// header, then `x, y` lines, LF and CRLF mixed, fixed and E-notation numbers)
// and two-column CSV/TSV files with or without a header line. A `;`-separated
// file may use decimal commas.
#include <string>
#include <string_view>

#include "spectra/spectrum.hpp"

namespace custos::spectra {

// Throws SpectrumError naming the file and line of the first bad row.
Spectrum parse_xy_text(std::string_view text, const std::string& file);

}  // namespace custos::spectra
