#pragma once
// A thin owner of XGBoost's C API handles: a dense matrix of features and a
// booster trained on it. Every failing call throws std::runtime_error with
// XGBoost's own message, so callers never see a raw return code.
// Not thread-safe: one Booster per thread.
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace custos::ml {

// Row-major float matrix; NaN marks a missing value.
class FeatureMatrix {
 public:
  FeatureMatrix(const std::vector<float>& values, size_t rows, size_t cols);
  ~FeatureMatrix();
  FeatureMatrix(const FeatureMatrix&) = delete;
  FeatureMatrix& operator=(const FeatureMatrix&) = delete;

  void set_labels(const std::vector<float>& labels);
  size_t rows() const { return rows_; }
  size_t cols() const { return cols_; }
  void* handle() const { return handle_; }

 private:
  void* handle_ = nullptr;
  size_t rows_ = 0, cols_ = 0;
};

class Booster {
 public:
  // A new, untrained booster that will train on `train`.
  explicit Booster(const FeatureMatrix& train);
  // A booster restored from save() bytes.
  static Booster load(const std::string& bytes);
  ~Booster();
  Booster(Booster&& other) noexcept : handle_(std::exchange(other.handle_, nullptr)) {}
  Booster& operator=(Booster&& other) noexcept;
  Booster(const Booster&) = delete;
  Booster& operator=(const Booster&) = delete;

  void set_param(const std::string& name, const std::string& value);
  void update(int iteration, const FeatureMatrix& train);
  int rounds() const;
  // Keeps only the first `rounds` rounds (after early stopping).
  void truncate(int rounds);

  // Probabilities, one per row.
  std::vector<float> predict(const FeatureMatrix& m) const;
  // Probabilities straight from a row-major float array (NaN = missing),
  // without building a DMatrix and without XGBoost's prediction cache.
  std::vector<float> predict_dense(const float* values, size_t rows, size_t cols) const;
  // SHAP contributions: rows x (cols + 1), the last column being the bias,
  // in log-odds units.
  std::vector<float> contributions(const FeatureMatrix& m) const;

  std::string save() const;  // UBJSON model bytes
  // The C handle, for calls this wrapper does not cover.
  void* raw() const { return handle_; }

 private:
  Booster() = default;
  void* handle_ = nullptr;
};

}  // namespace custos::ml
