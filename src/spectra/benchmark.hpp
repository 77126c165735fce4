#pragma once
// Speed of identification against a library, measured beside a naive
// baseline in the same run: a scalar loop computing, for every entry, the
// Pearson correlation of the query with the entry from scratch (means, sums
// of squares and cross-products in double precision), which is what a
// straightforward correlation search does.
#include <cstddef>
#include <vector>

#include "spectra/search.hpp"

namespace custos::spectra {

// Best entry by plain Pearson correlation of the preprocessed shapes, no
// shift search, no grouping: the baseline.
std::size_t naive_best_entry(const Library& lib, const Prepared& q);

struct BenchmarkResult {
  std::size_t entries = 0, queries = 0;
  double rank_ms = 0;      // median per query: Searcher::rank (vectorised, shift re-ranking)
  double identify_ms = 0;  // median per query: Searcher::identify incl. verdict and mixture analysis
  double naive_ms = 0;     // median per query: naive_best_entry
  double speedup = 0;      // naive_ms / rank_ms
};

// Times each query `repeats` times per method on the calling thread, in
// thread CPU time (robust to other processes sharing the cores).
// `opt`: the search settings timed (default: the product's, learned metric included).
BenchmarkResult run_benchmark(const Library& lib, const std::vector<Prepared>& queries, int repeats = 3,
                              const SearchOptions& opt = {});

}  // namespace custos::spectra
