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
#include <nlohmann/json.hpp>
#include <string>
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
};

struct Candidate {
  std::size_t entry = 0;  // the substance's best library entry
  double hqi = 0;         // 0-100
  double shape_corr = 0, slope_corr = 0;
  double shift_cm = 0;  // axis shift that gave the best HQI
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
  Mixture mixture;
  std::vector<Finding> findings;
  double noise = 0;  // estimated noise of the query relative to its strongest band
};

class Searcher {
 public:
  explicit Searcher(const Library& lib, SearchOptions opt = {});

  // `excluded` (optional, one flag per library entry) hides entries, as
  // evaluation does for every spectrum of the query's own sample.
  Identification identify(const Prepared& q, const std::vector<char>* excluded = nullptr) const;
  // Best `top` substances only, no verdict or mixture (what evaluation needs).
  std::vector<Candidate> rank(const Prepared& q, std::size_t top,
                              const std::vector<char>* excluded = nullptr) const;
  Mixture unmix(const Prepared& q, const std::vector<char>* excluded = nullptr) const;

  const Library& library() const { return lib_; }
  const SearchOptions& options() const { return opt_; }

 private:
  // `ranked`: the query's own ranking when the caller already has it.
  Mixture unmix_ranked(const Prepared& q, const std::vector<char>* excluded,
                       const std::vector<Candidate>& ranked) const;
  std::vector<Candidate> rank_with(const Prepared& q, std::size_t top, const std::vector<char>* excluded,
                                   std::size_t rerank) const;

  const Library& lib_;
  SearchOptions opt_;
};

// The JSON an officer's tools read: candidates with names, formula, CAS,
// source, HQI; the verdict and its explanation; mixture; findings.
nlohmann::json to_json(const Identification& id, const Library& lib);

}  // namespace custos::spectra
