// libFuzzer target for the disguise model's stored document: any bytes must
// give a model or a DisguiseModelError, never a crash; a model that loads must
// score, flag and explain a declaration, and write a document that loads again.
#include <cstddef>
#include <cstdint>
#include <string>

#include "risk/disguise_model.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace custos;
  using namespace custos::risk;
  nlohmann::json j = nlohmann::json::parse(data, data + size, nullptr, false);
  if (j.is_discarded()) return 0;
  try {
    DisguiseModel m = DisguiseModel::from_json(j);
    Declaration d;
    d.flow = Flow::import;
    d.transport_mode = "post";
    d.departure_country = Country::parse("MY");
    d.consignee.name = "Private person";
    Item it;
    it.item_no = 1;
    it.hs_code = *HsCode::parse("391590");
    it.net_mass_kg = 18000;
    it.value = 2000;
    it.currency = "EUR";
    d.items.push_back(it);
    (void)m.probabilities(d);
    if (auto f = m.finding(d)) (void)f->reason.size();
    (void)DisguiseModel::from_json(m.to_json());
  } catch (const DisguiseModelError& e) {
    (void)e.what();
  }
  return 0;
}
