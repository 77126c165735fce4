#pragma once
// Precursor screen: a Raman spectrum scored against band tables taken from
// the literature (data/spectra/precursor_bands.toml), since no open spectral
// library of explosives precursors exists. The score is a peak-table match:
// the query's bands are found, then every reference band is looked for near
// its position (forward search, weighted by the band's relative intensity)
// and every strong query band must be explained by the reference (reverse
// search), at the best common axis shift. Substances whose bands cannot be
// told apart give a family answer ("nitrate family") instead of a guess;
// a controlled substance (control table) or a listed hazard gives an alert.
#include <cstddef>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "core/finding.hpp"
#include "spectra/control_table.hpp"
#include "spectra/preprocess.hpp"
#include "spectra/spectrum.hpp"

namespace custos::spectra {

struct Band {
  double position = 0;   // cm-1
  double intensity = 1;  // relative, strongest band of the substance = 1
  double width = 8;      // full width at half maximum, cm-1
};

struct ReferenceSubstance {
  std::string name, cas, family, form, hazard, source;
  std::vector<Band> bands;  // strongest first
};

class PrecursorReference {
 public:
  PrecursorReference() = default;
  // Reads the TOML tables; throws std::runtime_error naming the file and line.
  static PrecursorReference load(const std::string& path);
  // The same from text (`path` names it in errors).
  static PrecursorReference parse(std::string_view text, const std::string& path);
  // <data dir>/spectra/precursor_bands.toml
  static PrecursorReference load_default(const std::string& data_dir);
  const std::vector<ReferenceSubstance>& substances() const { return substances_; }
  void add(ReferenceSubstance s);

 private:
  std::vector<ReferenceSubstance> substances_;
};

// A band found in a query: position (cm-1, refined by a parabola through the
// top three points) and height relative to the query's strongest band.
struct Peak {
  double position = 0;
  double height = 0;
};

// Bands of a prepared spectrum (smoothed, baseline removed, strongest = 1):
// local maxima standing out from the lowest point within +-25 cm-1 on both
// sides by more than `min_height` and than 1.5 x the estimated noise.
std::vector<Peak> find_peaks(const Prepared& p, const Grid& grid, double min_height = 0.03);

struct PeakMatchOptions {
  double tolerance_cm = 5;           // a band counts within this distance (after the common shift)
  int max_shift_cm = 5;              // common axis shift searched either side (calibration drift)
  double reverse_min_height = 0.08;  // query bands this strong must be explained by the reference
  double forward_share = 0.65;       // score = 100 x (share x forward + (1 - share) x reverse)
  double main_band_penalty = 0.35;   // factor when the reference's strongest band is absent
};

struct SubstanceScore {
  std::size_t substance = 0;        // index in the reference
  double score = 0;                 // 0-100
  double forward = 0, reverse = 0;  // 0-1
  double shift_cm = 0;
  std::size_t bands_matched = 0, bands_assessed = 0;
  bool main_band = false;
};

// Scores one substance's band table against the query's peaks over the
// measured range [lo, hi] (bands outside it are not assessed).
SubstanceScore score_bands(const ReferenceSubstance& s, const std::vector<Peak>& peaks, double lo, double hi,
                           const PeakMatchOptions& opt = {});

enum class PrecursorAnswer { substance, family, ambiguous, no_match };
std::string_view to_string(PrecursorAnswer a);

struct PrecursorOptions {
  PeakMatchOptions match;
  Grid grid{100.0, 1.0, 1701};  // 100-1800 cm-1: the bands of the tables
  double match_score = 60;      // below: no match in the reference
  double family_margin = 8;     // substances this close to the best are not separated
  std::size_t top = 5;
};

struct PrecursorResult {
  PrecursorAnswer answer = PrecursorAnswer::no_match;
  std::string label;                       // the substance, "nitrate family", or the ambiguous names
  std::vector<SubstanceScore> candidates;  // best first
  std::vector<std::size_t> indistinct;     // substances within the family margin of the best (incl. it)
  std::vector<Peak> peaks;
  double noise = 0;
  double confidence = 0;  // 0-1
  std::string explanation;
  std::vector<Finding> findings;  // the controlled-substance alert
};

// Screens a spectrum. `controls` supplies the legal basis of an alert.
PrecursorResult screen_precursors(const Spectrum& s, const PrecursorReference& ref,
                                  const ControlTable& controls, const PrecursorOptions& opt = {});

nlohmann::json to_json(const PrecursorResult& r, const PrecursorReference& ref);

// A synthetic spectrum from a band table (pseudo-Voigt bands, 50 % Lorentzian)
// on [lo, hi] every `step` cm-1, for tests and the self-test: relative
// intensities jittered by up to +-`jitter` (share), positions by up to
// +-`shift` cm-1 as a whole, a smooth baseline up to `baseline` x the
// strongest band, Gaussian noise of sigma `noise` x the strongest band.
struct SynthesisOptions {
  double lo = 100, hi = 1800, step = 0.5;
  double noise = 0, baseline = 0, shift = 0, jitter = 0;
};
Spectrum synthesise(const ReferenceSubstance& s, const SynthesisOptions& opt, std::mt19937_64& rng);

// The screen on `per_substance` synthetic spectra of every reference
// substance: how often the answer names the substance, covers it (named or
// within a family / ambiguous answer), is wrong, or says no match; and the
// alert on alert-worthy substances (controlled or with a hazard) against
// false alerts on the others.
struct SelfTestResult {
  std::size_t spectra = 0, named = 0, covered = 0, wrong = 0, no_match = 0;
  std::size_t alert_expected = 0, alert_raised = 0, alert_not_expected = 0, false_alerts = 0;
  std::vector<std::string> errors;  // "truth -> answer" of the wrong ones (first 20)
};
SelfTestResult self_test(const PrecursorReference& ref, const ControlTable& controls,
                         std::size_t per_substance, const SynthesisOptions& synth, std::uint64_t seed,
                         const PrecursorOptions& opt = {});

}  // namespace custos::spectra
