#include "risk/permit_waiver.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "risk/assessment.hpp"
#include "risk/lane.hpp"

namespace custos::risk {
namespace {

// What the permit check said about one TYPE:REFERENCE.
struct PermitVerdict {
  const Finding* covering = nullptr;  // the mitigating finding
  std::set<int> covered_items;        // item numbers it lists
  std::vector<std::string> problems;  // ids of the findings refusing it as cover
};

std::string words(const std::string& type) {
  static const std::map<std::string, std::string> kWords = {
      {"CITES_PERMIT", "CITES permit"},
      {"BASEL_CONSENT", "Basel consent"},
      {"ODS_LICENCE", "ODS licence"},
      {"EXPORT_LICENCE", "export licence"},
      {"PRECURSOR_LICENCE", "precursor licence"},
      {"CULTURAL_EXPORT_CERTIFICATE", "cultural export certificate"}};
  auto it = kWords.find(type);
  return it == kWords.end() ? type : it->second;
}

std::string amount(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.6g", v);
  return buf;
}

std::vector<std::string> strings(const nlohmann::json& j) {
  std::vector<std::string> out;
  if (j.is_array())
    for (const auto& s : j)
      if (s.is_string()) out.push_back(s.get<std::string>());
  return out;
}

Lane lane_or(const nlohmann::json& j, Lane fallback) {
  if (j.is_string())
    if (auto l = parse_lane(j.get<std::string>())) return *l;
  return fallback;
}

bool contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

// The permit's unit as its registry row gives it (kg, ODP_t...), or "".
std::string permit_unit(const Finding& covering) {
  const nlohmann::json& e = covering.evidence;
  if (e.contains("permit") && e["permit"].is_object() && e["permit"].contains("unit") &&
      e["permit"]["unit"].is_string())
    return e["permit"]["unit"].get<std::string>();
  return {};
}

// "covered by ODS licence FR-ODS-7, 880 kg remaining"
std::string cover_words(const std::string& document, const Finding& covering) {
  const auto colon = document.find(':');
  const std::string type = document.substr(0, colon);
  const std::string ref = colon == std::string::npos ? std::string() : document.substr(colon + 1);
  std::string s = "covered by " + words(type) + " " + ref;
  const nlohmann::json& e = covering.evidence;
  if (e.contains("remaining_after") && e["remaining_after"].is_number()) {
    std::string unit = permit_unit(covering);
    if (unit == "ODP_t") unit = "ODP t";
    if (unit == "CO2e_t") unit = "t CO2e";
    s += ", " + amount(e["remaining_after"].get<double>()) + (unit.empty() ? "" : " " + unit) + " remaining";
  }
  return s;
}

}  // namespace

bool is_registry_permit_type(std::string_view type) {
  return std::find(std::begin(kRegistryPermitTypes), std::end(kRegistryPermitTypes), type) !=
         std::end(kRegistryPermitTypes);
}

int reconcile_permits(const Declaration& d, std::vector<Finding>& findings) {
  // The permit check's verdicts, by document.
  std::map<std::string, PermitVerdict> verdicts;
  bool any_check = false;
  for (const Finding& f : findings) {
    if (f.source == "permit" && f.evidence.is_object() && f.evidence.contains("document") &&
        f.evidence["document"].is_string()) {
      PermitVerdict& v = verdicts[f.evidence["document"].get<std::string>()];
      if (f.evidence.value("mitigating", false)) {
        v.covering = &f;
        if (f.evidence.contains("items") && f.evidence["items"].is_array())
          for (const auto& i : f.evidence["items"])
            if (i.is_number_integer()) v.covered_items.insert(i.get<int>());
      } else if (lane_of(f) >= Lane::orange) {
        v.problems.push_back(f.id);
      }
    }
    if (f.source == "profile" && f.evidence.is_object() && f.evidence.contains("permit_check"))
      any_check = true;
  }
  if (!any_check) return 0;
  int waived = 0;
  for (Finding& f : findings) {
    if (f.source != "profile" || !f.evidence.is_object() || !f.evidence.contains("permit_check")) continue;
    const nlohmann::json& pc = f.evidence["permit_check"];
    const std::vector<std::string> waiving = strings(pc.value("waived_by", nlohmann::json()));
    const std::vector<std::string> lawful = strings(pc.value("permit", nlohmann::json()));
    const Lane min_lane = lane_or(pc.value("min_lane", nlohmann::json()), Lane::yellow);
    const Lane permit_lane = lane_or(pc.value("permit_lane", nlohmann::json()), Lane::yellow);
    if (!f.evidence.contains("items") || !f.evidence["items"].is_array() || f.evidence["items"].empty() ||
        d.items.empty())
      continue;
    Lane lane = Lane::green;
    bool all_covered = true;
    std::map<std::string, std::vector<int>> covered_by;       // document -> items
    std::map<std::string, std::vector<std::string>> refused;  // document -> problem ids
    for (const auto& j : f.evidence["items"]) {
      if (!j.is_number_integer()) continue;
      const int item_no = j.get<int>();
      auto item =
          std::find_if(d.items.begin(), d.items.end(), [&](const Item& i) { return i.item_no == item_no; });
      if (item == d.items.end()) {
        all_covered = false;
        lane = std::max(lane, min_lane);
        continue;
      }
      std::string cover;
      bool has_lawful = false;
      for (const Document& doc : item->documents) {
        const std::string key = doc.type + ":" + doc.reference;
        auto v = verdicts.find(key);
        const bool is_refused = v != verdicts.end() && !v->second.problems.empty();
        if (is_refused && (contains(waiving, doc.type) || contains(lawful, doc.type)))
          refused[key] = v->second.problems;
        if (cover.empty() && contains(waiving, doc.type) && v != verdicts.end() && !is_refused &&
            v->second.covering && v->second.covered_items.count(item_no))
          cover = key;
        if (contains(lawful, doc.type) && !is_refused) has_lawful = true;
      }
      if (!cover.empty()) {
        covered_by[cover].push_back(item_no);
        continue;
      }
      all_covered = false;
      lane = std::max(lane, has_lawful ? permit_lane : min_lane);
    }
    const std::string before = f.evidence.value("lane", std::string(to_string(min_lane)));
    if (all_covered && !covered_by.empty()) {
      nlohmann::json by = nlohmann::json::array();
      std::string said;
      for (const auto& [doc, items] : covered_by) {
        const Finding& c = *verdicts[doc].covering;
        by.push_back({{"document", doc},
                      {"items", items},
                      {"finding", c.id},
                      {"remaining_after", c.evidence.value("remaining_after", nlohmann::json())},
                      {"unit", permit_unit(c)},
                      {"reason", c.reason}});
        said += (said.empty() ? "" : "; ") + cover_words(doc, c);
      }
      f.evidence["waived"] = true;
      // The waiver is said in the English reason only: permit_present tells the
      // workbench to show that rather than an analyst's translation without it.
      f.evidence["permit_present"] = true;
      f.evidence["waived_by"] = by;
      f.evidence["lane_before_waiver"] = before;
      f.evidence["weight_before_waiver"] = f.weight;
      f.evidence["lane"] = to_string(Lane::green);
      f.weight = 0;
      f.reason += " Waived: " + said +
                  " (verified in the permit registry), so this hit does not raise the lane; the lane comes "
                  "from the other findings.";
      ++waived;
      continue;
    }
    f.evidence["lane"] = to_string(lane);
    if (!refused.empty()) {
      nlohmann::json r = nlohmann::json::array();
      std::string said;
      for (const auto& [doc, problems] : refused) {
        r.push_back({{"document", doc}, {"problems", problems}});
        std::string ids;
        for (const std::string& p : problems) ids += (ids.empty() ? "" : ", ") + p;
        said += (said.empty() ? "" : "; ") + doc + " (" + ids + ")";
      }
      f.evidence["permit_refused"] = r;
      if (std::string(to_string(lane)) != before) f.evidence["lane_before_permit_check"] = before;
      f.reason += " The permit check refuses " + said +
                  " as cover, so the document does not lower this hit's lane (see the permit findings).";
      f.evidence["permit_present"] = true;  // likewise: the refusal is in the English reason
    }
  }
  return waived;
}

}  // namespace custos::risk
