#include <gtest/gtest.h>

#include "risk/profile_loader.hpp"
#include "risk_fixtures.hpp"

namespace custos::risk {
namespace {

using testing::header;
using testing::load_text;

const LoadError* find_error(const LoadResult& r, const std::string& needle) {
  for (const LoadError& e : r.errors)
    if (e.message.find(needle) != std::string::npos) return &e;
  return nullptr;
}

TEST(ProfileLoader, LoadsAFullProfile) {
  LoadResult r = load_text(header("P1",
                                  "min_lane = \"red\"\nvalid_from = 2025-01-01\nvalid_to = \"2025-12-31\"\n"
                                  "operation = \"DEMETER\"\npermit = [\"basel_consent\"]\n") +
                           R"(
[profile.when]
hs = ["3915", "3915.10"]
destination = ["@SEA", "tr"]
description = ["scrap", "déchets", "antiq*", "re:post.?consumer"]
not = { importer_country = ["@EU"] }
any = [ { unit_value_per_kg = { max = 0.3 } }, { lacks_document = ["BASEL_CONSENT"] } ]
)");
  for (const auto& e : r.errors) ADD_FAILURE() << e.str();
  ASSERT_EQ(r.profiles.size(), 1u);
  const Profile& p = r.profiles[0];
  EXPECT_EQ(p.min_lane, Lane::red);
  EXPECT_EQ(p.permit, std::vector<std::string>{"BASEL_CONSENT"});
  EXPECT_EQ(p.valid_to->str(), "2025-12-31");
  ASSERT_EQ(p.when.children.size(), 5u);
  bool seen = false;
  for (const Condition& c : p.when.children)
    if (c.kind == Condition::Kind::leaf && c.field == Field::destination) {
      EXPECT_EQ(c.countries.size(), 4u);  // group expanded
      seen = true;
    }
  EXPECT_TRUE(seen);
}

TEST(ProfileLoader, TranslationsAreOptionalAndNeverEmpty) {
  LoadResult ok = load_text(header("P1", "reason_fr = \"pourquoi\"\ninstructions_ar = \"ماذا\"\n") +
                            "[profile.when]\nhs = [\"3915\"]\n");
  for (const auto& e : ok.errors) ADD_FAILURE() << e.str();
  ASSERT_EQ(ok.profiles.size(), 1u);
  EXPECT_EQ(ok.profiles[0].translations.at("fr").at("reason"), "pourquoi");
  EXPECT_EQ(ok.profiles[0].translations.at("ar").at("instructions"), "ماذا");
  EXPECT_FALSE(ok.profiles[0].translations.at("fr").contains("instructions"));

  LoadResult plain = load_text(header("P2") + "[profile.when]\nhs = [\"3915\"]\n");
  ASSERT_TRUE(plain.ok());
  EXPECT_TRUE(plain.profiles[0].translations.empty());

  LoadResult empty = load_text(header("P3", "reason_fr = \"  \"\n") + "[profile.when]\nhs = [\"3915\"]\n");
  const LoadError* e = find_error(empty, "'reason_fr' is empty");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->line, 9);

  LoadResult other = load_text(header("P4", "reason_de = \"warum\"\n") + "[profile.when]\nhs = [\"3915\"]\n");
  EXPECT_NE(find_error(other, "unknown field 'reason_de'"), nullptr);
}

TEST(ProfileLoader, ReportsSyntaxErrorWithPosition) {
  LoadResult r = load_text("[[profile]]\nid = \"x\nweight = 3\n");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.errors[0].file, "test.toml");
  EXPECT_EQ(r.errors[0].line, 2);
  EXPECT_GT(r.errors[0].column, 0);
}

TEST(ProfileLoader, UnknownFieldSuggestsTheRightOne) {
  LoadResult r = load_text(header("P1") + "[profile.when]\ndestinaton = [\"MY\"]\n");
  const LoadError* e = find_error(r, "unknown field 'destinaton'");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->line, 10);
  EXPECT_EQ(e->column, 1);
  EXPECT_NE(e->hint.find("destination"), std::string::npos);
  EXPECT_TRUE(r.profiles.empty());
}

TEST(ProfileLoader, WrongTypeEmptySetBadPatternAndValues) {
  LoadResult r = load_text(
      header("P1") + "[profile.when]\nhs = []\n" + header("P2") +
      "[profile.when]\ndescription = [\"re:(unclosed\"]\n" + header("P3") +
      "[profile.when]\norigin = [\"UK\"]\nhs = [\"3O15\"]\n" + header("P4") +
      "[profile.when]\nnet_mass_kg = \"heavy\"\n" + header("P5") +
      "[profile.when]\nhs = [\"2834\"]\nconsignee_kind = [\"individual\"]\n" + header("P6") +
      "[profile.when]\nhs = [\"2903\"]\nconsignee_name_words = [\"re:gomme\", \"go*mme\", \"--\"]\n");
  EXPECT_NE(find_error(r, "'hs' is empty"), nullptr);
  const LoadError* kind = find_error(r, "'individual' is not a kind of party");
  ASSERT_NE(kind, nullptr);
  EXPECT_EQ(kind->hint, "use person or organisation");
  EXPECT_NE(find_error(r, "bad description entry"), nullptr);
  EXPECT_NE(find_error(r, "bad name entry 're:gomme': a name is read by its words"), nullptr);
  EXPECT_NE(find_error(r, "bad name entry 'go*mme': '*' may only end a word"), nullptr);
  EXPECT_NE(find_error(r, "bad name entry '--': no letters or digits"), nullptr);
  const LoadError* uk = find_error(r, "'UK' is not");
  ASSERT_NE(uk, nullptr);
  EXPECT_NE(uk->hint.find("GB"), std::string::npos);
  EXPECT_NE(find_error(r, "'3O15' is not an HS prefix"), nullptr);
  EXPECT_NE(find_error(r, "must be a range table"), nullptr);
  EXPECT_TRUE(r.profiles.empty());
}

// Expressions Hyperscan cannot run are refused at load time with its reason,
// whatever the construct: back-references, look-around, repeats too large.
TEST(ProfileLoader, ExpressionsOutsideHyperscansDialectAreRefusedWithTheReason) {
  for (const auto& [expression, reason] : std::vector<std::pair<std::string, std::string>>{
           {"(ab)\\\\1", "Back-reference"},
           {"(?<=crude )oil", "Zero-width assertions are not supported"},
           {"a{1,2000000}", "Bounded repeat is too large"},
           {"scrap(", "Missing close parenthesis"}}) {
    LoadResult r = load_text(header("P1") + "[profile.when]\ndescription = [\"re:" + expression + "\"]\n");
    const LoadError* e = find_error(r, "bad description entry");
    ASSERT_NE(e, nullptr) << expression;
    EXPECT_NE(e->str().find(reason), std::string::npos) << e->str();
    EXPECT_TRUE(r.profiles.empty()) << expression;
  }
}

TEST(ProfileLoader, ValidityEndingBeforeItStarts) {
  LoadResult r = load_text(header("P1", "valid_from = 2025-06-01\nvalid_to = 2025-01-01\n") +
                           "[profile.when]\nhs = [\"3915\"]\n");
  const LoadError* e = find_error(r, "is before valid_from");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->line, 10);
}

TEST(ProfileLoader, DuplicateIdAcrossFilesNamesTheFirst) {
  std::string p = header("SAME") + "[profile.when]\nhs = [\"3915\"]\n";
  LoadResult r = load_profiles({{"a.toml", p}, {"b.toml", p}}, testing::test_groups());
  const LoadError* e = find_error(r, "duplicate profile id 'SAME'");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->file, "b.toml");
  EXPECT_NE(e->hint.find("a.toml:1"), std::string::npos);
  EXPECT_EQ(r.profiles.size(), 1u);
  EXPECT_FALSE(r.ok());
}

TEST(ProfileLoader, MissingReasonAndBadWeightAndLane) {
  LoadResult r = load_text(
      "[[profile]]\nid = \"P\"\ntitle = \"t\"\ndomain = \"wast\"\nlegal_basis = \"x\"\n"
      "weight = 120\ninstructions = \"i\"\nmin_lane = \"purple\"\n[profile.when]\nhs = [\"39\"]\n");
  EXPECT_NE(find_error(r, "has no 'reason'"), nullptr);
  EXPECT_NE(find_error(r, "'wast' is not a domain"), nullptr);
  EXPECT_NE(find_error(r, "from 0 to 100"), nullptr);
  EXPECT_NE(find_error(r, "'purple' is not a lane"), nullptr);
}

TEST(ProfileLoader, ListsAreSharedAcrossFilesAndUnknownReferencesReported) {
  LoadResult r =
      load_profiles({{"lists.toml", "[lists]\nODS = [\"290371\", \"290377\"]\n"},
                     {"p.toml", header("P1") + "[profile.when]\nhs = [\"@ODS\"]\norigin = [\"@EUU\"]\n"}},
                    testing::test_groups());
  const LoadError* e = find_error(r, "'@EUU' is not a country group or list");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(e->hint.find("@EU"), std::string::npos);
  LoadResult ok = load_profiles({{"lists.toml", "[lists]\nODS = [\"290371\", \"290377\"]\n"},
                                 {"p.toml", header("P1") + "[profile.when]\nhs = [\"@ODS\"]\n"}},
                                testing::test_groups());
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(ok.profiles[0].when.children[0].hs.size(), 2u);
}

TEST(ProfileLoader, ExamplesBecomeDeclarations) {
  LoadResult r = load_text(header("P1", "valid_from = 2025-02-01\n") + R"(
[profile.when]
hs = ["0106"]
[[profile.example]]
expect = "hit"
expect_lane = "yellow"
flow = "import"
departure = "NG"
transit = ["AE"]
importer = "IMP-1"
importer_country = "FR"
importer_name = "Pet World SARL"
consignee_name = "Private person"
attributes = { payment_type = "11" }
[[profile.example.items]]
hs = "010620"
description = "live tortoises"
net_mass_kg = 12.5
value = 300
documents = ["CITES_PERMIT:NG-2025-1"]
[[profile.example]]
expect = "miss"
items = [ { hs = "0201" } ]
)");
  for (const auto& e : r.errors) ADD_FAILURE() << e.str();
  ASSERT_EQ(r.profiles.size(), 1u);
  const auto& ex = r.profiles[0].examples;
  ASSERT_EQ(ex.size(), 2u);
  const Declaration& d = ex[0].declaration;
  EXPECT_EQ(d.date.str(), "2025-02-01");
  EXPECT_EQ(d.importer.id, "IMP-1");
  EXPECT_EQ(d.importer.country->str(), "FR");
  EXPECT_EQ(d.importer.name, "Pet World SARL");
  EXPECT_EQ(d.consignee.name, "Private person");
  ASSERT_EQ(d.items.size(), 1u);
  EXPECT_EQ(d.items[0].documents[0].type, "CITES_PERMIT");
  EXPECT_EQ(d.items[0].documents[0].reference, "NG-2025-1");
  EXPECT_EQ(*d.attribute("payment_type"), "11");
  EXPECT_FALSE(ex[1].expect_hit);
}

TEST(ProfileLoader, UnknownTopLevelAndExampleFields) {
  LoadResult r =
      load_text("[profiles]\nx = 1\n" + header("P1") +
                "[profile.when]\nhs = [\"39\"]\n[[profile.example]]\nexpect = \"maybe\"\nitem = []\n");
  EXPECT_NE(find_error(r, "unknown top-level field 'profiles'"), nullptr);
  EXPECT_NE(find_error(r, "'expect' must be"), nullptr);
  EXPECT_NE(find_error(r, "unknown field 'item'"), nullptr);
  EXPECT_NE(find_error(r, "has no items"), nullptr);
}

}  // namespace
}  // namespace custos::risk
