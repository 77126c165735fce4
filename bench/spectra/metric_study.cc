// Study of the learned metric (spectra/metric.hpp) under the honest protocol
// of docs/spectra.md: leave-one-sample-out over a library folder, with the
// metric fitted K-fold by sample id (queries of fold k use a transform fitted
// without fold k) and every spectrum of the query's own sample hidden from
// the search. Scores, in one run and on the same queries: the current HQI
// ranking, and the ranking of the product (Searcher) with the fold's learned metric
// for each setting (learned weight, centroid share, noise gate).
//
// Usage: metric_study DIR [--noise S --shift CM] [--seed N] [--folds K]
//        [--components a,b,..] [--shrinkage a,b,..] [--block a,b,..] [--weight a,b,..] [--centroid a,b,..]
//        [--gate 0|1]
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <thread>

#include "spectra/evaluate.hpp"
#include "spectra/library.hpp"
#include "spectra/metric.hpp"
#include "spectra/reader.hpp"
#include "spectra/search.hpp"

namespace sp = custos::spectra;

namespace {

std::vector<double> parse_list(const std::string& s) {
  std::vector<double> out;
  std::stringstream ss(s);
  std::string item;
  while (std::getline(ss, item, ',')) out.push_back(std::stod(item));
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: metric_study DIR [options]\n");
    return 2;
  }
  const std::string dir = argv[1];
  sp::Perturbation pert;
  std::uint64_t seed = 1;
  std::size_t folds = 5;
  std::vector<double> aggs = {0.5};  // share of the centroid similarity
  std::vector<double> discs = {0};
  bool dump = false;
  bool gate = true;  // learned weight falls with the query's noise
  std::vector<double> components = {200}, shrinkage = {0.3}, blocks = {8}, betas = {0, 0.25, 0.5, 0.75, 1};
  for (int i = 2; i + 1 < argc; i += 2) {
    const std::string k = argv[i], v = argv[i + 1];
    if (k == "--noise")
      pert.noise = std::stod(v);
    else if (k == "--shift")
      pert.shift = std::stod(v);
    else if (k == "--seed")
      seed = std::stoull(v);
    else if (k == "--folds")
      folds = std::stoul(v);
    else if (k == "--components")
      components = parse_list(v);
    else if (k == "--shrinkage")
      shrinkage = parse_list(v);
    else if (k == "--block")
      blocks = parse_list(v);
    else if (k == "--weight")
      betas = parse_list(v);
    else if (k == "--centroid")
      aggs = parse_list(v);
    else if (k == "--discriminants")
      discs = parse_list(v);
    else if (k == "--dump")
      dump = v != "0";
    else if (k == "--gate")
      gate = v != "0";
  }
  const bool perturbed = pert.noise > 0 || pert.shift > 0 || pert.baseline > 0;
  // --evaluate W: run the library's evaluate() (what `custos spectra evaluate
  // --loo` runs) with learned weight W, optional --mixtures N --seed N --in-library 1.
  for (int i = 2; i + 1 < argc; i += 2)
    if (std::string(argv[i]) == "--evaluate") {
      sp::EvaluationOptions eo;
      eo.library_dir = dir;
      eo.leave_one_sample_out = true;
      eo.perturbation = pert;
      eo.seed = seed;
      eo.search.learned_weight = std::stod(argv[i + 1]);
      for (int j = 2; j + 1 < argc; j += 2) {
        const std::string k = argv[j], v = argv[j + 1];
        if (k == "--mixtures") eo.mixtures = std::stoi(v);
        if (k == "--in-library") eo.mixtures_hide_samples = v == "0";
      }
      const sp::EvaluationResult r = sp::evaluate(eo);
      const double nq = std::max<double>(1, static_cast<double>(r.queries));
      std::printf(
          "learned weight %.2f: %zu queries (%zu no reference), build %.1f s, top-1 %.1f%%, top-3 %.1f%%, "
          "%.2f ms/query; match %zu (%.1f%% correct), tentative %zu (%.1f%%), no match %zu (%.1f%% would be "
          "right)",
          eo.search.learned_weight, r.queries, r.no_reference, r.build_seconds, 100 * r.top1 / nq,
          100 * r.top3 / nq, r.ms_per_query, r.match,
          100.0 * r.match_correct / std::max<std::size_t>(1, r.match), r.tentative,
          100.0 * r.tentative_correct / std::max<std::size_t>(1, r.tentative), r.no_match,
          100.0 * r.no_match_correct / std::max<std::size_t>(1, r.no_match));
      if (r.mixtures > 0)
        std::printf("; mixtures %zu / %zu = %.1f%%", r.mixtures_both, r.mixtures,
                    100.0 * r.mixtures_both / r.mixtures);
      std::printf("\n");
      return 0;
    }

  // Read and prepare like `custos spectra evaluate` (sorted files, same options).
  namespace fs = std::filesystem;
  std::vector<fs::path> files;
  for (const auto& de : fs::directory_iterator(dir))
    if (de.is_regular_file()) files.push_back(de.path());
  std::sort(files.begin(), files.end());
  std::vector<sp::Spectrum> raw;
  std::vector<sp::LibraryEntry> meta;
  for (const fs::path& f : files) {
    try {
      for (sp::Spectrum& s : sp::read_spectra(f.string())) {
        meta.push_back(sp::entry_from_spectrum(s));
        raw.push_back(std::move(s));
      }
    } catch (const sp::SpectrumError&) {
    }
  }
  const sp::Grid grid;
  const sp::PrepareOptions popt;
  std::vector<sp::Prepared> prepared(raw.size()), queries(raw.size());
  std::vector<char> ok(raw.size(), 0);
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i = next++; i < raw.size(); i = next++) try {
        prepared[i] = sp::prepare(raw[i], grid, popt);
        ok[i] = 1;
      } catch (const sp::SpectrumError&) {
      }
  };
  {
    std::thread t(work);
    work();
    t.join();
  }
  sp::Library lib(grid, popt);
  std::vector<std::size_t> raw_of_entry;
  for (std::size_t i = 0; i < raw.size(); ++i)
    if (ok[i]) lib.add_prepared(prepared[i], meta[i]), raw_of_entry.push_back(i);
  const std::size_t n = lib.size();
  // Queries, perturbed with the generator evaluate() uses (same numbers as the CLI).
  std::vector<sp::Prepared> q(n);
  std::vector<char> q_ok(n, 1);
  for (std::size_t qi = 0; qi < n; ++qi) {
    if (!perturbed) {
      q[qi] = prepared[raw_of_entry[qi]];
      continue;
    }
    std::mt19937_64 rng(seed * 0x9E3779B97F4A7C15ull + qi);
    try {
      q[qi] = sp::prepare(sp::perturb(raw[raw_of_entry[qi]], pert, rng), grid, popt);
    } catch (const sp::SpectrumError&) {
      q_ok[qi] = 0;
    }
  }

  // Names, samples, folds (FNV-1a of the sample id: stable across compilers).
  std::map<std::string, std::size_t> name_id;
  std::vector<std::size_t> name_of(n);
  std::map<std::string, std::set<std::string>> samples_of_name;
  for (std::size_t i = 0; i < n; ++i) {
    name_of[i] = name_id.emplace(lib.entry(i).name, name_id.size()).first->second;
    samples_of_name[lib.entry(i).name].insert(lib.entry(i).source_id);
  }
  std::vector<std::size_t> fold(n);
  for (std::size_t i = 0; i < n; ++i) fold[i] = sp::sample_fold(lib.entry(i).source_id, folds);
  std::vector<std::size_t> scored;  // queries with a reference once their sample is hidden
  for (std::size_t i = 0; i < n; ++i)
    if (q_ok[i] && samples_of_name[lib.entry(i).name].size() >= 2) scored.push_back(i);

  // HQI ranking per query: (name, hqi) over the search's candidate pool.
  sp::SearchOptions so;
  so.mixtures = false;
  so.learned_weight = 0;  // the current method: HQI alone
  const sp::Searcher searcher(lib, so);
  std::vector<std::vector<std::pair<std::size_t, double>>> hqi(n);
  auto excluded = [&](std::size_t qi) {
    std::vector<char> ex(n, 0);
    for (std::size_t i = 0; i < n; ++i) ex[i] = lib.entry(i).source_id == lib.entry(qi).source_id;
    return ex;
  };
  for (const std::size_t qi : scored) {
    const std::vector<char> ex = excluded(qi);
    for (const sp::Candidate& c : searcher.rank(q[qi], 3, &ex)) hqi[qi].emplace_back(name_of[c.entry], c.hqi);
  }
  std::size_t base1 = 0, base3 = 0;
  for (const std::size_t qi : scored) {
    for (std::size_t r = 0; r < hqi[qi].size() && r < 3; ++r)
      if (hqi[qi][r].first == name_of[qi]) {
        base3++;
        base1 += r == 0;
      }
  }
  const double nq = static_cast<double>(scored.size());
  std::printf("%zu entries, %zu scored queries%s; HQI (current): top-1 %.1f%% top-3 %.1f%%\n", n,
              scored.size(), perturbed ? " (perturbed)" : "", 100 * base1 / nq, 100 * base3 / nq);
  std::fflush(stdout);

  {
    std::vector<double> noise;
    for (const std::size_t qi : scored) noise.push_back(q[qi].noise);
    std::sort(noise.begin(), noise.end());
    auto at = [&](double f) { return 100 * noise[static_cast<std::size_t>(f * (noise.size() - 1))]; };
    std::size_t below = 0, above = 0;
    for (const double v : noise) below += v <= 0.02, above += v >= 0.05;
    std::printf(
        "query noise (%% of the strongest band): median %.2f, 90%% %.2f, max %.2f; <=2%%: %zu, >=5%%: %zu\n",
        at(0.5), at(0.9), at(1.0), below, above);
  }
  // Each setting through the product's own ranking (Searcher with the fold's metric).
  for (const double disc : discs)
    for (const double block : blocks)
      for (const double comp : components)
        for (const double lambda : shrinkage) {
          sp::MetricOptions mo;
          mo.block = static_cast<std::size_t>(block);
          mo.components = static_cast<std::size_t>(comp);
          mo.shrinkage = lambda;
          mo.discriminants = static_cast<std::size_t>(disc);
          std::vector<sp::LearnedMetric> metrics;
          double fit_s = 0;
          for (std::size_t k = 0; k < folds; ++k) {
            std::vector<char> held(n);
            for (std::size_t i = 0; i < n; ++i) held[i] = fold[i] == k;
            const auto t0 = std::chrono::steady_clock::now();
            metrics.push_back(sp::LearnedMetric::fit(lib, mo, &held));
            fit_s += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
          }
          std::printf("block %g comps %g shrink %.2f discriminants %g (fit %.2f s/fold):\n", block, comp,
                      lambda, disc, fit_s / folds);
          for (const double agg : aggs) {
            std::printf("  centroid %.2f:", agg);
            for (const double beta : betas) {
              sp::SearchOptions o = so;
              o.learned_weight = beta;
              o.learned_centroid = agg;
              if (!gate) o.learned_noise_full = o.learned_noise_off = 1e9;
              std::vector<sp::Searcher> searchers;
              for (std::size_t k = 0; k < folds; ++k) searchers.emplace_back(lib, o, &metrics[k]);
              std::size_t t1 = 0, t3 = 0, fixed = 0, broken = 0;
              std::map<std::size_t, std::pair<std::size_t, std::size_t>>
                  by_samples;  // other samples -> (n, errors)
              std::map<std::string, std::size_t> confusions;
              for (const std::size_t qi : scored) {
                const std::vector<char> ex = excluded(qi);
                const auto c = searchers[fold[qi]].rank(q[qi], 3, &ex);
                if (dump) {
                  auto& [cnt, err] =
                      by_samples[std::min<std::size_t>(samples_of_name[lib.entry(qi).name].size() - 1, 5)];
                  ++cnt;
                  if (!c.empty() && name_of[c[0].entry] != name_of[qi]) {
                    ++err;
                    ++confusions[lib.entry(qi).name + " -> " + lib.entry(c[0].entry).name];
                  }
                }
                for (std::size_t r = 0; r < c.size(); ++r)
                  if (name_of[c[r].entry] == name_of[qi]) {
                    t3++;
                    t1 += r == 0;
                  }
                const bool was = !hqi[qi].empty() && hqi[qi][0].first == name_of[qi];
                const bool now = !c.empty() && name_of[c[0].entry] == name_of[qi];
                fixed += now && !was;
                broken += was && !now;
              }
              std::printf("  w=%.2f %.1f/%.1f (+%zu -%zu)", beta, 100 * t1 / nq, 100 * t3 / nq, fixed,
                          broken);
              if (dump) {
                std::printf("\n    other samples of the true substance: queries, errors:");
                for (const auto& [k, v] : by_samples)
                  std::printf("  %zu%s: %zu, %zu", k, k == 5 ? "+" : "", v.first, v.second);
                std::vector<std::pair<std::size_t, std::string>> top;
                for (const auto& [k, v] : confusions) top.emplace_back(v, k);
                std::sort(top.rbegin(), top.rend());
                std::printf("\n    most frequent errors:");
                for (std::size_t t = 0; t < top.size() && t < 25; ++t)
                  std::printf(" %s (%zu);", top[t].second.c_str(), top[t].first);
                std::printf("\n");
              }
              std::fflush(stdout);
            }
            std::printf("\n");
          }
        }
  return 0;
}
