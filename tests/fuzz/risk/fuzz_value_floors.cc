// libFuzzer target for the unit-value floors table: any bytes must give a
// table or a ValueFloorError naming file, line and field, never a crash; a
// table that loads must assess a declaration.
#include <cstddef>
#include <cstdint>
#include <string>

#include "risk/value_floors.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace custos;
  using namespace custos::risk;
  std::string text(reinterpret_cast<const char*>(data), size);
  // The first half is the floors table, the second the rates table.
  size_t cut = text.find('\f');
  std::string floors = text.substr(0, cut),
              rates = cut == std::string::npos ? "currency,usd_per_unit\n" : text.substr(cut + 1);
  try {
    ValueFloors t = ValueFloors::parse(floors, rates, "f.csv", "r.csv");
    Declaration d;
    Item it;
    it.item_no = 1;
    it.hs_code = *HsCode::parse("390110");
    it.net_mass_kg = 1000;
    it.value = 1;
    it.currency = "USD";
    d.items.push_back(it);
    std::vector<Finding> out;
    t.assess(d, out);
  } catch (const ValueFloorError& e) {
    (void)e.what();
  }
  return 0;
}
