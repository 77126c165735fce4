#pragma once
// The steps that make spectra from different instruments comparable:
// cosmic-spike removal, baseline (fluorescence) removal, Savitzky-Golay
// smoothing, resampling to a common wavenumber grid and normalisation.
// Every step is a pure function of its input, so the library and the query
// go through exactly the same path (prepare()).
#include <cstddef>
#include <vector>

#include "spectra/spectrum.hpp"

namespace custos::spectra {

// An evenly spaced wavenumber axis: start, start + step, ... (count points).
struct Grid {
  double start = 150.0;
  double step = 1.0;
  std::size_t count = 1351;  // 150..1500 cm-1
  double at(std::size_t i) const { return start + step * static_cast<double>(i); }
  double end() const { return at(count - 1); }
  friend bool operator==(const Grid&, const Grid&) = default;
};

// Replaces cosmic-ray spikes: points whose first difference has a modified
// z-score (median/MAD based, Whitaker-Hayes) above `threshold` are replaced by
// the mean of their unaffected neighbours. Returns the number of points changed.
std::size_t remove_spikes(std::vector<double>& y, double threshold, int neighbours = 3);

// Asymmetrically reweighted penalised least squares (arPLS, Baek et al. 2015):
// a smooth curve under the spectrum, found by solving the banded system
// (W + lambda D'D) z = W y with a sparse Cholesky factorisation. Returns the
// baseline; subtract it from y.
std::vector<double> baseline_arpls(const std::vector<double>& y, double lambda, int max_iterations = 20);

// Savitzky-Golay filter (polynomial of `order` fitted over `window` points,
// odd window). derivative = 1 gives the smoothed first derivative per sample.
std::vector<double> savitzky_golay(const std::vector<double>& y, int window, int order, int derivative = 0);

// Intensity on the grid by averaging the points that fall in each grid cell
// (linear interpolation where a cell holds none). Cells outside the measured
// range get NaN.
std::vector<double> resample(const std::vector<double>& x, const std::vector<double>& y, const Grid& grid);

// Robust estimate of the point-to-point noise standard deviation (MAD of
// first differences), ignoring NaN.
double noise_sigma(const std::vector<double>& y);

struct PrepareOptions {
  double spike_threshold = 6.0;  // modified z-score; 0 turns spike removal off
  bool baseline = true;
  double baseline_lambda = 1e5;  // on a 1 cm-1 grid
  int smooth_window = 7;         // odd; 0 turns smoothing off
  int smooth_order = 2;
  // Widen the smoothing window when the query itself is noisy (estimated
  // from the spectrum, never from a known noise level).
  bool adaptive_smoothing = true;
  // Stiffen the arPLS baseline of a noisy spectrum: lambda is multiplied by
  // up to this factor, from 1 at a noise estimate of 2 % of the strongest band
  // to the full factor at 10 % (log-linear between). Under heavy noise the
  // default baseline follows the noise and eats broad bands. 1 = off.
  double noisy_baseline_factor = 1000;
  bool sqrt_intensity = true;  // compress strong bands so weak ones count
  // Gaussian blur (sigma, cm-1) of the compared vectors: tolerance to the small
  // band-by-band shifts between samples of one substance (composition,
  // orientation) that a single axis shift cannot undo. Well below band widths.
  double blur_cm = 2.0;
};

// A spectrum on the grid, ready for comparison: `shape` and `slope` (first
// derivative) are each zero-mean with unit norm over the measured range and
// zero outside it.
struct Prepared {
  std::vector<float> shape;
  std::vector<float> slope;
  std::size_t first = 0, last = 0;  // measured range on the grid, inclusive
  double noise = 0;                 // estimated noise relative to the strongest band
  std::vector<double> intensity;    // baseline-corrected, smoothed, max 1 (for mixtures)
  // Resampled intensities before smoothing and baseline removal (spikes
  // removed), on the same scale as `intensity`, zero outside the range: what
  // the likelihood score (likelihood.hpp) explains for a noisy query.
  std::vector<double> raw;
};

// Throws SpectrumError when the spectrum does not overlap the grid enough
// (fewer than 50 points in common).
Prepared prepare(const Spectrum& s, const Grid& grid, const PrepareOptions& opt = {});

// Fills shape (optionally square-rooted intensity) and slope (its first
// difference), each normalised over [first, last]: the vectors search compares.
// `blur` is the Gaussian sigma in grid points (0 = none). `soft`: the square
// root is softened as sqrt(|v| + soft) - sqrt(soft), linear for |v| << soft
// (kSoftSqrt for clean spectra; search raises it with the query's noise).
constexpr double kSoftSqrt = 0.01;
void comparison_vectors(const std::vector<double>& intensity, std::size_t first, std::size_t last,
                        bool sqrt_intensity, std::vector<float>& shape, std::vector<float>& slope,
                        double blur = 0, double soft = kSoftSqrt);

// The search pre-filter compares spectra on a grid kCoarse times coarser: the
// shape and slope vectors summed over blocks of kCoarse points, each block
// vector normalised to unit norm, then concatenated (shape blocks, slope
// blocks). A weighted dot product of two such vectors approximates the HQI at
// a quarter of the memory traffic; the best candidates are then re-scored on
// the full grid.
constexpr std::size_t kCoarse = 4;
inline std::size_t coarse_width(std::size_t grid_count) { return 2 * ((grid_count + kCoarse - 1) / kCoarse); }
void coarse_vector(const std::vector<float>& shape, const std::vector<float>& slope, std::size_t first,
                   std::size_t last, std::vector<float>& out);
// Shape and slope summed over blocks of `block` grid points within
// [first, last], shape blocks then slope blocks, each half unit-norm
// (coarse_vector() is block = kCoarse; the learned metric's features use it too).
void block_sums(const std::vector<float>& shape, const std::vector<float>& slope, std::size_t first,
                std::size_t last, std::size_t block, std::vector<float>& out);

// Makes v zero-mean with unit norm over [first, last] and zero elsewhere.
void normalise(std::vector<float>& v, std::size_t first, std::size_t last);

// Gaussian blur of v over the grid points [first, last] (sigma in grid
// points; weights renormalised at the range's ends; nothing outside it
// changes). sigma <= 0 leaves v as it is.
void gaussian_blur(std::vector<double>& v, std::size_t first, std::size_t last, double sigma);
void gaussian_blur(std::vector<float>& v, std::size_t first, std::size_t last, double sigma);

}  // namespace custos::spectra
