#include "refdata/hs_nomenclature.hpp"

namespace custos {
namespace {
uint64_t key(HsCode c) { return c.digits() * 16 + static_cast<uint64_t>(c.length()); }
}  // namespace

HsNomenclatureSet HsNomenclatureSet::from_store(Store& store) {
  HsNomenclatureSet set;
  for (const auto& edition : store.nomenclature_editions()) set.add(edition, store.nomenclature(edition));
  return set;
}

void HsNomenclatureSet::add(const std::string& edition, const std::vector<NomenclatureEntry>& rows) {
  editions_.push_back(edition);
  for (const auto& r : rows)
    if (auto c = HsCode::parse(r.code)) by_code_.try_emplace(key(*c), r.description);
}

bool HsNomenclatureSet::contains(HsCode code) const {
  if (code.length() < 6) return by_code_.count(key(code)) > 0;
  return by_code_.count(key(code.subheading())) > 0;
}

std::optional<std::string> HsNomenclatureSet::describe(HsCode code) const {
  for (int n : {6, 4, 2}) {
    if (code.length() < n) continue;
    auto it = by_code_.find(key(code.prefix(n)));
    if (it != by_code_.end()) return it->second;
  }
  return std::nullopt;
}

}  // namespace custos
