#pragma once
// The risk engine's door to the learned model. load_active() reads the
// active model artifact and builds the trade history from every stored
// declaration (labels known where the store has an outcome). score() gives
// the fraud probability of a declaration from what was known before its
// date; explain() turns that score into a Finding (source "model") whose
// reason names the features that pushed it up, with their values.
// Not thread-safe; one ModelScorer per thread. A declaration scored is not
// added to the history: call learn() once it is stored.
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "core/finding.hpp"
#include "ml/dataset.hpp"
#include "ml/explain.hpp"
#include "ml/history.hpp"
#include "ml/model.hpp"
#include "store/store.hpp"

namespace custos::ml {

// How a batch is explained. Every declaration is scored (one matrix, one
// prediction for the batch); only those scored at least `words_from` get
// their SHAP contributions (computed for those rows together) and the
// reason in words (history lookups and text per feature). The rest keep the
// score alone, or, with `contributions_below`, their top contributions as
// figures.
struct ExplainOptions {
  size_t top = 3;
  // 0.4 is where a model finding of its own asks for a document check
  // (weight 40 and up is yellow, risk/assessment.hpp); 0 words everything.
  double words_from = 0.4;
  // Below words_from: contributions as figures (model_figures_finding)
  // instead of the score alone (model_score_finding).
  bool contributions_below = false;
};

class ModelScorer {
 public:
  // nullopt when the store holds no model of that name.
  static std::optional<ModelScorer> load_active(Store& store, std::string_view name = kDefaultModelName);
  ModelScorer(TargetingModel model, ModelIdentity id, TradeHistory history);

  double score(const Declaration& d) const;
  // Scores many at once: every row is encoded into one matrix, then one
  // prediction call (the compiled forest) scores the whole batch. Each
  // declaration sees the history as it stands; the batch's own
  // declarations are not added to it. What the throughput benchmark measures.
  std::vector<double> score(std::span<const Declaration> batch) const;
  // The same into `out` (batch.size() values); `rows` is the work matrix,
  // reused across calls to avoid allocation, and holds the features after.
  void score(std::span<const Declaration> batch, FeatureRows& rows, float* out) const;
  // The feature rows of a batch, as score() computes them.
  FeatureRows encode(std::span<const Declaration> batch) const;
  // One declaration, always in words (one row of the same computation).
  Finding explain(const Declaration& d, size_t top = 3) const;
  // A whole batch: one matrix, one prediction, then contributions and words
  // only for the rows options.words_from says (all of them in one pass over
  // the forest). findings[i] is batch[i]'s; a worded one equals explain(batch[i]).
  std::vector<Finding> explain(std::span<const Declaration> batch, const ExplainOptions& options = {}) const;

  // Adds a declaration (and its label, when known) to the history.
  void learn(const Declaration& d);

  const ModelIdentity& identity() const { return id_; }
  const TargetingModel& model() const { return model_; }
  const TradeHistory& history() const { return history_; }

 private:
  TargetingModel model_;
  ModelIdentity id_;
  TradeHistory history_;
  WordPlan words_;  // of model_'s encoder
};

}  // namespace custos::ml
