#pragma once
// A trained targeting model: the feature encoder, the XGBoost booster and
// the metadata that says how it was made (features, training window,
// parameters, validation metrics). It is stored as a versioned artifact
// (kind "model") and round-trips byte for byte: the same declarations get
// the same scores after save and load.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ml/dataset.hpp"
#include "ml/features.hpp"
#include "ml/forest.hpp"
#include "ml/shap.hpp"
#include "ml/xgboost.hpp"

namespace custos::ml {

inline constexpr std::string_view kModelKind = "model";
inline constexpr std::string_view kDefaultModelName = "fraud";

class TargetingModel {
 public:
  TargetingModel(FeatureEncoder encoder, Booster booster, nlohmann::json metadata)
      : encoder_(std::move(encoder)),
        booster_(std::move(booster)),
        forest_(CompiledForest::from_booster(booster_)),
        shap_(ForestShap::from_booster(booster_)),
        metadata_(std::move(metadata)) {}

  // CBOR: {"format":"custos-model","version":1,"encoder":{...},"booster":bytes}.
  std::string to_payload() const;
  // Throws std::runtime_error naming what is wrong with a damaged payload.
  static TargetingModel from_payload(std::string_view payload, nlohmann::json metadata = {});

  const FeatureEncoder& encoder() const { return encoder_; }
  const Booster& booster() const { return booster_; }
  const nlohmann::json& metadata() const { return metadata_; }
  nlohmann::json& metadata() { return metadata_; }

  // The booster's trees laid out for fast scoring (nullopt: XGBoost predicts).
  const std::optional<CompiledForest>& forest() const { return forest_; }

  // Fraud probabilities for rows made by this model's encoder (the compiled
  // forest when there is one, else XGBoost's predictor).
  std::vector<double> predict(const FeatureRows& rows) const;
  // The same into `out` (rows x cols values, one float per row).
  void predict(const float* values, size_t rows, float* out) const;
  // SHAP contributions (log-odds), rows x (width + 1); last column is the bias.
  // Exact TreeSHAP on the forest, many rows at a time (ForestShap), else XGBoost's.
  std::vector<float> contributions(const FeatureRows& rows) const;
  // The same into `out` (rows x (width + 1) floats).
  void contributions(const float* values, size_t rows, float* out) const;
  // XGBoost's own pred_contribs on a DMatrix of the rows (the reference).
  std::vector<float> xgboost_contributions(const FeatureRows& rows) const;
  const std::optional<ForestShap>& shap() const { return shap_; }

 private:
  FeatureEncoder encoder_;
  Booster booster_;
  std::optional<CompiledForest> forest_;
  std::optional<ForestShap> shap_;
  nlohmann::json metadata_;
};

}  // namespace custos::ml
