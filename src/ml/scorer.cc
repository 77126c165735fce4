#include "ml/scorer.hpp"

#include <algorithm>

namespace custos::ml {

ModelScorer::ModelScorer(TargetingModel model, ModelIdentity id, TradeHistory history)
    : model_(std::move(model)), id_(std::move(id)), history_(std::move(history)), words_(model_.encoder()) {}

std::optional<ModelScorer> ModelScorer::load_active(Store& store, std::string_view name) {
  std::optional<Artifact> a = store.get_artifact(kModelKind, name);
  if (!a) return std::nullopt;
  nlohmann::json meta = nlohmann::json::parse(a->metadata, nullptr, false);
  TargetingModel model =
      TargetingModel::from_payload(a->payload, meta.is_discarded() ? nlohmann::json{} : meta);
  TradeHistory history;
  store.scan({}, [&](const Declaration& d) {
    history.record(d);
    if (d.outcome.fraud) history.reveal(d, *d.outcome.fraud, d.date);
    return true;
  });
  return ModelScorer(std::move(model), ModelIdentity{a->name, a->version}, std::move(history));
}

double ModelScorer::score(const Declaration& d) const {
  return score(std::span<const Declaration>(&d, 1)).front();
}

FeatureRows ModelScorer::encode(std::span<const Declaration> batch) const {
  FeatureRows rows;
  rows.cols = model_.encoder().width();
  rows.values.resize(batch.size() * rows.cols);
  for (size_t i = 0; i < batch.size(); ++i)
    model_.encoder().encode(batch[i], history_.lookup(batch[i]), rows.values.data() + i * rows.cols);
  return rows;
}

void ModelScorer::score(std::span<const Declaration> batch, FeatureRows& rows, float* out) const {
  rows.cols = model_.encoder().width();
  rows.values.resize(batch.size() * rows.cols);
  for (size_t i = 0; i < batch.size(); ++i)
    model_.encoder().encode(batch[i], history_.lookup(batch[i]), rows.values.data() + i * rows.cols);
  model_.predict(rows.values.data(), batch.size(), out);
}

std::vector<double> ModelScorer::score(std::span<const Declaration> batch) const {
  FeatureRows rows;
  std::vector<float> p(batch.size());
  score(batch, rows, p.data());
  return {p.begin(), p.end()};
}

Finding ModelScorer::explain(const Declaration& d, size_t top) const {
  HistoryFeatures h = history_.lookup(d);
  FeatureRows rows;
  rows.cols = model_.encoder().width();
  rows.values.resize(rows.cols);
  model_.encoder().encode(d, h, rows.values.data());
  float p = 0;
  model_.predict(rows.values.data(), 1, &p);
  std::vector<float> contrib = model_.contributions(rows);
  return model_finding(id_, words_, d, h, p, contrib, top);
}

std::vector<Finding> ModelScorer::explain(std::span<const Declaration> batch,
                                          const ExplainOptions& options) const {
  std::vector<Finding> out;
  if (batch.empty()) return out;
  // Scored as score() does, keeping each declaration's history for the
  // words (looked up once, not again for the rows put into words).
  const size_t cols = model_.encoder().width(), width = cols + 1;
  FeatureRows rows;
  rows.cols = cols;
  rows.values.resize(batch.size() * cols);
  std::vector<HistoryFeatures> seen(batch.size());
  for (size_t i = 0; i < batch.size(); ++i) {
    seen[i] = history_.lookup(batch[i]);
    model_.encoder().encode(batch[i], seen[i], rows.values.data() + i * cols);
  }
  std::vector<float> p(batch.size());
  model_.predict(rows.values.data(), batch.size(), p.data());
  // The rows that need contributions, gathered into one matrix.
  std::vector<size_t> explained;
  for (size_t i = 0; i < batch.size(); ++i)
    if (p[i] >= options.words_from || options.contributions_below) explained.push_back(i);
  std::vector<float> picked;
  const float* matrix = rows.values.data();
  if (explained.size() < batch.size()) {
    picked.resize(explained.size() * cols);
    for (size_t j = 0; j < explained.size(); ++j)
      std::copy_n(rows.values.data() + explained[j] * cols, cols, picked.data() + j * cols);
    matrix = picked.data();
  }
  std::vector<float> contrib(explained.size() * width);
  if (!explained.empty()) model_.contributions(matrix, explained.size(), contrib.data());
  out.reserve(batch.size());
  size_t next = 0;  // index into explained
  for (size_t i = 0; i < batch.size(); ++i) {
    if (next < explained.size() && explained[next] == i) {
      std::span<const float> c(contrib.data() + next * width, width);
      ++next;
      if (p[i] >= options.words_from)
        out.push_back(model_finding(id_, words_, batch[i], seen[i], p[i], c, options.top));
      else
        out.push_back(model_figures_finding(id_, model_.encoder(), p[i], c, options.top));
    } else {
      out.push_back(model_score_finding(id_, p[i]));
    }
  }
  return out;
}

void ModelScorer::learn(const Declaration& d) {
  history_.record(d);
  if (d.outcome.fraud) history_.reveal(d, *d.outcome.fraud, d.date);
}

}  // namespace custos::ml
