// Feeds arbitrary bytes to the model artifact reader (CBOR envelope, feature
// encoder JSON, XGBoost model bytes).
#include <cstddef>
#include <cstdint>
#include <exception>
#include <string_view>

#include "ml/model.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  try {
    custos::ml::TargetingModel::from_payload(std::string_view(reinterpret_cast<const char*>(data), size));
  } catch (const std::exception&) {
  }
  return 0;
}
