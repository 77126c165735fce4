#pragma once
// Peak-table similarity of two spectra, the score fused with the correlation
// in library search (search.hpp): the bands of both are found (find_peaks()),
// then paired within a tolerance after the axis shift the correlation chose.
// Only positions and squashed heights enter, so the score ignores any smooth
// multiplicative tilt of the intensities (another laser or detector) except
// through the heights, and any baseline that peak finding leaves out.
#include <cstddef>
#include <vector>

#include "spectra/precursors.hpp"

namespace custos::spectra {

struct PeakScoreOptions {
  double tolerance_cm = 4;  // a pair counts within this distance, credit falling quadratically
  // Squashing of band heights before weighting (height^power): 0.5 lowers the
  // weight of one dominant band, as the square root does for the correlation.
  double power = 0.5;
};

// 0-1: weighted intersection over union of the two band lists. Each band
// weighs height^power; a pair (query band, library band, each used once,
// nearest first) contributes min of the two weights x closeness; the score
// is that matched mass over (query mass + library mass - matched mass).
// `shift_cm` is how far the query sits above the library (Candidate::shift_cm).
// Library bands weaker than `floor` (the query's own detection limit, as a
// share of its strongest band) or outside [lo, hi] (the query's measured
// range, cm-1) are left out: a noisy or shorter query cannot show them.
double peak_score(const std::vector<Peak>& query, const std::vector<Peak>& library, double shift_cm,
                  double floor, double lo, double hi, const PeakScoreOptions& opt = {});

}  // namespace custos::spectra
