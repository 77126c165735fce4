// The declarations body reader of POST /api/v1/declarations and
// /api/v1/assess on arbitrary bytes; the first byte picks JSON, NDJSON or
// CSV. Either a BodyError, or counts that add up.
#include <cstdint>
#include <string_view>

#include "targeting/lodge.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  using custos::targeting::BodyFormat;
  const BodyFormat format = data[0] % 3 == 0   ? BodyFormat::json
                            : data[0] % 3 == 1 ? BodyFormat::ndjson
                                               : BodyFormat::csv;
  std::string_view body(reinterpret_cast<const char*>(data) + 1, size - 1);
  try {
    auto r = custos::targeting::parse_declarations(body, format, 10000);
    if (r.read != static_cast<int64_t>(r.declarations.size()) + r.rejected) __builtin_trap();
    if (r.rejected > 0 && r.rejects.empty()) __builtin_trap();
    for (const auto& rej : r.rejects)
      if (rej.line < 1 || rej.reason.empty()) __builtin_trap();
  } catch (const custos::targeting::BodyError& e) {
    if (e.line() < 1 || e.column() < 1) __builtin_trap();
  }
  return 0;
}
