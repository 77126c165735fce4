#pragma once
// One place that assembles the assessment of a declaration with every
// source: the profiles (the built-in packs, with the administration's own
// edits of them), the anomaly indicators and unit-value floors, the active
// learned model, party screening of importer, exporter and consignee
// against the imported lists, the permit check (records) and the alerts
// received from partners (exchange, source "partner"). Each source plugs in
// here and nowhere else, as a risk::FindingSource through add_source().
//
// `custos assess`, `custos demo` and the server all build their pipeline
// here. An Engine is not thread-safe: the server keeps one per worker and
// administration (EngineCache), rebuilt when the profiles, lists or models
// of the administration change (fingerprint()). Sources whose data change
// more often than that (partner alerts arrive at any time) are refreshed
// instead: EngineCache::get() reads the fingerprint and the live sources'
// stamp in one query a request, and has them re-read what changed without
// relearning the history.
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "risk/lane.hpp"
#include "risk/pipeline.hpp"
#include "store/store.hpp"

namespace custos::targeting {

// The shipped data folder: $CUSTOS_DATA, else the installed share/custos,
// else the source tree's data/.
std::string default_data_dir();

struct Options {
  std::string data_dir;       // empty: default_data_dir()
  std::string profiles_path;  // empty: the packs with the store's edits
  std::string groups_path;    // empty: the shipped country groups
  bool indicators = true, screening = true, model = true, partner_alerts = true;
  int min_history = 30;
  risk::SelectionPolicy selection;  // batch selection (custos assess, demo)
};

// Re-reads a plugged source's data when it changed in the store.
using Refresher = std::function<void(Store&)>;

// Builds the pipeline and plugs in every source the store has. Throws
// risk::ProfileSetError when the profile set is broken. `plugged` receives
// the names of the other sources plugged in; `refreshers` what keeps the
// live ones (partner alerts) up to date in a long-lived pipeline.
// `to_assess`: declarations the pipeline is built to assess without storing
// them (custos assess --input), the administration's trade as much as its
// stored declarations when the built-in disguise model's fit is judged
// (risk::builtin_fit).
std::unique_ptr<risk::Pipeline> make_pipeline(Store& store, const Options& options,
                                              std::vector<std::string>* plugged = nullptr,
                                              std::vector<Refresher>* refreshers = nullptr,
                                              std::span<const Declaration> to_assess = {});

// What the administration's targeting depends on in the store (profile
// edits, lists, models): changes whenever one of them does.
std::string fingerprint(Store& store);

// fingerprint() and, apart, what the live sources read (partner alerts):
// one query, the whole per-request check of a server's engine.
struct Stamps {
  std::string engine, live;
};
Stamps stamps(Store& store);

// A pipeline that has learned the stored history, for a long-running server.
class Engine {
 public:
  Engine(Store& store, const Options& options);
  // Assesses one declaration; the indicators learn it when `learn`.
  risk::Assessment assess(const Declaration& d, bool learn) { return pipeline_->assess(d, learn); }
  // Many at once, the same assessments (the model explains them together).
  std::vector<risk::Assessment> assess(std::span<const Declaration> batch, bool learn) {
    return pipeline_->assess(batch, learn);
  }
  const std::string& fingerprint() const { return fingerprint_; }
  const std::vector<std::string>& sources() const { return sources_; }
  int64_t history() const { return history_; }
  risk::Pipeline& pipeline() { return *pipeline_; }
  // Brings the live sources up to date (EngineCache::get() does when their
  // stamp changed).
  void refresh(Store& store) {
    for (auto& r : refreshers_) r(store);
  }
  const std::string& live_stamp() const { return live_; }

 private:
  friend class EngineCache;
  std::unique_ptr<risk::Pipeline> pipeline_;
  std::string fingerprint_, live_;
  std::vector<std::string> sources_;
  std::vector<Refresher> refreshers_;
  int64_t history_ = 0;
};

// Engines of one thread, one per (store handle, administration); get()
// rebuilds one whose fingerprint is out of date, and refreshes the live
// sources of one whose live stamp changed (both read by one stamps() query).
class EngineCache {
 public:
  explicit EngineCache(Options options) : options_(std::move(options)) {}
  Engine& get(Store& store);
  // The engines of the calling thread for this options set.
  static EngineCache& for_thread(const Options& options);

 private:
  Options options_;
  std::vector<std::pair<std::pair<const Store*, std::string>, std::unique_ptr<Engine>>> engines_;
};

}  // namespace custos::targeting
