// custos declarations export: the stored declarations as canonical CSV and as
// NDJSON; ingesting either into an empty store gives the same declarations
// with the same content digests, on both stores. What CSV cannot carry is
// refused before anything is written.
#include "ingest/declaration_export.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "core/declaration_json.hpp"
#include "ingest/ingest.hpp"
#include "simulate/simulator.hpp"
#include "store_backends.hpp"

namespace custos {
namespace {

std::map<std::string, std::string> digests(Store& store, const ScanFilter& range = {}) {
  std::map<std::string, std::string> out;
  store.scan(range, [&](const Declaration& d) {
    out[d.id] = content_digest(d);
    return true;
  });
  return out;
}

std::string read_all(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// Declarations that exercise what the writer must quote and keep: several
// items, documents, transit, containers, outcomes, attributes (one only on
// some declarations), commas, quotes and line breaks in text.
const char* kHandMade =
    R"({"declaration_id":"X1","date":"2026-03-03","flow":"import","office":"NLRTM01","transport_mode":"sea",)"
    R"("importer_id":"NL9","importer_name":"Van Dijk, \"De Haven\" BV","importer_country":"NL",)"
    R"("importer_address":"Kade 1\n3011 Rotterdam","exporter_name":"Saigon Nuts Co","exporter_country":"VN",)"
    R"("departure_country":"VN","destination_country":"NL","transit_countries":["SG","AE"],)"
    R"("containers":["MSCU1234566","TGHU1234567"],"invoice_total":1250.5,"invoice_currency":"EUR",)"
    R"("items":[{"item_no":1,"hs_code":"080132","description":"cashew nuts, \"W320\"\nin 25 kg bags",)"
    R"("origin_country":"VN","net_mass_kg":16000.25,"value":112000,"currency":"USD",)"
    R"("documents":[{"type":"CITES_PERMIT","reference":"VN-2026-00173"},{"type":"LICENCE","reference":"9"}]},)"
    R"({"item_no":2,"hs_code":"39151000","description":"plastic film scrap","net_mass_kg":0,)"
    R"("quantity":12,"quantity_unit":"u","tax_rate":6.5}],)"
    R"("inspection_result":"seizure","fraud":1,"fraud_severity":2,"illicit_domain":"waste",)"
    R"("attributes":{"broker_ref":"BR-9","tax_type":"A, B"}})"
    "\n"
    R"({"declaration_id":"X2","date":"2026-03-04","flow":"export","office":"NLRTM01",)"
    R"("items":[{"item_no":3,"hs_code":"691390","description":"clay lamps"}],"fraud":0,)"
    R"("attributes":{"broker_ref":"BR-10"}})"
    "\n";

class Export : public test::BackendTest {};

TEST_P(Export, ReingestingTheExportGivesTheSameDigests) {
  auto store = fresh("export_source.db");
  SimulationOptions s;
  s.declarations = 400;
  s.days = 4;
  s.seed = 5;
  s.illicit_share = 0.05;
  const std::string sim = test::temp_path("export_sim.csv");
  simulate_to_file(s, Format::csv, sim);
  ASSERT_EQ(ingest_files(*store, {sim}, {}).stored, 400);
  const std::string hand = test::write_file("export_hand.ndjson", kHandMade);
  ASSERT_EQ(ingest_files(*store, {hand}, {}).stored, 2);
  // An amendment: only the current version is exported.
  std::string amended = kHandMade;
  amended.replace(amended.find("\"BR-10\""), 7, "\"BR-11\"");
  ASSERT_EQ(ingest_files(*store, {test::write_file("export_amend.ndjson", amended)}, {}).amended, 1);
  const auto expected = digests(*store);
  ASSERT_EQ(expected.size(), 402u);

  for (Format format : {Format::csv, Format::ndjson}) {
    const std::string name = format == Format::csv ? "csv" : "ndjson";
    SCOPED_TRACE(name);
    const std::string out = test::temp_path("export_all." + name);
    ExportCounts c = export_declarations(*store, {}, format, out);
    EXPECT_EQ(c.declarations, 402);
    EXPECT_FALSE(std::filesystem::exists(out + ".partial"));
    if (format == Format::csv) {
      EXPECT_EQ(c.attribute_columns, (std::vector<std::string>{"broker_ref", "tax_type"}));
      EXPECT_GT(c.rows, c.declarations);  // one row per item
      EXPECT_EQ(read_all(out).rfind("declaration_id,item_no,date,", 0), 0u);
    } else {
      EXPECT_EQ(c.rows, 402);
    }
    auto copy = fresh("export_copy_" + name + ".db");
    IngestCounts back = ingest_files(*copy, {out}, {});
    EXPECT_EQ(back.read, 402);
    EXPECT_EQ(back.stored, 402);
    EXPECT_EQ(back.rejected, 0);
    EXPECT_EQ(digests(*copy), expected);
    auto x1 = copy->get("X1");
    ASSERT_TRUE(x1);
    EXPECT_EQ(x1->items[0].description, "cashew nuts, \"W320\"\nin 25 kg bags");
    EXPECT_EQ(x1->attributes, (std::vector<std::pair<std::string, std::string>>{{"broker_ref", "BR-9"},
                                                                                {"tax_type", "A, B"}}));
    EXPECT_EQ(copy->get("X2")->attributes[0].second, "BR-11");
    // Exporting the copy gives the same file: nothing was lost or added on the way.
    const std::string again = test::temp_path("export_again." + name);
    export_declarations(*copy, {}, format, again);
    EXPECT_EQ(read_all(again), read_all(out));
  }

  // A date range exports the declarations dated in it, and only those.
  ScanFilter range{Date::parse("2026-03-03"), Date::parse("2026-03-04")};
  const std::string part = test::temp_path("export_range.csv");
  ExportCounts c = export_declarations(*store, range, Format::csv, part);
  const auto in_range = digests(*store, range);
  EXPECT_EQ(c.declarations, static_cast<int64_t>(in_range.size()));
  EXPECT_LT(in_range.size(), expected.size());
  auto copy = fresh("export_copy_range.db");
  EXPECT_EQ(ingest_files(*copy, {part}, {}).stored, c.declarations);
  EXPECT_EQ(digests(*copy), in_range);
}

TEST_P(Export, WhatCsvCannotCarryIsRefusedAndNothingIsWritten) {
  auto store = fresh("export_refused.db");
  std::string doc = kHandMade;
  doc.replace(doc.find("\"BR-10\""), 7, "\"\"");  // an empty attribute
  ASSERT_EQ(ingest_files(*store, {test::write_file("export_empty_attr.ndjson", doc)}, {}).stored, 2);
  const std::string out = test::temp_path("export_refused.csv");
  try {
    export_declarations(*store, {}, Format::csv, out);
    ADD_FAILURE() << "an empty attribute went into CSV";
  } catch (const ExportError& e) {
    EXPECT_NE(std::string(e.what()).find("declaration X2, attribute 'broker_ref'"), std::string::npos)
        << e.what();
  }
  EXPECT_FALSE(std::filesystem::exists(out));
  EXPECT_FALSE(std::filesystem::exists(out + ".partial"));
  // NDJSON carries it.
  const std::string nd = test::temp_path("export_refused.ndjson");
  EXPECT_EQ(export_declarations(*store, {}, Format::ndjson, nd).declarations, 2);
  auto copy = fresh("export_refused_copy.db");
  ingest_files(*copy, {nd}, {});
  EXPECT_EQ(digests(*copy), digests(*store));
  // An attribute named like a canonical column.
  auto other = fresh("export_refused_name.db");
  std::string named = kHandMade;
  named.replace(named.find("\"tax_type\""), 10, "\"Office \"");
  ingest_files(*other, {test::write_file("export_named.ndjson", named)}, {});
  EXPECT_THROW(export_declarations(*other, {}, Format::csv, out), ExportError);
  EXPECT_FALSE(std::filesystem::exists(out));
  // A file that cannot be written.
  EXPECT_THROW(export_declarations(*store, {}, Format::ndjson, "/nonexistent/dir/out.ndjson"), ExportError);
}

CUSTOS_ON_BOTH_BACKENDS(Export);

}  // namespace
}  // namespace custos
