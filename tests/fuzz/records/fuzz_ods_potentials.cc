// The ODP/GWP table reader (data/permits/ods_potentials.csv) on arbitrary
// bytes: never a crash; a broken table is an OdsTableError naming its line
// and field, a good one has a substance and a source on every row.
#include <cstdint>
#include <string>

#include "records/ods_potentials.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  try {
    auto t = custos::records::OdsPotentials::parse(input);
    for (const auto& r : t.rows())
      if (r.substance.empty() || r.source.empty() || r.line < 2 || r.odp < 0) __builtin_trap();
  } catch (const custos::records::OdsTableError& e) {
    if (e.line() < 1 || e.field().empty()) __builtin_trap();
  }
  return 0;
}
