#include "spectra/evaluate.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <map>
#include <set>

#include "spectra/reader.hpp"

namespace custos::spectra {
namespace {

struct Sample {
  Spectrum raw;
  LibraryEntry meta;
};

std::vector<Sample> read_folder(const std::string& dir, std::vector<std::string>& skipped) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) throw SpectrumError(dir, 0, "not a folder");
  std::vector<fs::path> files;
  for (const auto& de : fs::directory_iterator(dir, ec))
    if (de.is_regular_file()) files.push_back(de.path());
  std::sort(files.begin(), files.end());
  std::vector<Sample> out;
  for (const fs::path& f : files) {
    try {
      for (Spectrum& s : read_spectra(f.string())) {
        LibraryEntry e = entry_from_spectrum(s);
        out.push_back({std::move(s), std::move(e)});
      }
    } catch (const SpectrumError& e) {
      skipped.push_back(e.what());
    }
  }
  return out;
}

bool perturbed(const Perturbation& p) {
  return p.noise > 0 || p.shift > 0 || p.baseline > 0 || p.tilt_laser_nm > 0 || p.broaden_cm > 0;
}

// A two-component mixture on the first spectrum's axis, each component scaled
// to its own strongest band first so `fraction` is a share of the signal.
Spectrum mix(const Spectrum& a, const Spectrum& b, double fraction) {
  Spectrum m;
  m.source = a.source + "+" + b.source;
  const double ta = std::max(1e-12, *std::max_element(a.y.begin(), a.y.end()));
  const double tb = std::max(1e-12, *std::max_element(b.y.begin(), b.y.end()));
  for (std::size_t i = 0; i < a.size(); ++i) {
    const double x = a.x[i];
    if (x < b.x.front() || x > b.x.back()) continue;
    const auto it = std::lower_bound(b.x.begin(), b.x.end(), x);
    const std::size_t j = static_cast<std::size_t>(it - b.x.begin());
    double yb = b.y[j];
    if (j > 0 && b.x[j] != x) {
      const double t = (x - b.x[j - 1]) / (b.x[j] - b.x[j - 1]);
      yb = b.y[j - 1] + t * (b.y[j] - b.y[j - 1]);
    }
    m.x.push_back(x);
    m.y.push_back(fraction * a.y[i] / ta + (1 - fraction) * yb / tb);
  }
  return m;
}

}  // namespace

std::size_t sample_fold(const std::string& source_id, std::size_t folds) {
  std::uint64_t h = 1469598103934665603ull;
  for (const char c : source_id) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  return folds > 0 ? static_cast<std::size_t>(h % folds) : 0;
}

EvaluationResult evaluate(const EvaluationOptions& opt) {
  using Clock = std::chrono::steady_clock;
  EvaluationResult res;
  const auto t0 = Clock::now();
  std::vector<Sample> refs = read_folder(opt.library_dir, res.skipped);
  Library lib(opt.grid, opt.prepare);
  std::vector<std::size_t> ref_of_entry;  // library entry -> index in refs
  const ControlTable no_controls;
  for (std::size_t i = 0; i < refs.size(); ++i) {
    try {
      lib.add(refs[i].raw, refs[i].meta, no_controls);
      ref_of_entry.push_back(i);
    } catch (const SpectrumError& e) {
      res.skipped.push_back(e.what());
    }
  }
  res.build_seconds = std::chrono::duration<double>(Clock::now() - t0).count();

  std::map<std::string, std::set<std::string>> samples_of_name;
  for (std::size_t i = 0; i < lib.size(); ++i)
    samples_of_name[lib.entry(i).name].insert(lib.entry(i).source_id);
  auto hide = [&](const std::set<std::string>& ids) {
    std::vector<char> ex(lib.size(), 0);
    for (std::size_t i = 0; i < lib.size(); ++i) ex[i] = ids.count(lib.entry(i).source_id) ? 1 : 0;
    return ex;
  };
  auto has_reference = [&](const std::string& name, const std::set<std::string>& hidden) {
    const auto it = samples_of_name.find(name);
    if (it == samples_of_name.end()) return false;
    for (const std::string& id : it->second)
      if (!hidden.count(id)) return true;
    return false;
  };

  SearchOptions so = opt.search;
  so.mixtures = false;
  so.top = std::max<std::size_t>(so.top, 3);
  // The learned metric, fitted once per set of held-out folds (the library
  // built here never carries a metric fitted on all of it).
  const bool learned = opt.search.learned_weight > 0 && opt.metric_folds >= 2;
  std::vector<std::size_t> fold_of_entry(lib.size(), 0);
  if (learned)
    for (std::size_t i = 0; i < lib.size(); ++i)
      fold_of_entry[i] = sample_fold(lib.entry(i).source_id, opt.metric_folds);
  std::map<std::set<std::size_t>, LearnedMetric> metrics;
  auto metric_without = [&](const std::set<std::size_t>& folds) -> const LearnedMetric* {
    if (!learned) return nullptr;
    auto it = metrics.find(folds);
    if (it == metrics.end()) {
      std::vector<char> held(lib.size(), 0);
      for (std::size_t i = 0; i < lib.size(); ++i) held[i] = folds.count(fold_of_entry[i]) ? 1 : 0;
      it = metrics.emplace(folds, LearnedMetric::fit(lib, opt.metric, &held)).first;
    }
    return &it->second;
  };
  std::vector<Searcher> searchers;  // one per fold (one in all without the learned metric)
  for (std::size_t k = 0; k < (learned ? opt.metric_folds : 1); ++k)
    searchers.emplace_back(lib, so, metric_without({k}));

  std::vector<Sample> queries;
  if (!opt.leave_one_sample_out) {
    if (opt.queries_dir.empty()) throw SpectrumError(opt.library_dir, 0, "give --loo or --queries-dir");
    queries = read_folder(opt.queries_dir, res.skipped);
  }
  const std::size_t nq = opt.leave_one_sample_out ? ref_of_entry.size() : queries.size();
  double seconds = 0;
  for (std::size_t qi = 0; qi < nq; ++qi) {
    const Sample& q = opt.leave_one_sample_out ? refs[ref_of_entry[qi]] : queries[qi];
    if (!opt.query_folds.empty() &&
        std::find(opt.query_folds.begin(), opt.query_folds.end(),
                  sample_fold(q.meta.source_id, std::max<std::size_t>(opt.metric_folds, 1))) ==
            opt.query_folds.end())
      continue;
    const std::set<std::string> hidden = {q.meta.source_id};
    if (!has_reference(q.meta.name, hidden)) {
      ++res.no_reference;
      continue;
    }
    const std::vector<char> excluded = hide(hidden);
    std::mt19937_64 rng(opt.seed * 0x9E3779B97F4A7C15ull + qi);
    const Spectrum raw = perturbed(opt.perturbation) ? perturb(q.raw, opt.perturbation, rng) : q.raw;
    const auto start = Clock::now();
    Identification id;
    try {
      const Searcher& searcher = searchers[learned ? sample_fold(q.meta.source_id, opt.metric_folds) : 0];
      id = searcher.identify(prepare(raw, lib.grid(), lib.options()), &excluded);
    } catch (const SpectrumError& e) {
      res.skipped.push_back(e.what());
      continue;
    }
    seconds += std::chrono::duration<double>(Clock::now() - start).count();
    ++res.queries;
    std::size_t others = 0;
    for (const std::string& id : samples_of_name[q.meta.name]) others += id != q.meta.source_id;
    const std::size_t bucket = std::clamp<std::size_t>(others, 1, 3) - 1;
    ++res.queries_by_others[bucket];
    bool correct = false;
    for (std::size_t r = 0; r < id.candidates.size() && r < 3; ++r)
      if (lib.entry(id.candidates[r].entry).name == q.meta.name) {
        ++res.top3;
        if (r == 0) ++res.top1, ++res.top1_by_others[bucket], correct = true;
        break;
      }
    switch (id.verdict) {
      case Verdict::match: ++res.match, res.match_correct += correct; break;
      case Verdict::tentative: ++res.tentative, res.tentative_correct += correct; break;
      case Verdict::no_match: ++res.no_match, res.no_match_correct += correct; break;
    }
  }
  res.ms_per_query = res.queries ? 1000 * seconds / static_cast<double>(res.queries) : 0;

  if (opt.mixtures > 0 && lib.size() > 1) {
    // Pairs of different substances that each keep a reference once both samples are hidden.
    std::mt19937_64 rng(opt.seed ^ 0xC0FFEEull);
    std::uniform_int_distribution<std::size_t> pick(0, lib.size() - 1);
    std::uniform_real_distribution<double> share(0.3, 0.7);
    int attempts = 0;
    while (static_cast<int>(res.mixtures) < opt.mixtures && attempts++ < 100 * opt.mixtures) {
      const std::size_t a = pick(rng), b = pick(rng);
      const LibraryEntry &ea = lib.entry(a), &eb = lib.entry(b);
      if (ea.name == eb.name) continue;
      const std::set<std::string> mixed = {ea.source_id, eb.source_id};
      if (!has_reference(ea.name, mixed) || !has_reference(eb.name, mixed)) continue;
      const std::set<std::string> hidden = opt.mixtures_hide_samples ? mixed : std::set<std::string>{};
      Spectrum m = mix(refs[ref_of_entry[a]].raw, refs[ref_of_entry[b]].raw, share(rng));
      if (m.size() < 200) continue;
      if (perturbed(opt.perturbation)) m = perturb(m, opt.perturbation, rng);
      const std::vector<char> excluded = hide(hidden);
      Mixture found;
      try {
        const Searcher mixer(lib, opt.search,
                             metric_without({sample_fold(ea.source_id, opt.metric_folds),
                                             sample_fold(eb.source_id, opt.metric_folds)}));
        found = mixer.unmix(prepare(m, lib.grid(), lib.options()), &excluded);
      } catch (const SpectrumError&) {
        continue;
      }
      ++res.mixtures;
      bool has_a = false, has_b = false;
      for (const MixtureComponent& c : found.components) {
        has_a |= lib.entry(c.entry).name == ea.name;
        has_b |= lib.entry(c.entry).name == eb.name;
      }
      res.mixtures_both += has_a && has_b;
    }
  }
  return res;
}

}  // namespace custos::spectra
