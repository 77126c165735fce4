// The permit CSV reader on arbitrary bytes: never a crash; every reject
// names its line, field and reason.
#include <cstdint>
#include <string>

#include "records/permit.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  auto r = custos::records::read_permits_csv(input);
  for (const auto& x : r.rejects)
    if (x.line < 1 || x.field.empty() || x.reason.empty()) __builtin_trap();
  for (const auto& [line, p] : r.records)
    if (p.type.empty() || p.reference.empty()) __builtin_trap();
  return 0;
}
