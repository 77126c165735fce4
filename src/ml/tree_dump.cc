#include "ml/tree_dump.hpp"

#include <xgboost/c_api.h>

#include <cmath>
#include <nlohmann/json.hpp>
#include <stdexcept>

namespace custos::ml {
namespace {

template <class T>
std::vector<T> array_of(const nlohmann::json& j, const char* key) {
  std::vector<T> out;
  for (const auto& v : j.at(key)) out.push_back(v.get<T>());
  return out;
}

}  // namespace

std::optional<std::string> tree_dump_of(const Booster& booster) {
  bst_ulong len = 0;
  const char* buf = nullptr;
  if (XGBoosterSaveModelToBuffer(booster.raw(), R"({"format":"json"})", &len, &buf) != 0) return std::nullopt;
  return std::string(buf, len);
}

std::optional<DumpedForest> read_tree_dump(const std::string& text) {
  nlohmann::json doc = nlohmann::json::parse(text, nullptr, false);
  if (doc.is_discarded()) return std::nullopt;
  try {
    const nlohmann::json& learner = doc.at("learner");
    if (learner.at("objective").at("name").get<std::string>() != "binary:logistic") return std::nullopt;
    const nlohmann::json& gb = learner.at("gradient_booster");
    if (gb.at("name").get<std::string>() != "gbtree") return std::nullopt;
    const nlohmann::json& model = gb.at("model");
    if (model.at("gbtree_model_param").value("num_parallel_tree", "1") != "1") return std::nullopt;
    for (const auto& g : model.at("tree_info"))
      if (g.get<int>() != 0) return std::nullopt;
    float base_score = std::stof(learner.at("learner_model_param").at("base_score").get<std::string>());
    if (!(base_score > 0 && base_score < 1)) return std::nullopt;

    DumpedForest f;
    f.base_margin = -std::log(1.0f / base_score - 1.0f);  // XGBoost's ProbToMargin for logistic
    for (const auto& jt : model.at("trees")) {
      DumpedTree t;
      t.left = array_of<int>(jt, "left_children");
      t.right = array_of<int>(jt, "right_children");
      t.feature = array_of<int>(jt, "split_indices");
      t.cond = array_of<float>(jt, "split_conditions");
      t.default_left = array_of<int>(jt, "default_left");
      if (jt.contains("sum_hessian")) t.hessian = array_of<float>(jt, "sum_hessian");
      const size_t n = t.left.size();
      if (n == 0 || t.right.size() != n || t.feature.size() != n || t.cond.size() != n ||
          t.default_left.size() != n)
        return std::nullopt;
      for (const auto& s : jt.at("split_type"))
        if (s.get<int>() != 0) return std::nullopt;  // categorical split
      f.trees.push_back(std::move(t));
    }
    return f;
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

}  // namespace custos::ml
