// libFuzzer target for the unit-value ceilings table: any bytes must give a
// table or a ValueFloorError naming file, line and field, never a crash; a
// table that loads must assess declarations priced per kg and per piece.
#include <cstddef>
#include <cstdint>
#include <string>

#include "risk/value_ceilings.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace custos;
  using namespace custos::risk;
  std::string text(reinterpret_cast<const char*>(data), size);
  // The first half is the ceilings table, the second the rates table.
  size_t cut = text.find('\f');
  std::string ceilings = text.substr(0, cut),
              rates = cut == std::string::npos ? "currency,usd_per_unit\n" : text.substr(cut + 1);
  try {
    ValueCeilings t = ValueCeilings::parse(ceilings, rates, "c.csv", "r.csv");
    Declaration d;
    for (int i = 0; i < 2; ++i) {
      Item it;
      it.item_no = i + 1;
      it.hs_code = *HsCode::parse("830629");
      it.net_mass_kg = i == 0 ? 1.2 : 0.0;
      it.value = 9500;
      it.quantity = i == 0 ? 1.0 : 0.0;
      it.quantity_unit = i == 0 ? "u" : "kg";
      it.currency = i == 0 ? "USD" : "EUR";
      d.items.push_back(it);
    }
    std::vector<Finding> out;
    t.assess(d, out);
  } catch (const ValueFloorError& e) {
    (void)e.what();
  }
  return 0;
}
