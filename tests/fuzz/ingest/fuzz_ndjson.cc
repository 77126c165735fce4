// The NDJSON reader on arbitrary bytes.
#include <stdexcept>

#include "fuzz_file.hpp"
#include "ingest/declaration_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  custos::fuzz::TempFile f(data, size, ".ndjson");
  if (!f.ok()) return 0;
  try {
    custos::DeclarationReader r(f.path(), {});
    custos::ReadRecord rec;
    while (r.next(rec)) {
      if (rec.ok() == !rec.problems.empty()) __builtin_trap();
    }
  } catch (const std::runtime_error&) {
  }
  return 0;
}
