#pragma once
// Puts a model score into words. XGBoost's SHAP contributions say how much
// each feature pushed this declaration's score up or down (in log-odds);
// the largest pushes upward become the reason of a Finding, each phrased
// with the declaration's own values: "importer's past fraud rate 43% (+0.81)".
#include <span>
#include <string>

#include "core/declaration.hpp"
#include "core/finding.hpp"
#include "ml/features.hpp"
#include "ml/history.hpp"

namespace custos::ml {

// One feature's contribution in words, without the signed figure.
std::string describe_feature(std::string_view feature, const Declaration& d, const HistoryFeatures& h);

// The same words as a message for translation: {"id", "params"}, the id
// naming a template (web/src/lib/messages/*.ts, `finding.model.driver.<id>`)
// that, filled with the params, reads word for word as describe_feature.
// A param is a string (an id, a code), a number {"number", "as": "int" |
// "amount" | "pct"}, or a message of its own ("twice", "3 frauds"). Null for
// a feature without a template (its words are the feature's own name).
nlohmann::json describe_feature_message(std::string_view feature, const Declaration& d,
                                        const HistoryFeatures& h);

struct ModelIdentity {
  std::string name;
  int version = 0;
};

// A Finding from one declaration's score and contributions (width + 1
// values, the last being the bias). `top` contributions are named.
Finding model_finding(const ModelIdentity& model, const FeatureEncoder& encoder, const Declaration& d,
                      const HistoryFeatures& h, double score, std::span<const float> contributions,
                      size_t top = 3);

// The same Finding for a score that does not need words (below the score
// from which the model asks for a check): the reason gives the score, and
// the evidence carries the `top` largest upward contributions as figures,
// one per feature ({"feature", "contribution"}), with "worded": false.
// Costs no history lookup and no text per feature.
Finding model_figures_finding(const ModelIdentity& model, const FeatureEncoder& encoder, double score,
                              std::span<const float> contributions, size_t top = 3);

// The Finding for a score below the one from which the model asks for a
// check, when its contributions were not computed (ModelScorer::explain's
// default for such rows): the score alone, "worded": false, no drivers.
Finding model_score_finding(const ModelIdentity& model, double score);

}  // namespace custos::ml
