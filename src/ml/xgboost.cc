#include "ml/xgboost.hpp"

#include <xgboost/c_api.h>

#include <cstdio>
#include <limits>
#include <stdexcept>

namespace custos::ml {
namespace {

void check(int rc, const char* what) {
  if (rc != 0) throw std::runtime_error(std::string("XGBoost ") + what + ": " + XGBGetLastError());
}

}  // namespace

FeatureMatrix::FeatureMatrix(const std::vector<float>& values, size_t rows, size_t cols)
    : rows_(rows), cols_(cols) {
  if (values.size() != rows * cols)
    throw std::invalid_argument("feature matrix: size does not match rows x cols");
  DMatrixHandle h = nullptr;
  check(XGDMatrixCreateFromMat(values.data(), rows, cols, std::numeric_limits<float>::quiet_NaN(), &h),
        "matrix");
  handle_ = h;
}

FeatureMatrix::~FeatureMatrix() {
  if (handle_ != nullptr) XGDMatrixFree(handle_);
}

void FeatureMatrix::set_labels(const std::vector<float>& labels) {
  if (labels.size() != rows_) throw std::invalid_argument("feature matrix: one label per row expected");
  check(XGDMatrixSetFloatInfo(handle_, "label", labels.data(), labels.size()), "labels");
}

Booster::Booster(const FeatureMatrix& train) {
  DMatrixHandle m[] = {train.handle()};
  BoosterHandle h = nullptr;
  check(XGBoosterCreate(m, 1, &h), "booster");
  handle_ = h;
}

Booster Booster::load(const std::string& bytes) {
  Booster b;
  BoosterHandle h = nullptr;
  check(XGBoosterCreate(nullptr, 0, &h), "booster");
  b.handle_ = h;
  check(XGBoosterLoadModelFromBuffer(h, bytes.data(), bytes.size()), "load model");
  return b;
}

Booster::~Booster() {
  if (handle_ != nullptr) XGBoosterFree(handle_);
}

Booster& Booster::operator=(Booster&& other) noexcept {
  if (this != &other) {
    if (handle_ != nullptr) XGBoosterFree(handle_);
    handle_ = std::exchange(other.handle_, nullptr);
  }
  return *this;
}

void Booster::set_param(const std::string& name, const std::string& value) {
  check(XGBoosterSetParam(handle_, name.c_str(), value.c_str()), "parameter");
}

void Booster::update(int iteration, const FeatureMatrix& train) {
  check(XGBoosterUpdateOneIter(handle_, iteration, train.handle()), "training round");
}

int Booster::rounds() const {
  int n = 0;
  check(XGBoosterBoostedRounds(handle_, &n), "rounds");
  return n;
}

void Booster::truncate(int rounds) {
  if (rounds >= this->rounds()) return;
  BoosterHandle sliced = nullptr;
  check(XGBoosterSlice(handle_, 0, rounds, 1, &sliced), "slice");
  XGBoosterFree(handle_);
  handle_ = sliced;
}

namespace {

const float* run_predict(void* booster, const FeatureMatrix& m, int type, size_t expect) {
  const bst_ulong* shape = nullptr;
  bst_ulong dim = 0;
  const float* out = nullptr;
  std::string config = R"({"type":)" + std::to_string(type) +
                       R"(,"training":false,"iteration_begin":0,"iteration_end":0,"strict_shape":false})";
  check(XGBoosterPredictFromDMatrix(booster, m.handle(), config.c_str(), &shape, &dim, &out), "predict");
  size_t n = 1;
  for (bst_ulong i = 0; i < dim; ++i) n *= shape[i];
  if (n != expect) throw std::runtime_error("XGBoost predict: unexpected output shape");
  return out;
}

}  // namespace

std::vector<float> Booster::predict(const FeatureMatrix& m) const {
  const float* out = run_predict(handle_, m, 0, m.rows());
  return {out, out + m.rows()};
}

std::vector<float> Booster::predict_dense(const float* values, size_t rows, size_t cols) const {
  if (rows == 0) return {};
  char iface[256];
  std::snprintf(iface, sizeof iface, R"({"data":[%llu,true],"shape":[%zu,%zu],"typestr":"<f4","version":3})",
                static_cast<unsigned long long>(reinterpret_cast<uintptr_t>(values)), rows, cols);
  const char* config =
      R"({"type":0,"training":false,"iteration_begin":0,"iteration_end":0,"strict_shape":false,"cache_id":0,"missing":NaN})";
  const bst_ulong* shape = nullptr;
  bst_ulong dim = 0;
  const float* out = nullptr;
  check(XGBoosterPredictFromDense(handle_, iface, config, nullptr, &shape, &dim, &out), "predict");
  return {out, out + rows};
}

std::vector<float> Booster::contributions(const FeatureMatrix& m) const {
  size_t n = m.rows() * (m.cols() + 1);
  const float* out = run_predict(handle_, m, 2, n);
  return {out, out + n};
}

std::string Booster::save() const {
  bst_ulong len = 0;
  const char* buf = nullptr;
  check(XGBoosterSaveModelToBuffer(handle_, R"({"format":"ubj"})", &len, &buf), "save model");
  return {buf, len};
}

}  // namespace custos::ml
