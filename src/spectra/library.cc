#include "spectra/library.hpp"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <filesystem>
#include <regex>
#include <thread>

#include "spectra/reader.hpp"

namespace custos::spectra {

LibraryEntry entry_from_spectrum(const Spectrum& s) {
  LibraryEntry e;
  namespace fs = std::filesystem;
  const fs::path path(s.source);
  e.file = path.filename().string();
  e.name = s.field("NAMES");
  if (const auto nl = e.name.find('\n'); nl != std::string::npos) e.name.resize(nl);
  if (e.name.empty()) e.name = s.field("TITLE");
  if (e.name.empty()) {
    // RRUFF file names start with the mineral: Calcite__R040070__Raman__785__...
    const std::string stem = path.stem().string();
    e.name = stem.substr(0, stem.find("__"));
  }
  e.formula = s.field("IDEAL CHEMISTRY");
  if (e.formula.empty()) e.formula = s.field("MOLFORM");
  e.cas = s.field("CAS REGISTRY NO");
  e.source_id = s.field("RRUFFID");
  if (e.source_id.empty()) e.source_id = path.stem().string();
  e.laser = s.field("LASER WAVELENGTH");
  if (e.laser.empty()) e.laser = s.field(".LASER WAVELENGTH");
  if (e.laser.empty()) {
    static const std::regex rruff_laser("__Raman__([0-9]{3,4})__");
    std::smatch m;
    const std::string name = e.file;
    if (std::regex_search(name, m, rruff_laser)) e.laser = m[1].str();
  }
  return e;
}

void Library::add(const Spectrum& s, LibraryEntry meta, const ControlTable& controls) {
  if (!meta.control) meta.control = controls.find(meta.name, meta.cas);
  if (meta.control && meta.cas.empty()) meta.cas = meta.control->cas;
  add_prepared(prepare(s, grid_, options_), std::move(meta));
}

void Library::add_prepared(const Prepared& p, LibraryEntry meta) {
  std::vector<int16_t> q(grid_.count, 0);
  for (std::size_t i = p.first; i <= p.last && i < grid_.count; ++i)
    q[i] = static_cast<int16_t>(std::lround(std::clamp(p.intensity[i], -1.0, 1.0) * 32767.0));
  entries_.push_back(std::move(meta));
  append_rows(q, p.first, p.last);
  metric_.reset();
}

void Library::fit_metric(const MetricOptions& opt) {
  metric_ = std::make_shared<const LearnedMetric>(LearnedMetric::fit(*this, opt));
}

void Library::append_rows(const std::vector<int16_t>& q, std::size_t first, std::size_t last) {
  stored_.insert(stored_.end(), q.begin(), q.end());
  ranges_.emplace_back(static_cast<std::uint32_t>(first), static_cast<std::uint32_t>(last));
  // The comparison vectors come from the stored 16-bit intensity, so a loaded
  // library scores exactly like the one that was built.
  std::vector<double> intensity(q.size());
  for (std::size_t i = 0; i < q.size(); ++i) intensity[i] = q[i] / 32767.0;
  std::vector<float> shape, slope;
  comparison_vectors(intensity, first, last, options_.sqrt_intensity, shape, slope,
                     options_.blur_cm / grid_.step);
  shapes_.insert(shapes_.end(), shape.begin(), shape.end());
  slopes_.insert(slopes_.end(), slope.begin(), slope.end());
  std::vector<float> coarse;
  coarse_vector(shape, slope, first, last, coarse);
  coarse_.insert(coarse_.end(), coarse.begin(), coarse.end());
}

std::vector<double> Library::intensity(std::size_t i) const {
  std::vector<double> out(grid_.count);
  const int16_t* row = stored_.data() + i * grid_.count;
  for (std::size_t k = 0; k < grid_.count; ++k) out[k] = row[k] / 32767.0;
  return out;
}

BuildReport add_directory(Library& lib, const std::string& dir, const ControlTable& controls) {
  namespace fs = std::filesystem;
  BuildReport report;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) throw SpectrumError(dir, 0, "not a folder");
  std::vector<fs::path> files;
  for (const auto& de : fs::directory_iterator(dir, ec))
    if (de.is_regular_file()) files.push_back(de.path());
  if (ec) throw SpectrumError(dir, 0, "cannot list the folder: " + ec.message());
  std::sort(files.begin(), files.end());
  files.erase(std::remove_if(files.begin(), files.end(),
                             [](const fs::path& f) {
                               const std::string ext = f.extension().string();
                               return ext == ".md" || (ext == ".csv" && f.filename().string().find(
                                                                            "manifest") != std::string::npos);
                             }),
              files.end());
  report.files = files.size();
  // Reading and preprocessing dominate the build and are independent per
  // file, so they run on every core; entries are then added in file order,
  // which keeps the library identical whatever the thread count.
  struct Item {
    std::vector<std::pair<Prepared, LibraryEntry>> spectra;
    std::string error;
  };
  std::vector<Item> items(files.size());
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i = next++; i < files.size(); i = next++) {
      try {
        for (const Spectrum& s : read_spectra(files[i].string())) {
          LibraryEntry e = entry_from_spectrum(s);
          e.control = controls.find(e.name, e.cas);
          if (e.control && e.cas.empty()) e.cas = e.control->cas;
          items[i].spectra.emplace_back(prepare(s, lib.grid(), lib.options()), std::move(e));
        }
      } catch (const SpectrumError& e) {
        items[i].spectra.clear();
        items[i].error = e.what();
      }
    }
  };
  const unsigned threads = std::clamp(std::thread::hardware_concurrency(), 1u, 16u);
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();
  for (Item& item : items) {
    if (!item.error.empty()) report.skipped.push_back(item.error);
    for (auto& [p, e] : item.spectra) {
      report.controlled += e.control.has_value();
      lib.add_prepared(p, std::move(e));
      ++report.added;
    }
  }
  lib.fit_metric();
  return report;
}

}  // namespace custos::spectra
