// The whole CSV path (header plan, grouping, validation) on arbitrary bytes
// after a canonical header: records are either valid or carry problems.
#include <stdexcept>

#include "fuzz_file.hpp"
#include "ingest/declaration_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text =
      "declaration_id,item_no,date,flow,hs_code,origin_country,net_mass_kg,value,currency,documents,"
      "containers,"
      "transit_countries,fraud,illicit_domain,extra\n";
  text.append(reinterpret_cast<const char*>(data), size);
  custos::fuzz::TempFile f(reinterpret_cast<const uint8_t*>(text.data()), text.size(), ".csv");
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
