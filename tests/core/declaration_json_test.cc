#include "core/declaration_json.hpp"

#include <gtest/gtest.h>

namespace custos {
namespace {

Declaration sample() {
  Declaration d;
  d.id = "D1";
  d.flow = Flow::import;
  d.date = *Date::parse("2026-03-02");
  d.office = "NLSEA01";
  d.importer = {"NL1", "Atlas Foods BV", "", Country::parse("NL")};
  d.departure_country = Country::parse("SG");
  d.transit_countries = {*Country::parse("AE")};
  d.containers = {"MSCU1234565"};
  Item it;
  it.item_no = 1;
  it.hs_code = *HsCode::parse("080132");
  it.description = "cashew nuts";
  it.origin = Country::parse("VN");
  it.net_mass_kg = 0.0;  // zero, not missing
  it.value = 100;
  it.currency = "USD";
  it.documents = {{"CITES_PERMIT", "X-1"}};
  d.items.push_back(it);
  d.outcome.fraud = false;
  d.attributes = {{"a", "1"}, {"b", "2"}};
  return d;
}

TEST(DeclarationJson, RoundTripsExactly) {
  Declaration d = sample();
  EXPECT_EQ(declaration_from_json(to_json(d)), d);
}

TEST(DeclarationJson, MissingIsNotZero) {
  Declaration d = sample();
  auto j = to_json(d);
  EXPECT_EQ(j["items"][0]["net_mass_kg"], 0.0);
  EXPECT_FALSE(j["items"][0].contains("quantity"));
  EXPECT_FALSE(declaration_from_json(j).items[0].quantity.has_value());
}

TEST(DeclarationJson, CanonicalTextParsesToTheSameDocument) {
  Declaration d = sample();
  d.items[0].description = "tab\there, \"quoted\", back\\slash, line\nbreak, \x01 control, caf\xc3\xa9";
  d.attributes.emplace_back("odd \"key\"", "v");
  EXPECT_EQ(nlohmann::json::parse(to_canonical_json(d)), to_json(d));
  EXPECT_EQ(declaration_from_json(nlohmann::json::parse(to_canonical_json(d))), d);
}

TEST(DeclarationJson, DigestFollowsContent) {
  Declaration a = sample(), b = sample();
  EXPECT_EQ(content_digest(a), content_digest(b));
  b.items[0].value = 101;
  EXPECT_NE(content_digest(a), content_digest(b));
  EXPECT_EQ(content_digest(a).size(), 32u);
}

}  // namespace
}  // namespace custos
