#pragma once
// Turns a declaration and its history into the row of numbers the model
// reads. Numeric fields are log-scaled; codes (origin, office, transport
// mode, declaration types) are label-encoded with a vocabulary learnt from
// the training declarations, an unseen code becoming "missing"; history
// features come from TradeHistory and so only from the past.
// The encoder is part of a trained model: the same vocabulary must be used
// when scoring, so it serialises to JSON alongside the booster.
#include <map>
#include <nlohmann/json.hpp>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/declaration.hpp"
#include "ml/history.hpp"

namespace custos::ml {

struct FeatureInfo {
  std::string name;         // stable identifier, e.g. "importer_fraud_rate"
  std::string description;  // for docs and `custos model list`
};

class FeatureEncoder {
 public:
  static constexpr int kVersion = 2;  // of the feature list; see version_
  FeatureEncoder() = default;
  int version() const { return version_; }
  // Learns the vocabularies of the code columns and the attribute names.
  // `party_ids` also label-encodes importer, declarant and seller ids (the
  // published baseline's choice); off by default, history features speak
  // for the parties instead.
  // `version` 1 leaves out the identical-consignment history (to measure
  // what it adds); new models use kVersion.
  static FeatureEncoder fit(std::span<const Declaration> training, bool party_ids = false,
                            int version = kVersion);
  static FeatureEncoder from_json(const nlohmann::json& j);  // throws on a bad document
  nlohmann::json to_json() const;

  const std::vector<FeatureInfo>& features() const { return features_; }
  size_t width() const { return features_.size(); }
  // Index of a feature by name, or -1.
  int index_of(std::string_view name) const;

  // Writes width() values to `row`; NaN for missing.
  void encode(const Declaration& d, const HistoryFeatures& h, float* row) const;

 private:
  void build_feature_list();
  float code(size_t column, std::string_view value) const;

  struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  using Vocabulary = std::unordered_map<std::string, int, StringHash, std::equal_to<>>;

  std::vector<std::string> columns_;  // code columns: fixed ones, then attr:<name>
  std::vector<std::map<std::string, int, std::less<>>> vocab_;
  // Built from the above by build_feature_list(), for encode(): hashed
  // vocabularies, what each column reads, and attribute name -> column.
  std::vector<Vocabulary> lookup_;
  std::vector<int> source_;
  std::unordered_map<std::string, size_t, StringHash, std::equal_to<>> attr_column_;
  bool party_ids_ = false;
  // 1: the feature list of the first models; 2 adds the identical-consignment
  // history. Stored with the model, so an older model keeps its own list.
  int version_ = kVersion;
  std::vector<FeatureInfo> features_;
};

}  // namespace custos::ml
