#pragma once
// Identification of a substance from its Raman spectrum against a Library.
//
// Hit quality (HQI, 0-100) is a correlation: a weighted mean of the Pearson
// correlation of the spectra and of their first derivatives (the derivative
// rewards bands in the right place and ignores residual baseline), taken at
// the best small shift of the wavenumber axis (instrument calibration drift).
// Library entries are grouped by substance name, each name scored by its best
// entry. The verdict says "match", "tentative" or "no reliable match" from
// thresholds on the HQI and on its margin over the next substance; a
// controlled substance in a match or tentative result yields a Finding with its
// legal basis. Mixtures are analysed by greedy residual subtraction with a
// non-negative least-squares fit of the chosen components.
//
// A Searcher only reads its Library and is safe to use from several threads.
#include <cstddef>
#include <map>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/finding.hpp"
#include "spectra/library.hpp"

namespace custos::spectra {

struct SearchOptions {
  std::size_t top = 5;
  double slope_weight = 0.5;  // share of the derivative correlation in the HQI
  int max_lag = 3;            // grid points tried either side of the library axis
  std::size_t rerank = 64;    // entries re-scored with the shift search
  std::size_t prefilter = 2;  // x rerank entries kept by the coarse pre-filter for exact scoring
  // Verdict thresholds (HQI points), chosen on the leave-one-sample-out
  // evaluation of the clean RRUFF library (docs/spectra.md).
  double match_hqi = 80;
  double tentative_hqi = 60;
  double match_margin = 3;  // HQI points ahead of the next substance
  // Mixture analysis.
  bool mixtures = true;
  std::size_t mixture_pool = 20;  // candidates considered per greedy step
  std::size_t mixture_first = 5;  // best single fits tried as the first member of a pair
  int max_components = 3;
  double min_gain = 0.05;      // a component must cut the residual by this share
  double min_fraction = 0.05;  // and carry at least this share of the signal
  // Learned metric (metric.hpp). The ranking score of a substance is
  // (1 - w) x HQI + w x 100 x learned similarity, over the substances the HQI
  // search keeps; the learned similarity mixes the cosine to the substance's
  // nearest entry and to its centroid (`learned_centroid` = share of the
  // latter) in the learned space. w = learned_weight for a clean query and
  // falls linearly to 0 between the two noise levels (the query's own noise
  // estimate, as for the adaptive smoothing): whitening amplifies directions
  // where noise dominates. 0 = HQI alone (the ranking before the metric).
  double learned_weight = 0.3;
  double learned_centroid = 0.5;
  double learned_noise_full = 0.02, learned_noise_off = 0.05;
  // Noise-adapted blur: a noisy query and the library are both compared after
  // a wider Gaussian blur (the matched filter for bands under white noise:
  // the kernel approaches the band width as noise rises). The extra sigma
  // grows linearly from 0 at `noise_blur_start` to `noise_blur_cm` at
  // `noise_blur_full` query noise (the query's own estimate, as for the
  // adaptive smoothing), rounded to whole cm-1; the derivative's share of the
  // HQI moves the same way towards `noisy_slope_weight` (the derivative
  // ignores the baseline error that arPLS leaves under heavy noise). Chosen on
  // a development noise draw (docs/spectra.md). 0 = off.
  double noise_blur_cm = 3;
  double noise_blur_start = 0.02, noise_blur_full = 0.10;
  double noisy_slope_weight = 0.85;
  // Tolerance to a smooth multiplicative tilt between query and library
  // (another laser or detector): in the shift search each library vector r is
  // also tried as r x (1 + b u), u linear from -1 to 1 over the grid, for
  // b in {+-tilt_max/2, +-tilt_max}, on the compressed vectors (a tilt of the
  // intensities by a factor F across the grid is about sqrt(F) on them).
  // 0 = off.
  double tilt_max = 0;
};

struct Candidate {
  std::size_t entry = 0;  // the substance's best library entry
  double hqi = 0;         // 0-100
  double shape_corr = 0, slope_corr = 0;
  double shift_cm = 0;  // axis shift that gave the best HQI
  double learned = 0;   // learned-metric similarity (-1..1); 0 when no metric is used
  double score = 0;     // ranking score, 0-100: the HQI, or the HQI mixed with the learned similarity
};

enum class Verdict { match, tentative, no_match };
std::string_view to_string(Verdict v);

struct MixtureComponent {
  std::size_t entry = 0;
  double fraction = 0;  // share of the fitted Raman signal, not of mass
};

struct Mixture {
  std::vector<MixtureComponent> components;
  double residual = 1;         // |query - fit| / |query| with all components
  double single_residual = 1;  // the same with the first component alone
};

struct Identification {
  std::vector<Candidate> candidates;  // one per substance, best first
  Verdict verdict = Verdict::no_match;
  double confidence = 0;  // 0-1
  std::string explanation;
  // The same sentences as messages, for translation: [{"id", "params"}] whose
  // English templates (web/src/lib/messages/en.ts, `spectrum.explain.<id>`)
  // joined with spaces read as `explanation`. A number param is {"number",
  // "as": "int" | "fixed2" | "signed" | "pct"}.
  nlohmann::json explanation_parts = nlohmann::json::array();
  Mixture mixture;
  std::vector<Finding> findings;
  double noise = 0;  // estimated noise of the query relative to its strongest band
};

class Searcher {
 public:
  // `metric`: the learned metric to rank with; nullptr = the library's own
  // (Library::metric(), itself nullptr when not fitted: HQI alone).
  explicit Searcher(const Library& lib, SearchOptions opt = {}, const LearnedMetric* metric = nullptr);

  // `excluded` (optional, one flag per library entry) hides entries, as
  // evaluation does for every spectrum of the query's own sample.
  Identification identify(const Prepared& q, const std::vector<char>* excluded = nullptr) const;
  // Best `top` substances only, no verdict or mixture (what evaluation needs).
  std::vector<Candidate> rank(const Prepared& q, std::size_t top,
                              const std::vector<char>* excluded = nullptr) const;
  Mixture unmix(const Prepared& q, const std::vector<char>* excluded = nullptr) const;

  const Library& library() const { return lib_; }
  const SearchOptions& options() const { return opt_; }
  const LearnedMetric* metric() const { return metric_; }
  // The weight of the learned similarity for a query of this noise level.
  double learned_weight(double noise) const;

 private:
  // `ranked`: the query's own ranking when the caller already has it.
  Mixture unmix_ranked(const Prepared& q, const std::vector<char>* excluded,
                       const std::vector<Candidate>& ranked) const;
  // `by_hqi`: when given, receives the same substances' candidates ordered by
  // HQI alone (the mixture analysis draws its pool from that order).
  std::vector<Candidate> rank_with(const Prepared& q, std::size_t top, const std::vector<char>* excluded,
                                   std::size_t rerank, std::vector<Candidate>* by_hqi = nullptr) const;

  const Library& lib_;
  SearchOptions opt_;
  const LearnedMetric* metric_ = nullptr;
  std::unordered_map<std::string, std::vector<std::size_t>> members_;  // name -> entries (with a metric)

 public:
  // The library's comparison vectors at another blur (noise-adapted blur),
  // derived from its stored intensities on first use and kept.
  struct View {
    std::vector<float> shapes, slopes, coarse;
  };
  // Extra blur (cm-1, whole numbers) and derivative weight for a query of this noise level.
  int extra_blur(double noise) const;
  double slope_weight(double noise) const;

 private:
  const View& view(int extra_blur_cm) const;
  struct ViewCache {
    std::mutex mutex;
    std::map<int, std::unique_ptr<View>> views;
  };
  std::shared_ptr<ViewCache> views_ = std::make_shared<ViewCache>();
};

// The JSON an officer's tools read: candidates with names, formula, CAS,
// source, HQI; the verdict and its explanation; mixture; findings.
nlohmann::json to_json(const Identification& id, const Library& lib);

}  // namespace custos::spectra
