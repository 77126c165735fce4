#pragma once
// A reference library of Raman spectra: per entry the substance name,
// formula, CAS number where known, source id (e.g. the RRUFF sample id),
// laser wavelength and control category, and the preprocessed spectrum on
// one dense wavenumber grid. Saved as a compact binary file (16-bit
// intensities, ~2.5 kB per entry on the default grid); the comparison forms
// (shape and slope vectors) are derived on load.
//
// A Library is immutable while searched; add() and save() are not safe to
// call concurrently with searches.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "spectra/control_table.hpp"
#include "spectra/metric.hpp"
#include "spectra/preprocess.hpp"
#include "spectra/spectrum.hpp"

namespace custos::spectra {

struct LibraryEntry {
  std::string name;  // substance or mineral name: what a correct match must equal
  std::string formula;
  std::string cas;
  std::string source_id;  // RRUFF id, or the file name for user spectra
  std::string laser;      // nm, when known
  std::string file;
  std::optional<ControlEntry> control;  // set when the substance is controlled
};

// Metadata drawn from a spectrum's header (RRUFF NAMES/RRUFFID/IDEAL
// CHEMISTRY, JCAMP TITLE/NAMES/MOLFORM/CAS REGISTRY NO), with the file name
// as fallback.
LibraryEntry entry_from_spectrum(const Spectrum& s);

class Library {
 public:
  explicit Library(Grid grid = {}, PrepareOptions options = {}) : grid_(grid), options_(options) {}

  // Preprocesses and adds one spectrum; tags it from `controls`.
  void add(const Spectrum& s, LibraryEntry meta, const ControlTable& controls);
  // Adds an already preprocessed spectrum (evaluation re-uses these).
  void add_prepared(const Prepared& p, LibraryEntry meta);

  void save(const std::string& path) const;
  // Throws SpectrumError naming the file when it is not a Custos library.
  static Library load(const std::string& path);

  const Grid& grid() const { return grid_; }
  const PrepareOptions& options() const { return options_; }
  std::size_t size() const { return entries_.size(); }
  const LibraryEntry& entry(std::size_t i) const { return entries_[i]; }
  // Row-major matrices, size() x grid().count.
  const std::vector<float>& shapes() const { return shapes_; }
  const std::vector<float>& slopes() const { return slopes_; }
  // Row-major, size() x coarse_width(count): the pre-filter vectors (coarse_vector()).
  const std::vector<float>& coarse() const { return coarse_; }
  // Baseline-corrected intensity (strongest band = 1) of entry i.
  std::vector<double> intensity(std::size_t i) const;
  // Measured range of entry i on the grid (inclusive).
  std::pair<std::size_t, std::size_t> range(std::size_t i) const { return ranges_[i]; }

  // The learned metric (metric.hpp) fitted on the whole library: fitted by
  // load() and add_directory(), dropped by add()/add_prepared() (a stale
  // metric would not cover the new entries). nullptr when not fitted or when
  // the library has too few substances with repeated samples; search then
  // ranks by the hit quality index alone.
  void fit_metric(const MetricOptions& opt = {});
  const LearnedMetric* metric() const { return metric_ && metric_->fitted() ? metric_.get() : nullptr; }

 private:
  void append_rows(const std::vector<int16_t>& q, std::size_t first, std::size_t last);

  Grid grid_;
  PrepareOptions options_;
  std::vector<LibraryEntry> entries_;
  std::vector<int16_t> stored_;  // intensity * 32767, size() x grid().count
  std::vector<std::pair<std::uint32_t, std::uint32_t>> ranges_;
  std::vector<float> shapes_, slopes_, coarse_;
  std::shared_ptr<const LearnedMetric> metric_;
};

struct BuildReport {
  std::size_t files = 0;
  std::size_t added = 0;
  std::vector<std::string> skipped;  // "file: reason"
  std::size_t controlled = 0;
};

// Reads every spectrum file in `dir` (sorted by name, not recursive) into
// `lib`. Unreadable files are skipped and listed, never fatal.
BuildReport add_directory(Library& lib, const std::string& dir, const ControlTable& controls);

}  // namespace custos::spectra
