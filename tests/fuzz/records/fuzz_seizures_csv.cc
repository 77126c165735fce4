// The seizure readers (canonical CSV, NDJSON) and the quantity parser on
// arbitrary bytes: never a crash; every record read is either returned valid
// or rejected with a line and a field; a returned record survives its JSON
// round trip.
#include <cstdint>
#include <set>
#include <string>

#include "records/seizure_reader.hpp"

namespace {

void check(const custos::records::SeizureRead& r) {
  std::set<int64_t> lines;
  bool header = false;
  for (const auto& x : r.rejects) {
    if (x.line < 1 || x.field.empty() || x.reason.empty()) __builtin_trap();
    header = header || x.field == "header";
    lines.insert(x.line);
  }
  // Nothing is lost: read = returned + rejected.
  if (!header && static_cast<int64_t>(lines.size() + r.records.size()) != r.read) __builtin_trap();
  for (const auto& [line, s] : r.records) {
    if (!custos::records::validate(s).empty()) __builtin_trap();
    if (custos::records::seizure_from_json(custos::records::to_json(s)) != s) __builtin_trap();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  check(custos::records::read_seizures_csv(input));
  check(custos::records::read_seizures_ndjson(input));
  try {
    auto q = custos::records::parse_quantities(input);
    if (custos::records::parse_quantities(custos::records::format_quantities(q)) != q) __builtin_trap();
  } catch (const std::invalid_argument&) {
  }
  return 0;
}
