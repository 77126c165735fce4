// The permit check's cost per declaration: a licence counted in kg (the
// check as it was) against one counted in ODP or CO2-equivalent tonnes
// (the conversion through data/permits/ods_potentials.csv), and the
// assessment with the ozone pack with and without the permit check and the
// waiver of absence-of-permit profiles (risk/permit_waiver.hpp). Each figure
// is the median of three passes over the same declarations, in the same run.
// Usage: bench_permits [declarations] [store: a SQLite file or postgres:// URL]
#include <unistd.h>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>

#include "records/permit.hpp"
#include "risk/permit_waiver.hpp"
#include "risk/pipeline.hpp"

using namespace custos;

namespace {

// Three rounds; each round runs every pass once, in turn, so that a busy
// machine slows them alike. The median of each pass's three times, in
// microseconds per declaration.
std::vector<double> medians_us_per(const std::vector<std::function<void()>>& passes, size_t n) {
  std::vector<std::vector<double>> us(passes.size());
  for (int r = 0; r < 3; ++r)
    for (size_t i = 0; i < passes.size(); ++i) {
      auto t0 = std::chrono::steady_clock::now();
      passes[i]();
      auto t1 = std::chrono::steady_clock::now();
      us[i].push_back(std::chrono::duration<double, std::micro>(t1 - t0).count() / static_cast<double>(n));
    }
  std::vector<double> out;
  for (auto& v : us) {
    std::sort(v.begin(), v.end());
    out.push_back(v[1]);
  }
  return out;
}

Declaration hcfc22(const std::string& id, int day, const std::string& licence) {
  Declaration d;
  d.id = id;
  d.date = Date::parse("2024-01-01")->plus_days(day % 360);
  d.flow = Flow::import;
  d.importer.id = "FR555";
  d.departure_country = Country::parse("CN");
  d.destination_country = Country::parse("FR");
  Item it;
  it.item_no = 1;
  it.hs_code = *HsCode::parse("290371");
  it.description = "Chlorodifluoromethane R-22 CAS 75-45-6";
  it.net_mass_kg = 120;
  it.value = 900;
  it.currency = "USD";
  it.documents.push_back({"ODS_LICENCE", licence});
  d.items.push_back(it);
  return d;
}

}  // namespace

int main(int argc, char** argv) {
  const size_t n = argc > 1 ? static_cast<size_t>(std::atol(argv[1])) : 2000;
  std::string where =
      argc > 2
          ? argv[2]
          : (std::filesystem::temp_directory_path() / ("bench_permits_" + std::to_string(::getpid()) + ".db"))
                .string();
  auto store = open_store(where);
  auto read = records::read_permits_csv(
      "type,reference,direction,issuing_country,holder_id,holder_name,counterpart_country,valid_from,valid_"
      "to,"
      "hs_code,taxon,cas_number,waste_code,description,quantity,unit,shipments\n"
      "ODS_LICENCE,B-KG,import,FR,FR555,Froid SA,,2024-01-01,2024-12-31,290371,,75-45-6,,HCFC-22,1e9,kg,\n"
      "ODS_LICENCE,B-ODP,import,FR,FR555,Froid "
      "SA,,2024-01-01,2024-12-31,290371,,75-45-6,,HCFC-22,1e9,ODP_t,\n"
      "ODS_LICENCE,B-CO2,import,FR,FR555,Froid "
      "SA,,2024-01-01,2024-12-31,290371,,75-45-6,,HCFC-22,1e9,CO2e_t,\n");
  for (const auto& [line, p] : read.records) records::put_permit(*store, p, {"bench", ""}, "bench");
  std::map<std::string, std::vector<Declaration>> sets;
  for (const std::string licence : {"B-KG", "B-ODP", "B-CO2"}) {
    auto& ds = sets[licence];
    for (size_t i = 0; i < n; ++i)
      ds.push_back(hcfc22(licence + "-" + std::to_string(i), static_cast<int>(i), licence));
    store->put_batch(ds, "bench");
    for (const Declaration& d : ds) records::record_draws(*store, d);
  }
  size_t sink = 0;
  auto check = [&](const std::string& licence) {
    return [&, licence] {
      for (const Declaration& d : sets[licence]) sink += records::check_permits(*store, d).size();
    };
  };
  auto c = medians_us_per({check("B-KG"), check("B-ODP"), check("B-CO2")}, n);
  const double kg = c[0], odp = c[1], co2 = c[2];
  risk::PipelineOptions o;
  o.profiles_path = std::string(CUSTOS_SOURCE_DIR) + "/data/profiles/ozone-ods.toml";
  o.groups_path = std::string(CUSTOS_SOURCE_DIR) + "/data/country-groups.toml";
  o.indicators = false;
  risk::Pipeline bare(o), with_permits(o);
  with_permits.add_source(records::permit_finding_source(*store));
  const auto& ds = sets["B-ODP"];
  size_t waived = 0;
  // The findings the two sources write, for the waiver alone.
  std::vector<std::vector<Finding>> found;
  for (const Declaration& d : ds) {
    auto a = with_permits.assess(d, false);
    for (const Finding& f : a.findings) waived += f.evidence.value("waived", false) ? 1 : 0;
    found.push_back(a.findings);
  }
  auto a = medians_us_per({[&] {
                             for (const Declaration& d : ds) sink += bare.assess(d, false).findings.size();
                           },
                           [&] {
                             for (const Declaration& d : ds)
                               sink += with_permits.assess(d, false).findings.size();
                           },
                           [&] {
                             for (size_t i = 0; i < ds.size(); ++i) {
                               std::vector<Finding> copy = found[i];
                               sink += static_cast<size_t>(risk::reconcile_permits(ds[i], copy));
                             }
                           },
                           [&] {  // the copy alone, subtracted
                             for (size_t i = 0; i < ds.size(); ++i) {
                               std::vector<Finding> copy = found[i];
                               sink += copy.size();
                             }
                           }},
                          n);
  const double assess_bare = a[0], assess_permits = a[1], reconcile = a[2], copy_only = a[3];
  auto line = [](const std::string& what, double us, double base) {
    std::cout << nlohmann::json{{"measure", what},
                                {"us_per_declaration", std::round(us * 100) / 100},
                                {"ratio", std::round(us / base * 1000) / 1000}}
                     .dump()
              << std::endl;
  };
  line("check_permits, licence in kg", kg, kg);
  line("check_permits, licence in ODP_t", odp, kg);
  line("check_permits, licence in CO2e_t", co2, kg);
  line("assess, ozone pack, no permit check", assess_bare, assess_bare);
  line("assess, ozone pack, permit check and waiver", assess_permits, assess_bare);
  line("reconcile_permits alone (copy of the findings subtracted)", reconcile - copy_only, assess_bare);
  std::cout
      << nlohmann::json{{"declarations", n}, {"waived", waived}, {"store", where}, {"sink", sink}}.dump()
      << std::endl;
  if (argc <= 2) std::filesystem::remove(where);
  return waived == n ? 0 : 1;
}
