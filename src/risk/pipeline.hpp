#pragma once
// The whole targeting run the commands share: a checked profile set, the
// indicators (history-based, and the unit-value floors that need no history),
// extra finding sources, selection and officers' overrides.
//
// Indicators learn from the store's history in date order (learn_history),
// then from the declarations being assessed, each one assessed before it is
// learned. Not thread-safe.
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "risk/assessor.hpp"
#include "risk/profile_loader.hpp"
#include "risk/selection.hpp"
#include "risk/value_ceilings.hpp"
#include "risk/value_floors.hpp"
#include "store/store.hpp"

namespace custos::risk {

class ProfileSetError : public std::runtime_error {
 public:
  explicit ProfileSetError(std::vector<LoadError> errors);
  const std::vector<LoadError>& errors() const { return errors_; }

 private:
  std::vector<LoadError> errors_;
};

struct PipelineOptions {
  std::string profiles_path;  // folder or file
  // When not empty, the profile files themselves (name and TOML text), used
  // instead of profiles_path (the server's packs with an administration's edits).
  std::vector<ProfileSource> profile_sources;
  // When set, this compiled profile set instead of loading either: several
  // pipelines in turn share one compilation (the engine keeps scratch space,
  // so they must not assess at the same time).
  std::shared_ptr<ProfileEngine> engine;
  std::string groups_path;
  bool indicators = true;
  IndicatorOptions indicator_options;
  // Unit-value floors (value_floors.hpp), used with the indicators; none when empty.
  std::string value_floors_path, currency_rates_path;
  // Unit-value ceilings (value_ceilings.hpp), with the same rates; none when empty.
  std::string value_ceilings_path;
  SelectionPolicy selection;
};

class Pipeline {
 public:
  // Throws ProfileSetError (all-or-nothing) when any profile file, or the
  // unit-value floors or ceilings table, is broken.
  explicit Pipeline(const PipelineOptions& options);

  size_t profile_count() const { return engine_->profiles().size(); }
  size_t value_floor_count() const { return floors_ ? floors_->size() : 0; }
  const ProfileEngine& engine() const { return *engine_; }
  // `batch`: the same source for many declarations at once (assessment.hpp).
  void add_source(FindingSource s, BatchFindingSource batch = {}) {
    assessor_->add_source(std::move(s), std::move(batch));
  }

  // Indicators learn every stored declaration dated before `before` (all when absent).
  int64_t learn_history(Store& store, std::optional<Date> before);
  Assessment assess(const Declaration& d) { return assessor_->assess(d, true); }
  // `learn` false: the indicators do not learn the declaration (it is not stored).
  Assessment assess(const Declaration& d, bool learn) { return assessor_->assess(d, learn); }
  // Many declarations in order: what assess(d, learn) gives one after the
  // other, with batch sources (the learned model) called once for all.
  std::vector<Assessment> assess(std::span<const Declaration> batch, bool learn = true) {
    return assessor_->assess(batch, learn);
  }
  // Capacity, random floor and starvation guard, then the recorded overrides.
  void select(std::vector<Assessment>& batch, Store* store_for_overrides);

 private:
  std::shared_ptr<ProfileEngine> engine_;
  std::unique_ptr<IndicatorModel> indicators_;
  std::shared_ptr<const ValueFloors> floors_;
  std::unique_ptr<Assessor> assessor_;
  Selector selector_;
};

}  // namespace custos::risk
