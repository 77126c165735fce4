#include "ingest/ingest.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "core/declaration_json.hpp"
#include "simulate/simulator.hpp"
#include "store_backends.hpp"

namespace custos {
namespace {

class Ingest : public test::BackendTest {};

TEST_P(Ingest, CountsAddUpAndRejectsNameLineFieldReason) {
  auto store = fresh("ingest_counts.db");
  IngestOptions o;
  o.rejects_path = test::temp_path("rejects.csv");
  auto c = ingest_files(*store, {test::fixture("malformed.csv")}, o);
  EXPECT_EQ(c.read, 14);
  EXPECT_EQ(c.stored, 3);
  EXPECT_EQ(c.rejected, 11);
  EXPECT_EQ(c.duplicates, 0);
  EXPECT_EQ(c.read, c.stored + c.rejected + c.duplicates);
  std::ifstream in(o.rejects_path);
  std::string header;
  std::getline(in, header);
  EXPECT_EQ(header, "file,line,declaration_id,field,reason,text");
  std::stringstream rest;
  rest << in.rdbuf();
  EXPECT_NE(rest.str().find(",3,D2,hs_code,'39A5' is not an HS code"), std::string::npos);
  EXPECT_NE(rest.str().find(",16,D13,hs_code,"), std::string::npos);
  EXPECT_EQ(store->stats().declarations, 3);
}

TEST_P(Ingest, ReingestingStoresNothingTwice) {
  auto store = fresh("ingest_idem.db");
  auto f = test::temp_path("idem.csv");
  SimulationOptions s;
  s.declarations = 500;
  s.seed = 11;
  simulate_to_file(s, Format::csv, f);
  auto first = ingest_files(*store, {f}, {});
  EXPECT_EQ(first.read, 500);
  EXPECT_EQ(first.stored, 500);
  EXPECT_EQ(first.rejected, 0);
  auto second = ingest_files(*store, {f}, {});
  EXPECT_EQ(second.read, 500);
  EXPECT_EQ(second.stored, 0);
  EXPECT_EQ(second.duplicates, 500);
  // The same declarations in NDJSON are the same content: duplicates again.
  auto nd = test::temp_path("idem.ndjson");
  simulate_to_file(s, Format::ndjson, nd);
  auto third = ingest_files(*store, {nd}, {});
  EXPECT_EQ(third.duplicates, 500);
  EXPECT_EQ(store->stats().declarations, 500);
}

TEST_P(Ingest, ChangedContentIsAnAmendmentWithHistory) {
  auto store = fresh("ingest_amend.db");
  const std::string head = "declaration_id,date,flow,hs_code,value,currency\n";
  auto v1 = test::write_file("v1.csv", head + "A1,2026-03-02,import,080132,100,USD\n");
  auto v2 = test::write_file("v2.csv", head + "A1,2026-03-02,import,080132,250,USD\n");
  ingest_files(*store, {v1}, {});
  auto c = ingest_files(*store, {v2}, {});
  EXPECT_EQ(c.stored, 1);
  EXPECT_EQ(c.amended, 1);
  auto h = store->history("A1");
  ASSERT_EQ(h.size(), 2u);
  EXPECT_EQ(h[0].version, 1);
  EXPECT_EQ(*h[0].declaration.items[0].value, 100);
  EXPECT_EQ(*h[1].declaration.items[0].value, 250);
  EXPECT_EQ(*store->get("A1")->items[0].value, 250);
  EXPECT_EQ(ingest_files(*store, {v2}, {}).duplicates, 1);
}

TEST_P(Ingest, StrictRefusesTheWholeFile) {
  auto store = fresh("ingest_strict.db");
  IngestOptions o;
  o.strict = true;
  auto c = ingest_files(*store, {test::fixture("malformed.csv")}, o);
  ASSERT_EQ(c.refused_files.size(), 1u);
  EXPECT_EQ(c.stored, 0);
  EXPECT_EQ(c.read, c.stored + c.rejected + c.duplicates);
  EXPECT_EQ(store->stats().declarations, 0);
}

TEST(Simulation, SimulatedTradeIsValidAndLabelled) {
  auto f = test::temp_path("sim.csv");
  SimulationOptions s;
  s.declarations = 3000;
  s.seed = 5;
  s.illicit_share = 0.05;
  simulate_to_file(s, Format::csv, f);
  DeclarationReader r(f, {});
  ReadRecord rec;
  int n = 0, illicit = 0, multi = 0;
  std::set<Domain> domains;
  while (r.next(rec)) {
    ASSERT_TRUE(rec.ok()) << rec.problems[0].field << ": " << rec.problems[0].reason;
    ++n;
    if (rec.declaration->items.size() > 1) ++multi;
    if (auto dom = rec.declaration->outcome.illicit_domain; dom && *dom != Domain::fiscal) {
      ++illicit;
      domains.insert(*dom);
    }
  }
  EXPECT_EQ(n, 3000);
  EXPECT_GT(illicit, 100);
  EXPECT_EQ(domains.size(), 6u);
  EXPECT_GT(multi, 300);
}

TEST(Simulation, SimulationIsDeterministicBySeed) {
  auto a = test::temp_path("sa.csv"), b = test::temp_path("sb.csv"), c = test::temp_path("sc.csv");
  SimulationOptions s;
  s.declarations = 300;
  s.seed = 9;
  simulate_to_file(s, Format::csv, a);
  simulate_to_file(s, Format::csv, b);
  s.seed = 10;
  simulate_to_file(s, Format::csv, c);
  auto slurp = [](const std::string& p) {
    std::stringstream ss;
    ss << std::ifstream(p).rdbuf();
    return ss.str();
  };
  EXPECT_EQ(slurp(a), slurp(b));
  EXPECT_NE(slurp(a), slurp(c));
}

// Lawful parcels to private persons come from a stream of their own: they
// replace a share of the lawful declarations and leave every other one as it
// was, so a rule reading the postal channel or a private consignee meets
// lawful trade too, and earlier figures stay comparable.
TEST(Simulation, LawfulParcelsToPrivatePersonsReplaceOnlyTheirShare) {
  SimulationOptions s;
  s.declarations = 4000;
  s.seed = 11;
  std::vector<Declaration> with, without;
  simulate(s, [&](const Declaration& d) { with.push_back(d); });
  s.parcel_share = 0;
  simulate(s, [&](const Declaration& d) { without.push_back(d); });
  ASSERT_EQ(with.size(), without.size());
  int parcels = 0, unchanged = 0;
  for (size_t i = 0; i < with.size(); ++i) {
    const Declaration& d = with[i];
    if (d.declarant_id == "DCL-POST" || d.declarant_id == "DCL-EXPRESS") {
      ++parcels;
      EXPECT_FALSE(d.outcome.fraud.value_or(false)) << d.id;
      EXPECT_FALSE(d.outcome.illicit_domain.has_value()) << d.id;
      EXPECT_EQ(d.flow, Flow::import);
      EXPECT_TRUE(d.transport_mode == "post" || d.transport_mode == "air") << d.transport_mode;
      EXPECT_FALSE(d.consignee.name.empty());
      EXPECT_EQ(d.consignee.name, d.importer.name);
      EXPECT_FALSE(d.items.empty());
      for (const Item& it : d.items) EXPECT_LT(*it.net_mass_kg, 30.0) << d.id;
      EXPECT_EQ(d.id, without[i].id);
    } else {
      unchanged += to_canonical_json(d) == to_canonical_json(without[i]) ? 1 : 0;
    }
  }
  EXPECT_GT(parcels, 120);  // about 5 % of some 3,880 lawful declarations
  EXPECT_LT(parcels, 280);
  EXPECT_EQ(unchanged, static_cast<int>(with.size()) - parcels);
}

CUSTOS_ON_BOTH_BACKENDS(Ingest);

}  // namespace
}  // namespace custos
