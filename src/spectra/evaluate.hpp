#pragma once
// Identification accuracy measured the honest way, as a command anyone can
// re-run:
//  - leave-one-sample-out over a library folder: every spectrum is a query,
//    and every spectrum of the same sample (RRUFF id) is hidden from the
//    library for it; correct means the same substance name;
//  - queries from another folder against the library (a query whose sample
//    id is also in the library has that sample hidden the same way);
//  - optional perturbations of the query only: Gaussian noise, a random axis
//    shift, a smooth added baseline;
//  - optional two-component mixtures of library spectra, with both samples
//    hidden, counted as correct when both names are among the components.
// Queries whose substance is not in the (remaining) library are counted as
// no_reference, not as errors.
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "spectra/library.hpp"
#include "spectra/search.hpp"

namespace custos::spectra {

struct Perturbation {
  double noise = 0;     // Gaussian sigma as a share of the spectrum's maximum
  double shift = 0;     // uniform random axis shift in [-shift, +shift] cm-1
  double baseline = 0;  // smooth added baseline peaking at this share of the maximum
  // Simulated cross-laser tilt: the query is multiplied by the ratio of the
  // instrument response at `tilt_laser_nm` to that at `library_laser_nm`
  // (laser_response()), i.e. it looks as if measured with the other laser on
  // the same sample. 0 = none.
  double tilt_laser_nm = 0;
  double library_laser_nm = 785;
  double detector_cutoff_nm = 1000;  // where the modelled detector response is half (stress tests: 850-900)
  // Simulated lower resolution (another instrument): the query is convolved
  // with a Gaussian of this sigma, cm-1, on its own axis. 0 = none.
  double broaden_cm = 0;
};

// Relative response of a Raman instrument with a laser of `laser_nm` at a
// Raman shift of `shift_cm` (cm-1): the nu^4 scattering factor
// ((nu_laser - shift) / nu_laser)^4 times a silicon CCD's quantum efficiency
// at the scattered wavelength, modelled as falling smoothly past 1000 nm
// (logistic, 50 % at `cutoff_nm`, default 1000 nm, 1/e width 40 nm).
double laser_response(double laser_nm, double shift_cm, double cutoff_nm = 1000);

// A perturbed copy of `s`; reproducible for a given generator state.
Spectrum perturb(const Spectrum& s, const Perturbation& p, std::mt19937_64& rng);

struct EvaluationOptions {
  std::string library_dir;
  bool leave_one_sample_out = false;
  std::string queries_dir;
  Perturbation perturbation;
  int mixtures = 0;  // number of two-component mixtures to try
  // Hide both mixed samples from the library (the honest default); false
  // measures unmixing alone, with the exact mixed spectra in the library.
  bool mixtures_hide_samples = true;
  std::uint64_t seed = 1;
  Grid grid;
  PrepareOptions prepare;
  SearchOptions search;
  // The learned metric (search.learned_weight > 0) is fitted K-fold by sample
  // id: a query (or a mixture) is searched with a metric fitted without its
  // own samples' fold, so the metric never saw the query's sample.
  MetricOptions metric;
  std::size_t metric_folds = 5;
  // Count only the queries whose sample falls in one of these folds of
  // sample_fold(id, metric_folds) (empty = all): method settings are chosen
  // on some folds and the choice checked on the others.
  std::vector<std::size_t> query_folds;
};

struct EvaluationResult {
  std::size_t queries = 0;  // queries with a reference in the library
  std::size_t top1 = 0, top3 = 0;
  std::size_t no_reference = 0;
  double ms_per_query = 0;  // preprocessing and ranking, one core
  double build_seconds = 0;
  // Verdicts on the counted queries: how often each verdict named the right substance.
  std::size_t match = 0, match_correct = 0, tentative = 0, tentative_correct = 0, no_match = 0,
              no_match_correct = 0;
  std::size_t mixtures = 0, mixtures_both = 0;
  // The counted queries by how many other samples (RRUFF ids) of their
  // substance the library holds: 1, 2, 3 or more.
  std::size_t queries_by_others[3] = {0, 0, 0}, top1_by_others[3] = {0, 0, 0};
  std::vector<std::string> skipped;  // unreadable files
};

EvaluationResult evaluate(const EvaluationOptions& opt);

// The cross-validation fold of a sample id (FNV-1a hash, stable across
// compilers and runs).
std::size_t sample_fold(const std::string& source_id, std::size_t folds);

}  // namespace custos::spectra
