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
#include "spectra/peak_score.hpp"

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
  // Noise-adapted compression: for a query with noise above
  // noise_blur_start, query and library are compared with the square root
  // softened by soft = max(kSoftSqrt, noisy_soft x noise), rounded down to a
  // power of two times kSoftSqrt (a few library views): noise near zero stays
  // in the root's linear part instead of being amplified. 0 = off.
  double noisy_soft = 0;
  // Tolerance to a smooth multiplicative tilt between query and library
  // (another laser or detector): in the shift search each library vector r is
  // also tried as r x (1 + b u), u linear from -1 to 1 over the grid, for
  // b in {+-tilt_max/2, +-tilt_max}, on the compressed vectors (a tilt of the
  // intensities by a factor F across the grid is about sqrt(F) on them).
  // 0 = off.
  double tilt_max = 0;
  // Fused score: an entry's score is (1 - peak_weight) x HQI + peak_weight x
  // 100 x its peak-table score (peak_score.hpp) at the HQI's axis shift, for
  // the entries the shift search re-scores. 0 = the HQI alone.
  double peak_weight = 0;
  PeakScoreOptions peaks;
  // Class voting: a substance is scored from its best entries of different
  // samples (source ids) among those re-scored: best - class_vote x (best -
  // mean of the best class_top). 1 / 0 = its best entry alone.
  std::size_t class_top = 1;
  double class_vote = 0;
  // Class centroid: a substance with visible entries of two or more samples
  // is also compared as the normalised sum of their vectors (a template with
  // less of any one sample's orientation and noise), at the best shift; its
  // score becomes (1 - centroid_weight) x best entry + centroid_weight x the
  // centroid's HQI. 0 = off.
  double centroid_weight = 0;
  // Resolution tolerance: the query is also ranked against the library
  // blurred by this further sigma (cm-1, whole numbers; the query as it is),
  // and each substance keeps the better score: a query from a broader-banded
  // instrument (another laser, grating or slit) meets a library that looks
  // like it. 0 = off.
  // Chosen on sample folds 0-2 of the leave-one-sample-out run (docs/spectra.md).
  double resolution_blur_cm = 4;
  double resolution_penalty = 1;  // score points the blurred library's scores give up (prefers the sharp)
  // Second look at a close call: when the best two substances are within
  // pair_margin score points, a linear discriminant learned from their own
  // visible library entries (shape and slope summed over 8 cm-1 blocks; the
  // pair's within-substance covariance shrunk toward the identity by
  // pair_shrinkage, Woodbury-inverted) decides which goes first. Hidden
  // entries (the query's own sample in evaluation) never enter it. 0 = off.
  double pair_margin = 0;
  double pair_shrinkage = 0.3;
  std::size_t pair_min_entries = 2;  // each of the two needs this many visible entries
  // Correlations over the overlap of the query's and each entry's measured
  // ranges (rather than each normalised over its own range) where they differ:
  // for a grid wider than the range every spectrum covers. false = off.
  bool overlap_scoring = false;
  // Likelihood score for noisy queries (likelihood.hpp): each re-scored
  // entry's score becomes (1 - w) x its score + w x 100 x the matched-filter
  // correlation of the query's raw intensities (before smoothing and
  // baseline removal) with the entry's spectrum at the HQI's axis shift, a
  // smooth baseline (cubic B-splines, knots every likelihood_knot_cm cm-1)
  // projected out of both. w = likelihood_weight x the noise ramp of the
  // noise-adapted blur (0 up to noise_blur_start, full from noise_blur_full),
  // so a clean query is untouched. `likelihood_blur_cm`: Gaussian blur
  // (sigma, cm-1) of the library spectrum used as the template. 0 = off.
  // Weight 0.3 chosen on sample folds 0-2 with a development noise draw
  // (docs/spectra.md, sixth session): a small gain, within the standard error.
  double likelihood_weight = 0.3;
  double likelihood_knot_cm = 100;
  double likelihood_blur_cm = 0;
  // Class evidence for noisy queries: a substance is scored by
  // T log(mean over its visible entries of exp(entry score / T)) instead of
  // its best entry's score (entries the shift search did not re-score count
  // at the lowest re-scored score). Under noise the best of many entries is
  // biased upwards, the more so the more samples a substance has; the mean
  // of likelihoods is the evidence for the substance. T (score points) =
  // class_temperature x the noise ramp of the noise-adapted blur, so a clean
  // query keeps its best entry. 0 = off.
  double class_temperature = 0;
  // A substance's samples as a subspace: orientation changes relative band
  // intensities, and a non-negative combination of a substance's spectra
  // spans the intermediate ones. For the best `subspace_top` substances of
  // the ranking, the query's compared vectors (shape and derivative, weighted
  // as in the HQI) are fitted by NNLS over the substance's best
  // `subspace_entries` (at most 4) visible entries, each at its own best axis shift; the
  // subspace score is 100 x sqrt(1 - (residual^2 + subspace_cost x (entries
  // used - 1)) / |query|^2): the HQI for one entry, and each further entry
  // must explain subspace_cost of the query's energy to count. With
  // subspace_lift a substance's score gains w x (subspace score - its best
  // entry's HQI), what the combination adds over one entry (for a score that
  // is the HQI alone this is (1 - w) x HQI + w x subspace score); without,
  // it becomes (1 - w) x its score + w x the subspace score (which also
  // dilutes the learned similarity in the score). w = subspace_weight for a
  // clean query, falling to 0 along the noise ramp when subspace_noisy is
  // false. Hidden entries never enter the fit. 0 = off.
  double subspace_weight = 0;
  std::size_t subspace_entries = 3;
  std::size_t subspace_top = 10;
  double subspace_cost = 0;
  bool subspace_lift = true;
  bool subspace_noisy = true;
};

struct Candidate {
  std::size_t entry = 0;  // the substance's best library entry
  double hqi = 0;         // 0-100
  double shape_corr = 0, slope_corr = 0;
  double shift_cm = 0;    // axis shift that gave the best HQI
  double learned = 0;     // learned-metric similarity (-1..1); 0 when no metric is used
  double peak = 0;        // peak-table score of the entry (0-1); 0 when not computed
  double likelihood = 0;  // likelihood score of the entry (-1..1, likelihood.hpp); 0 when not computed
  double subspace = 0;    // subspace score of the substance (0-100); 0 when not computed
  // Ranking score, 0-100: the HQI, or the HQI mixed with the learned similarity
  // and, for a noisy query, the likelihood score.
  double score = 0;
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
  // 0 up to noise_blur_start, rising linearly to 1 at noise_blur_full: how
  // far the noisy-query settings apply to a query of this noise level.
  double noise_ramp(double noise) const;
  // The weight of the likelihood score for a query of this noise level.
  double likelihood_weight(double noise) const;
  // The temperature of the class evidence for a query of this noise level (0 = best entry).
  double class_temperature(double noise) const;
  // The weight of the subspace score for a query of this noise level.
  double subspace_weight(double noise) const;

 private:
  // `ranked`: the query's own ranking when the caller already has it.
  Mixture unmix_ranked(const Prepared& q, const std::vector<char>* excluded,
                       const std::vector<Candidate>& ranked) const;
  // `by_hqi`: when given, receives the same substances' candidates ordered by
  // HQI alone (the mixture analysis draws its pool from that order).
  std::vector<Candidate> rank_with(const Prepared& q, std::size_t top, const std::vector<char>* excluded,
                                   std::size_t rerank, std::vector<Candidate>* by_hqi = nullptr) const;
  // The close-call second look (pair_margin) on a finished ranking.
  void second_look(const Prepared& q, std::vector<Candidate>& ranked,
                   const std::vector<char>* excluded) const;
  // The query's likelihood projection and its entries' scores, shared by
  // the two passes of one ranking (resolution tolerance).
  struct LikelihoodCache;
  // The compared vectors of one ranking: the query's and the library's (both
  // as blurred and compressed for this query), the grid size and the
  // derivative's share.
  struct Vectors {
    const float *q_shape, *q_slope, *lib_shapes, *lib_slopes;
    std::size_t g;
    double slope_w;
  };
  // The subspace score (subspace_weight) of the top candidates, mixed into their scores.
  void add_subspace_scores(std::vector<Candidate>& out, const Vectors& v, double sw,
                           const std::vector<char>* excluded) const;
  // One ranking; `library_blur_cm`: extra blur of the library alone (resolution tolerance).
  std::vector<Candidate> rank_once(const Prepared& q, std::size_t top, const std::vector<char>* excluded,
                                   std::size_t rerank, std::vector<Candidate>* by_hqi, int library_blur_cm,
                                   LikelihoodCache* cache = nullptr) const;

  const Library& lib_;
  SearchOptions opt_;
  const LearnedMetric* metric_ = nullptr;
  std::unordered_map<std::string, std::vector<std::size_t>> members_;  // name -> entries (with a metric)
  std::vector<std::vector<Peak>> peaks_;  // bands of every entry (with peak_weight > 0)

 public:
  // The library's comparison vectors at another blur (noise-adapted blur),
  // derived from its stored intensities on first use and kept.
  struct View {
    std::vector<float> shapes, slopes, coarse;
  };
  // Extra blur (cm-1, whole numbers) and derivative weight for a query of this noise level.
  int extra_blur(double noise) const;
  double slope_weight(double noise) const;
  // Softening level of the square root for a query of this noise level:
  // soft = kSoftSqrt x 2^level (0 = the library's own).
  int soft_level(double noise) const;

 private:
  // `extra_blur_sq`: the library's extra blur, sigma^2 in cm^2 (whole numbers).
  const View& view(int extra_blur_sq, int soft_level) const;
  struct ViewCache {
    std::mutex mutex;
    std::map<std::pair<int, int>, std::unique_ptr<View>> views;
  };
  std::shared_ptr<ViewCache> views_ = std::make_shared<ViewCache>();
};

// The JSON an officer's tools read: candidates with names, formula, CAS,
// source, HQI; the verdict and its explanation; mixture; findings.
nlohmann::json to_json(const Identification& id, const Library& lib);

}  // namespace custos::spectra
