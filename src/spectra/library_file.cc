// The library file: a fixed header (magic, version, grid, preprocessing
// options), then per entry its metadata and its 16-bit intensities over the
// entry's measured range only. Little-endian, as written by every machine
// Custos targets; a big-endian host refuses the file rather than misread it.
#include <bit>
#include <cstring>
#include <fstream>
#include <sstream>

#include "core/whole_file.hpp"
#include "spectra/library.hpp"

namespace custos::spectra {
namespace {

constexpr char kMagic[8] = {'C', 'U', 'S', 'T', 'R', 'A', 'M', 'N'};
// Version 2 adds the blur of the comparison vectors, version 3 the noisy
// baseline factor; files of earlier versions still load and score as they
// were built.
constexpr std::uint32_t kVersion = 3;

class Writer {
 public:
  template <typename T>
  void pod(const T& v) {
    out_.append(reinterpret_cast<const char*>(&v), sizeof(T));
  }
  void str(const std::string& s) {
    pod(static_cast<std::uint32_t>(s.size()));
    out_.append(s);
  }
  void bytes(const void* p, std::size_t n) { out_.append(static_cast<const char*>(p), n); }
  const std::string& data() const { return out_; }

 private:
  std::string out_;
};

class Reader {
 public:
  Reader(const std::string& data, const std::string& path) : data_(data), path_(path) {}
  template <typename T>
  T pod() {
    T v;
    need(sizeof(T));
    std::memcpy(&v, data_.data() + pos_, sizeof(T));
    pos_ += sizeof(T);
    return v;
  }
  std::string str() {
    const auto n = pod<std::uint32_t>();
    need(n);
    std::string s = data_.substr(pos_, n);
    pos_ += n;
    return s;
  }
  void bytes(void* p, std::size_t n) {
    need(n);
    std::memcpy(p, data_.data() + pos_, n);
    pos_ += n;
  }
  bool done() const { return pos_ == data_.size(); }

 private:
  void need(std::size_t n) {
    if (n > data_.size() - pos_) throw SpectrumError(path_, 0, "library file is truncated or corrupt");
  }
  const std::string& data_;
  const std::string& path_;
  std::size_t pos_ = 0;
};

}  // namespace

void Library::save(const std::string& path) const {
  static_assert(std::endian::native == std::endian::little, "the library file is little-endian");
  Writer w;
  w.bytes(kMagic, sizeof kMagic);
  w.pod(kVersion);
  w.pod(grid_.start);
  w.pod(grid_.step);
  w.pod(static_cast<std::uint64_t>(grid_.count));
  w.pod(options_.spike_threshold);
  w.pod(static_cast<std::uint8_t>(options_.baseline));
  w.pod(options_.baseline_lambda);
  w.pod(static_cast<std::int32_t>(options_.smooth_window));
  w.pod(static_cast<std::int32_t>(options_.smooth_order));
  w.pod(static_cast<std::uint8_t>(options_.adaptive_smoothing));
  w.pod(static_cast<std::uint8_t>(options_.sqrt_intensity));
  w.pod(options_.blur_cm);
  w.pod(options_.noisy_baseline_factor);
  w.pod(static_cast<std::uint64_t>(entries_.size()));
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    const LibraryEntry& e = entries_[i];
    for (const std::string* s : {&e.name, &e.formula, &e.cas, &e.source_id, &e.laser, &e.file}) w.str(*s);
    w.pod(static_cast<std::uint8_t>(e.control.has_value()));
    if (e.control) {
      const ControlEntry& c = *e.control;
      for (const std::string* s : {&c.substance, &c.cas, &c.category, &c.legal_basis, &c.note, &c.source})
        w.str(*s);
      w.str(std::string(to_string(c.domain)));
      w.pod(static_cast<std::uint32_t>(c.synonyms.size()));
      for (const std::string& s : c.synonyms) w.str(s);
    }
    const auto [first, last] = ranges_[i];
    w.pod(first);
    w.pod(last);
    w.bytes(stored_.data() + i * grid_.count + first, (last - first + 1) * sizeof(int16_t));
  }
  // Whole or not at all: a crash never leaves a half-written library behind.
  if (const std::string error = write_whole_file(path, w.data()); !error.empty())
    throw SpectrumError(path, 0, "cannot write the library file (" + error + ")");
}

Library Library::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw SpectrumError(path, 0, "cannot open the library file");
  std::ostringstream buf;
  buf << in.rdbuf();
  const std::string data = buf.str();
  Reader r(data, path);
  char magic[8];
  r.bytes(magic, sizeof magic);
  if (std::memcmp(magic, kMagic, sizeof magic) != 0)
    throw SpectrumError(path, 0,
                        "not a Custos spectral library (build one with 'custos spectra library build')");
  const auto version = r.pod<std::uint32_t>();
  if (version < 1 || version > kVersion) throw SpectrumError(path, 0, "unsupported library version");
  Grid grid;
  grid.start = r.pod<double>();
  grid.step = r.pod<double>();
  grid.count = r.pod<std::uint64_t>();
  if (!(grid.step > 0) || grid.count < 50 || grid.count > 1000000)
    throw SpectrumError(path, 0, "library grid is corrupt");
  PrepareOptions o;
  o.spike_threshold = r.pod<double>();
  o.baseline = r.pod<std::uint8_t>() != 0;
  o.baseline_lambda = r.pod<double>();
  o.smooth_window = r.pod<std::int32_t>();
  o.smooth_order = r.pod<std::int32_t>();
  o.adaptive_smoothing = r.pod<std::uint8_t>() != 0;
  o.sqrt_intensity = r.pod<std::uint8_t>() != 0;
  o.blur_cm = version >= 2 ? r.pod<double>() : 0.0;
  // Libraries of earlier versions were prepared without the noisy baseline
  // factor: their queries are prepared the same way.
  o.noisy_baseline_factor = version >= 3 ? r.pod<double>() : 1.0;
  if (!(o.blur_cm >= 0 && o.blur_cm < 1000) ||
      !(o.noisy_baseline_factor >= 1 && o.noisy_baseline_factor < 1e9))
    throw SpectrumError(path, 0, "library options are corrupt");
  Library lib(grid, o);
  const auto n = r.pod<std::uint64_t>();
  if (n > data.size()) throw SpectrumError(path, 0, "library entry count is corrupt");
  for (std::uint64_t i = 0; i < n; ++i) {
    LibraryEntry e;
    for (std::string* s : {&e.name, &e.formula, &e.cas, &e.source_id, &e.laser, &e.file}) *s = r.str();
    if (r.pod<std::uint8_t>() != 0) {
      ControlEntry c;
      for (std::string* s : {&c.substance, &c.cas, &c.category, &c.legal_basis, &c.note, &c.source})
        *s = r.str();
      c.domain = parse_domain(r.str()).value_or(Domain::general);
      const auto k = r.pod<std::uint32_t>();
      if (k > 1000) throw SpectrumError(path, 0, "library entry is corrupt");
      for (std::uint32_t j = 0; j < k; ++j) c.synonyms.push_back(r.str());
      e.control = std::move(c);
    }
    const auto first = r.pod<std::uint32_t>();
    const auto last = r.pod<std::uint32_t>();
    if (first > last || last >= grid.count) throw SpectrumError(path, 0, "library entry range is corrupt");
    std::vector<int16_t> q(grid.count, 0);
    r.bytes(q.data() + first, (last - first + 1) * sizeof(int16_t));
    lib.entries_.push_back(std::move(e));
    lib.append_rows(q, first, last);
  }
  if (!r.done()) throw SpectrumError(path, 0, "library file has trailing bytes");
  // The learned metric is refitted on load (~0.2 s for 2,400 spectra) rather
  // than stored: the file format stays as it is and the metric always matches
  // the entries.
  lib.fit_metric();
  return lib;
}

}  // namespace custos::spectra
