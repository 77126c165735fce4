// Screening the parties of a declaration, as findings for the risk engine.
#include <fmt/format.h>

#include "screen/screen.hpp"

namespace custos::screen {

std::vector<Finding> screen_declaration(const Screener& screener, const Declaration& declaration) {
  const std::pair<const char*, const Party*> parties[] = {{"importer", &declaration.importer},
                                                          {"exporter", &declaration.exporter},
                                                          {"consignor", &declaration.consignor},
                                                          {"consignee", &declaration.consignee}};
  std::vector<Finding> out;
  for (const auto& [role, party] : parties) {
    if (party->name.empty()) continue;
    ScreenQuery q;
    q.country = party->country;
    q.max_results = 3;
    for (const auto& r : screener.screen(party->name, q)) {
      if (!r.alert) continue;
      Finding f;
      f.source = "screening";
      f.id = r.entity->list + ":" + r.entity->id;
      f.domain = is_sanctions_list(r.entity->list) ? Domain::strategic : Domain::general;
      f.weight = r.score;
      f.reason = fmt::format("The {} {}", role, r.summary(party->name));
      f.instructions =
          is_sanctions_list(r.entity->list)
              ? "Hold release. Compare the party's address, identifiers and, for a person, date of "
                "birth with the list entry; if they agree, refer to the strategic trade control unit "
                "before any further processing."
              : "Check the party against the administration's record for this entry before release.";
      f.evidence = r.explanation(party->name);
      f.evidence["party_role"] = role;
      f.evidence["sanctions"] = is_sanctions_list(r.entity->list);
      f.evidence["party_id"] = party->id;
      f.evidence["party_name"] = party->name;
      if (party->country) f.evidence["party_country"] = party->country->str();
      out.push_back(std::move(f));
    }
  }
  return out;
}

}  // namespace custos::screen
