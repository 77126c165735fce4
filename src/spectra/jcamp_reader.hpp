#pragma once
// Reader for JCAMP-DX 4.24 and 5.01 spectra (the exchange format of Raman,
// IR and NMR instruments). Supports ##XYDATA=(X++(Y..Y)) in every ASDF form
// (AFFN, PAC, SQZ, DIF, DUP, DIFDUP; the DIF Y-check value is verified and
// dropped), (XY..XY) tables in ##XYDATA, ##XYPOINTS and ##PEAK TABLE,
// XFACTOR/YFACTOR scaling and the FIRSTX/LASTX/NPOINTS consistency checks.
// Labels are compared ignoring case, spaces, '-', '_' and '/'; `$$` starts a
// comment. A file may hold several blocks; each block with data is one
// spectrum. NTUPLES blocks are not decoded.
#include <string>
#include <string_view>
#include <vector>

#include "spectra/spectrum.hpp"

namespace custos::spectra {

// Decodes every spectrum in `text`. `file` is used in error messages only.
// Throws SpectrumError naming the file and line on malformed data, and when
// the file holds no decodable spectrum at all.
std::vector<Spectrum> parse_jcamp(std::string_view text, const std::string& file);

// True when `text` looks like JCAMP-DX (its first record is a ##TITLE= line).
bool looks_like_jcamp(std::string_view text);

}  // namespace custos::spectra
