#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "audit/audit.hpp"
#include "records/seizure_reader.hpp"
#include "records/seizure_store.hpp"
#include "reject_templates.hpp"
#include "store_backends.hpp"

namespace custos::records {
namespace {

const std::string kHeader =
    "seizure_id,date,office,place,latitude,longitude,country,domain,commodity,hs_code,taxon,cites_appendix,"
    "substance,"
    "cas_number,waste_code,quantities,value,currency,transport_mode,concealment,detection,origin_country,"
    "departure_country,transit_countries,destination_country,declaration_id,persons,companies,operation,"
    "source,"
    "description\n";

// A valid row with one column replaced.
std::string row(const std::string& id, std::map<std::string, std::string> over = {}) {
  std::map<std::string, std::string> v = {{"seizure_id", id},
                                          {"date", "2024-03-17"},
                                          {"office", "FRLEH"},
                                          {"country", "FR"},
                                          {"domain", "waste"},
                                          {"commodity", "plastic scrap"},
                                          {"waste_code", "B3011"},
                                          {"quantities", "2145 kg|14 pcs~"},
                                          {"detection", "profile"},
                                          {"departure_country", "FR"},
                                          {"destination_country", "MY"},
                                          {"operation", "DEMETER X"}};
  for (auto& [k, x] : over) v[k] = x;
  std::string out;
  bool first = true;
  for (std::string_view c : kSeizureColumns) {
    if (!first) out += ",";
    first = false;
    std::string f = v.count(std::string(c)) ? v[std::string(c)] : "";
    if (f.find_first_of(",\"\n") != std::string::npos) {
      std::string q = "\"";
      for (char ch : f) q += ch == '"' ? std::string("\"\"") : std::string(1, ch);
      f = q + "\"";
    }
    out += f;
  }
  return out + "\n";
}

TEST(PartialDate, DayMonthAndYear) {
  auto d = PartialDate::parse("2024-02");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->precision, PartialDate::Precision::month);
  EXPECT_EQ(d->first().str(), "2024-02-01");
  EXPECT_EQ(d->last().str(), "2024-02-29");
  auto y = PartialDate::parse("2023");
  ASSERT_TRUE(y);
  EXPECT_EQ(y->last().str(), "2023-12-31");
  EXPECT_EQ(PartialDate::parse("2024-12")->last().str(), "2024-12-31");
  EXPECT_EQ(PartialDate::parse("2024-03-17")->first(), PartialDate::parse("2024-03-17")->last());
  for (const char* bad : {"", "24", "2024-13", "2024-02-30", "17/03/2024", "2024-3", "abcd"})
    EXPECT_FALSE(PartialDate::parse(bad)) << bad;
}

TEST(Quantities, SeveralUnitsAndEstimates) {
  auto q = parse_quantities("2145 kg|14 pcs~| 3~ l");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[0], (Quantity{2145, "kg", false}));
  EXPECT_EQ(q[1], (Quantity{14, "pcs", true}));
  EXPECT_EQ(q[2], (Quantity{3, "l", true}));
  EXPECT_EQ(parse_quantities(format_quantities(q)), q);
  for (const char* bad : {"", "12", "kg", "12 lb", "-3 kg", "1 kg||2 pcs", "x kg", "2~~ kg"})
    EXPECT_THROW(parse_quantities(bad), std::invalid_argument) << bad;
  EXPECT_DOUBLE_EQ(*to_kg({2, "t", false}), 2000);
  EXPECT_DOUBLE_EQ(*to_kg({500, "g", false}), 0.5);
  EXPECT_FALSE(to_kg({5, "pcs", false}));
  EXPECT_FALSE(to_kg({5, "l", false}));
}

TEST(SeizureCsv, ReadsTheCanonicalColumns) {
  auto r = read_seizures_csv(kHeader + row("S-1", {{"transit_countries", "SG|ID?"},
                                                   {"persons", "Jean Dupont (FR)|Li Wei"},
                                                   {"companies", "Acme Recycling SARL (FR)"},
                                                   {"declaration_id", "D-1|D-2"},
                                                   {"latitude", "49.48"},
                                                   {"longitude", "0.11"},
                                                   {"value", "12000"},
                                                   {"currency", "eur"}}));
  ASSERT_TRUE(r.rejects.empty()) << r.rejects[0].field << ": " << r.rejects[0].reason;
  ASSERT_EQ(r.records.size(), 1u);
  const Seizure& s = r.records[0].second;
  EXPECT_EQ(r.records[0].first, 2);
  EXPECT_EQ(s.id, "S-1");
  EXPECT_EQ(s.quantities.size(), 2u);
  EXPECT_TRUE(s.quantities[1].estimate);
  ASSERT_EQ(s.route.size(), 4u);
  EXPECT_EQ(s.route[1].role, "transit");
  EXPECT_TRUE(s.route[1].confirmed);
  EXPECT_EQ(s.route[2].country, "ID");
  EXPECT_FALSE(s.route[2].confirmed);
  EXPECT_EQ(s.declarations, (std::vector<std::string>{"D-1", "D-2"}));
  ASSERT_EQ(s.parties.size(), 3u);
  EXPECT_EQ(s.parties[0], (Party{"person", "Jean Dupont", "FR"}));
  EXPECT_EQ(s.parties[1], (Party{"person", "Li Wei", ""}));
  EXPECT_EQ(s.parties[2].kind, "company");
  EXPECT_EQ(s.currency, "EUR");
  EXPECT_DOUBLE_EQ(*s.latitude, 49.48);
  // JSON round trip.
  EXPECT_EQ(seizure_from_json(to_json(s)), s);
}

TEST(SeizureCsv, EveryKindOfBadRowIsRejectedWithLineFieldAndReason) {
  std::string data = kHeader;
  struct Case {
    std::string line_text, field, reason_part;
  };
  std::vector<Case> cases = {
      {row("", {}), "seizure_id", "empty"},
      {row("B-2", {{"date", "2024-02-30"}}), "date", "not YYYY-MM-DD"},
      {row("B-3", {{"date", ""}}), "date", "not YYYY-MM-DD"},
      {row("B-4", {{"country", "FRA"}}), "country", "ISO 3166"},
      {row("B-5", {{"country", ""}}), "country", "empty"},
      {row("B-6", {{"domain", "drugs"}}), "domain", "not one of"},
      {row("B-7", {{"quantities", ""}}), "quantities", "no quantity"},
      {row("B-8", {{"quantities", "12 lb"}}), "quantities", "unit 'lb'"},
      {row("B-9", {{"quantities", "many kg"}}), "quantities", "not a number"},
      {row("B-10", {{"quantities", "-4 kg"}}), "quantities", "negative"},
      {row("B-11", {{"latitude", "95"}, {"longitude", "3"}}), "latitude", "between -90 and 90"},
      {row("B-12", {{"latitude", "45"}}), "longitude", "both"},
      {row("B-13", {{"value", "12k"}, {"currency", "EUR"}}), "value", "not a number"},
      {row("B-14", {{"value", "100"}, {"currency", "EURO"}}), "currency", "ISO 4217"},
      {row("B-15", {{"detection", "luck"}}), "detection", "not one of"},
      {row("B-16", {{"transit_countries", "SG|S1"}}), "transit_countries", "ISO 3166"},
      {row("B-17", {{"persons", "Jean (F1)"}}), "persons", "ISO 3166"},
      {row("B-18", {{"cites_appendix", "IV"}}), "cites_appendix", "I, II or III"},
      {row("S-OK", {}), "", ""},
      {row("S-OK", {{"place", "again"}}), "seizure_id", "appears again"},
      {"S-X,2024\n", "record", "expected 31 fields"},
      {"\"S-Y,2024-01-01" + std::string(30, ',') + "\n", "record", ""},
  };
  for (const Case& c : cases) data += c.line_text;
  auto r = read_seizures_csv(data);
  EXPECT_EQ(r.read, static_cast<int64_t>(cases.size()));
  std::string passed;
  for (const auto& [line, s] : r.records) passed += " " + std::to_string(line) + ":" + s.id;
  ASSERT_EQ(r.records.size(), 1u) << passed;
  EXPECT_EQ(r.records[0].second.id, "S-OK");
  for (size_t i = 0; i < cases.size(); ++i) {
    if (cases[i].field.empty()) continue;
    const int64_t line = static_cast<int64_t>(i) + 2;
    bool found = false;
    for (const Reject& rj : r.rejects)
      if (rj.line == line && rj.field == cases[i].field &&
          rj.reason.find(cases[i].reason_part) != std::string::npos)
        found = true;
    std::string got;
    for (const Reject& rj : r.rejects)
      if (rj.line == line) got += " [" + rj.field + ": " + rj.reason + "]";
    EXPECT_TRUE(found) << "line " << line << " should be rejected on " << cases[i].field << "; got" << got;
  }
  std::set<int64_t> lines;
  for (const Reject& rj : r.rejects) lines.insert(rj.line);
  EXPECT_EQ(static_cast<int64_t>(lines.size()) + static_cast<int64_t>(r.records.size()), r.read);
}

TEST(SeizureCsv, AHeaderWithoutTheNeededColumnsIsRefused) {
  auto r = read_seizures_csv("seizure_id,date,country\nS-1,2024,FR\n");
  ASSERT_EQ(r.rejects.size(), 1u);
  EXPECT_EQ(r.rejects[0].field, "header");
  EXPECT_NE(r.rejects[0].reason.find("quantities"), std::string::npos);
  EXPECT_TRUE(r.records.empty());
  EXPECT_EQ(read_seizures_csv("").rejects[0].field, "header");
  auto twice = read_seizures_csv("seizure_id,date,country,date\nS-1,2024-01-01,FR,2023-01-01\n");
  ASSERT_EQ(twice.rejects.size(), 1u);
  EXPECT_EQ(twice.rejects[0].reason, "column 'date' is named twice; which one holds the value?");
}

TEST(SeizureCsv, AMappingReadsAnotherLayout) {
  auto m = SeizureMapping::parse(
      "name = \"lemis\"\ndelimiter = \";\"\n[columns]\nseizure_id = \"control_number\"\ndate = "
      "\"shipment_date\"\n"
      "quantities = \"qty\"\ncountry = \"port_country\"\ntaxon = \"species\"\n[constants]\ndomain = "
      "\"wildlife\"\n",
      "lemis.toml");
  auto r = read_seizures_csv(
      "control_number;shipment_date;qty;port_country;species\n"
      "2016123;2016-05;12 pcs;US;Bufo bufo\n",
      &m);
  ASSERT_TRUE(r.rejects.empty()) << r.rejects[0].reason;
  ASSERT_EQ(r.records.size(), 1u);
  EXPECT_EQ(r.records[0].second.domain, "wildlife");
  EXPECT_EQ(r.records[0].second.taxon, "Bufo bufo");
  EXPECT_THROW(SeizureMapping::parse("[columns]\nnot_a_column = \"x\"\n", "bad.toml"), std::runtime_error);
}

TEST(SeizureNdjson, ReadsRecordsAndRejectsBadOnes) {
  std::string data =
      "{\"id\":\"N-1\",\"date\":\"2023\",\"country\":\"NL\",\"domain\":\"ozone\",\"substance\":\"HFC-134a\","
      "\"quantities\":[{\"amount\":1.5,\"unit\":\"t\",\"estimate\":false}],\"persons\":[{\"name\":\"A\","
      "\"nationality\":\"NL\"}]}\n"
      "\n"
      "{not json\n"
      "{\"id\":\"N-2\",\"date\":\"2023-01-01\",\"country\":\"NL\",\"domain\":\"ozone\",\"quantities\":\"3 "
      "lb\"}\n"
      "{\"id\":\"N-3\",\"date\":20230101,\"country\":\"NL\",\"domain\":\"ozone\",\"quantities\":\"3 kg\"}\n"
      "[1,2]\n";
  auto r = read_seizures_ndjson(data);
  EXPECT_EQ(r.read, 5);
  ASSERT_EQ(r.records.size(), 1u);
  EXPECT_EQ(r.records[0].second.quantities[0].unit, "t");
  ASSERT_EQ(r.rejects.size(), 4u);
  EXPECT_EQ(r.rejects[0].line, 3);
  EXPECT_EQ(r.rejects[1].field, "quantities");
  EXPECT_EQ(r.rejects[2].field, "date");
  EXPECT_EQ(r.rejects[3].line, 6);
}

// A record that is not valid CSV (an open quote, text after a closing
// quote) and a JSON record that is not JSON or holds a value of the wrong
// JSON type: each reject has its message, read as its reason in English.
TEST(SeizureReader, MalformedCsvAndJsonTypesHaveTheirMessages) {
  std::vector<Reject> all;
  std::string data = kHeader;
  data += "\"S-1\"x," + std::string(30, ',') + "\n";
  data += "\"S-2,2024-01-01" + std::string(30, ',') + "\n";
  for (const Reject& x : read_seizures_csv(data).rejects) all.push_back(x);
  for (const Reject& x : read_seizures_ndjson("{nope\n"
                                              "[1]\n"
                                              R"({"id":7,"date":"2024"})"
                                              "\n"
                                              R"({"id":"J","date":"2024","latitude":"north"})"
                                              "\n"
                                              R"({"id":"J","date":"2024","quantities":5})"
                                              "\n"
                                              R"({"id":"J","date":"2024","route":[3]})"
                                              "\n"
                                              R"({"id":"J","date":"2024","declarations":[3]})"
                                              "\n"
                                              R"({"id":"J","date":"2024","persons":[3]})"
                                              "\n")
                             .rejects)
    all.push_back(x);
  const std::set<std::string> codes = test::codes_read_as_reasons(all);
  for (const char* want :
       {"csv_after_quote", "csv_open_quote", "json.invalid", "json.expected_object", "json.expected_string",
        "json.expected_number", "json.quantities", "json.route_leg", "json.declarations", "json.parties"})
    EXPECT_TRUE(codes.count(want)) << want;
  // A header that is not valid CSV is refused with the CSV reader's code.
  auto header = read_seizures_csv("\"seizure_id,date\n");
  ASSERT_EQ(header.rejects.size(), 1u);
  EXPECT_EQ(header.rejects[0].field, "header");
  EXPECT_EQ(header.rejects[0].code, "csv_open_quote");
}

class SeizureStoreTest : public test::BackendTest {};

Seizure sample(const std::string& id, const std::string& date = "2024-03-17") {
  auto r = read_seizures_csv(kHeader + row(id, {{"date", date},
                                                {"declaration_id", "D-9"},
                                                {"persons", "Jean Dupont (FR)"},
                                                {"companies", "Acme SARL"}}));
  return r.records.at(0).second;
}

TEST_P(SeizureStoreTest, StoresDuplicatesAndUpdatesWithAudit) {
  auto store = fresh("seizures");
  audit::Actor officer{"ana", ""};
  Seizure s = sample("S-1");
  EXPECT_EQ(put_seizure(*store, s, officer, "f.csv:2"), PutResult::stored);
  EXPECT_EQ(put_seizure(*store, s, officer, "f.csv:2"), PutResult::duplicate);
  s.quantities[0].amount = 2000;
  EXPECT_EQ(put_seizure(*store, s, officer, "g.csv:2"), PutResult::updated);
  auto back = get_seizure(*store, "S-1");
  ASSERT_TRUE(back);
  EXPECT_EQ(*back, s);
  // Nominal data is kept apart from the record.
  EXPECT_EQ(store->sql().query_one("SELECT count(*) FROM seizure_parties")->integer(0), 2);
  EXPECT_EQ(store->sql().query_one("SELECT doc FROM seizures")->text(0).find("Dupont"), std::string::npos);
  // Audit: create then update with old and new values.
  auto entries = audit::entries(*store);
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].action, "seizure.create");
  EXPECT_EQ(entries[1].action, "seizure.update");
  EXPECT_EQ(entries[1].username, "ana");
  EXPECT_EQ(entries[1].change["changed"]["quantities"]["old"][0]["amount"], 2145.0);
  EXPECT_EQ(entries[1].change["changed"]["quantities"]["new"][0]["amount"], 2000.0);
  // The declaration's outcome is recorded once, however often the seizure is stored.
  auto events = store->events("outcome", "D-9");
  ASSERT_EQ(events.size(), 1u);
  auto j = nlohmann::json::parse(events[0].data);
  EXPECT_EQ(j["inspection_result"], "seizure");
  EXPECT_EQ(j["fraud"], true);
  EXPECT_EQ(j["illicit_domain"], "waste");
  EXPECT_EQ(j["seizure_id"], "S-1");
  EXPECT_TRUE(audit::verify(*store).ok);
}

TEST_P(SeizureStoreTest, ListsByPeriodOverlapDomainAndAdministration) {
  auto store = fresh("seizure_list");
  audit::Actor a{"ana", ""};
  put_seizure(*store, sample("S-DAY", "2024-03-17"), a, "t");
  put_seizure(*store, sample("S-MONTH", "2024-02"), a, "t");
  put_seizure(*store, sample("S-YEAR", "2023"), a, "t");
  SeizureFilter f;
  f.from = Date::parse("2024-02-15");
  f.to = Date::parse("2024-03-31");
  auto l = list_seizures(*store, f);
  ASSERT_EQ(l.size(), 2u);
  EXPECT_EQ(l[0].id, "S-MONTH");
  EXPECT_EQ(l[1].id, "S-DAY");
  f.domain = "ozone";
  EXPECT_TRUE(list_seizures(*store, f).empty());
  EXPECT_EQ(list_seizures(*store).size(), 3u);
  store->set_administration("YY");
  EXPECT_TRUE(list_seizures(*store).empty());
  EXPECT_FALSE(get_seizure(*store, "S-DAY"));
  EXPECT_THROW(add_custody_event(*store, "S-DAY", "sealed", "", "", a), NotFound);
}

TEST_P(SeizureStoreTest, FilesBySha256AndChainOfCustody) {
  auto store = fresh("seizure_files");
  audit::Actor a{"ana", ""};
  put_seizure(*store, sample("S-1"), a, "t");
  std::string sha = add_seizure_file(*store, "S-1", "photo.jpg", "abc", a);
  EXPECT_EQ(sha, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  add_seizure_file(*store, "S-1", "photo-again.jpg", "abc", a);  // same bytes: kept once
  auto files = seizure_files(*store, "S-1");
  ASSERT_EQ(files.size(), 1u);
  EXPECT_EQ(files[0].added_by, "ana");
  EXPECT_EQ(files[0].size, 3);
  add_custody_event(*store, "S-1", "sealed", "Le Havre", "seal 0042", a);
  add_custody_event(*store, "S-1", "transferred", "Lab", "", audit::Actor{"ben", ""});
  auto c = custody(*store, "S-1");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[1].seq, 2);
  EXPECT_EQ(c[1].actor, "ben");
  EXPECT_THROW(add_seizure_file(*store, "S-404", "x", "y", a), NotFound);
}

CUSTOS_ON_BOTH_BACKENDS(SeizureStoreTest);

// A refused field's reason also comes as a message (code and values) that the
// workbench translates; filled with the English template of
// web/src/lib/messages/en.ts it reads word for word as the reason.
TEST(SeizureReader, ARejectsMessageReadsAsItsEnglishReason) {
  std::string data = kHeader;
  data += row("", {});
  data += row("S-1", {{"date", "17/03/2024"}, {"country", "F1"}, {"value", "12,5"}});
  data += row("S-2", {{"quantities", ""}, {"latitude", "95"}, {"cites_appendix", "IV"}});
  data += row("S-3", {{"value", "-4"}, {"currency", "EURO"}, {"longitude", "200"}});
  data += row("S-4", {{"value", "10"}, {"currency", ""}, {"origin_country", "QQQ"}});
  data += row("S-5") + row("S-5");
  data += row("S-6", {{"country", ""}, {"latitude", "10"}});
  const SeizureRead r = read_seizures_csv(data);
  const std::set<std::string> codes = test::codes_read_as_reasons(r.rejects);
  for (const char* want :
       {"seizure_id.empty", "not_a_partial_date", "not_a_country", "not_a_number", "quantities.empty",
        "latitude.range", "not_a_cites_appendix", "not_a_currency", "longitude.range", "currency.needed",
        "duplicate", "country.empty", "coordinates.both"})
    EXPECT_TRUE(codes.count(want)) << want;
}

// The rest of the refusals: an unknown domain or detection method, a bad
// quantity, a nationality, a short row, and the JSON records the seizure
// form sends; each reads as its English reason from its template.
TEST(SeizureReader, EveryRefusalOfAFieldHasItsMessage) {
  std::vector<Reject> all;
  std::string data = kHeader;
  data += row("S-1", {{"domain", ""}, {"detection", "crystal ball"}});
  data += row("S-2", {{"domain", "weapons"}, {"persons", "Jean Dupont (X1)"}});
  data += row("S-3", {{"quantities", "5 kg~~"}});
  data += row("S-4", {{"quantities", "5 kg||2 pcs"}});
  data += row("S-5", {{"quantities", "five kg"}});
  data += row("S-6", {{"quantities", "-5 kg"}});
  data += row("S-7", {{"quantities", "5"}});
  data += row("S-8", {{"quantities", "5 stone"}});
  data += "S-9,2024-03-17\n";
  for (const Reject& x : read_seizures_csv(data).rejects) all.push_back(x);
  for (
      const Reject& x :
      read_seizures_ndjson(
          R"({"id":"J-1","date":"17/03/2024","country":"FR","domain":"waste","quantities":"1 kg"})"
          "\n"
          R"({"id":"J-2","date":"2024","country":"FR","domain":"waste","quantities":[{"amount":null,"unit":"kg"}]})"
          "\n"
          R"({"id":"J-3","date":"2024","country":"FR","domain":"waste","quantities":[{"amount":1,"unit":"bags"}]})"
          "\n"
          R"({"id":"J-4","date":"2024","country":"FR","domain":"waste","quantities":"1 kgs"})"
          "\n")
          .rejects)
    all.push_back(x);
  const std::set<std::string> codes = test::codes_read_as_reasons(all);
  for (const char* want :
       {"domain.empty", "not_a_domain", "not_a_detection", "not_a_nationality", "quantity.estimate_twice",
        "quantity.empty_entry", "quantity.not_a_number", "quantity.negative", "quantity.no_unit",
        "quantity.unknown_unit", "record.width", "not_a_partial_date", "quantity.entry", "quantity.unit"})
    EXPECT_TRUE(codes.count(want)) << want;
}

}  // namespace
}  // namespace custos::records
