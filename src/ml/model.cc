#include "ml/model.hpp"

#include <algorithm>
#include <stdexcept>

namespace custos::ml {

std::string TargetingModel::to_payload() const {
  std::string bytes = booster_.save();
  nlohmann::json doc = {
      {"format", "custos-model"},
      {"version", 1},
      {"encoder", encoder_.to_json()},
      {"booster", nlohmann::json::binary(std::vector<uint8_t>(bytes.begin(), bytes.end()))}};
  std::vector<uint8_t> cbor = nlohmann::json::to_cbor(doc);
  return {cbor.begin(), cbor.end()};
}

TargetingModel TargetingModel::from_payload(std::string_view payload, nlohmann::json metadata) {
  nlohmann::json doc = nlohmann::json::from_cbor(payload.begin(), payload.end(), true, false);
  if (doc.is_discarded() || !doc.is_object()) throw std::runtime_error("model payload: not a CBOR document");
  if (doc.value("format", "") != "custos-model" || doc.value("version", 0) != 1)
    throw std::runtime_error("model payload: not a Custos model of a known version");
  try {
    FeatureEncoder encoder = FeatureEncoder::from_json(doc.at("encoder"));
    const auto& bin = doc.at("booster").get_binary();
    Booster booster = Booster::load(std::string(bin.begin(), bin.end()));
    return TargetingModel(std::move(encoder), std::move(booster), std::move(metadata));
  } catch (const nlohmann::json::exception& e) {
    throw std::runtime_error(std::string("model payload: ") + e.what());
  }
}

std::vector<double> TargetingModel::predict(const FeatureRows& rows) const {
  if (rows.rows() == 0) return {};
  std::vector<float> p(rows.rows());
  predict(rows.values.data(), rows.rows(), p.data());
  return {p.begin(), p.end()};
}

void TargetingModel::predict(const float* values, size_t rows, float* out) const {
  if (rows == 0) return;
  const size_t cols = encoder_.width();
  if (forest_ && forest_->features() <= cols) {
    forest_->predict(values, rows, cols, out);
    return;
  }
  std::vector<float> p = booster_.predict_dense(values, rows, cols);
  std::copy(p.begin(), p.end(), out);
}

std::vector<float> TargetingModel::contributions(const FeatureRows& rows) const {
  if (rows.rows() == 0) return {};
  std::vector<float> out(rows.rows() * (encoder_.width() + 1));
  contributions(rows.values.data(), rows.rows(), out.data());
  return out;
}

void TargetingModel::contributions(const float* values, size_t rows, float* out) const {
  if (rows == 0) return;
  const size_t cols = encoder_.width();
  if (shap_ && shap_->features() <= cols) {
    shap_->contributions(values, rows, cols, out);
    return;
  }
  FeatureMatrix m(std::vector<float>(values, values + rows * cols), rows, cols);
  std::vector<float> c = booster_.contributions(m);
  std::copy(c.begin(), c.end(), out);
}

std::vector<float> TargetingModel::xgboost_contributions(const FeatureRows& rows) const {
  if (rows.rows() == 0) return {};
  FeatureMatrix m(rows.values, rows.rows(), rows.cols);
  return booster_.contributions(m);
}

}  // namespace custos::ml
