#include <gtest/gtest.h>

#include <random>
#include <thread>

#include "risk/description_pattern.hpp"
#include "risk/naive_evaluator.hpp"
#include "risk/party_kind.hpp"
#include "risk/pattern_set.hpp"
#include "risk/profile_engine.hpp"
#include "risk/text_fold.hpp"
#include "risk_fixtures.hpp"

namespace custos::risk {
namespace {

using testing::header;
using testing::load_text;

Declaration decl(const std::string& hs, const std::string& description) {
  return testing::one_item(hs, description);
}

std::vector<Profile> load_ok(const std::string& text) {
  LoadResult r = load_text(text);
  for (const auto& e : r.errors) ADD_FAILURE() << e.str();
  return r.profiles;
}

bool engine_fires(ProfileEngine& e, const Declaration& d) {
  std::vector<ProfileHit> hits;
  e.match(d, hits);
  return !hits.empty();
}

TEST(ProfileEngine, DescriptionWordsAreWholeWordsCaseAndAccentInsensitive) {
  ProfileEngine e(
      load_ok(header("P") + "[profile.when]\ndescription = [\"dechets\", \"used tyres\", \"antiq*\"]\n"));
  EXPECT_TRUE(engine_fires(e, decl("3915", "DÉCHETS de plastique")));
  EXPECT_TRUE(engine_fires(e, decl("4012", "Used, tyres for retreading")));
  EXPECT_TRUE(engine_fires(e, decl("9706", "Antiquités diverses")));
  EXPECT_FALSE(engine_fires(e, decl("3915", "dechetsx")));
  EXPECT_FALSE(engine_fires(e, decl("4012", "used car tyres")));
  EXPECT_FALSE(engine_fires(e, decl("4012", "")));
}

// A regular expression that is no profile's key is scanned only when a
// candidate profile evaluates it; the hits are the same as scanning it for
// every item, whatever the order the conditions were written in.
TEST(ProfileEngine, FilterExpressionsAreScannedOnDemandWithTheSameHits) {
  std::string text = header("KEYED_BY_HS") +
                     "[profile.when]\nhs = [\"3102\"]\ndescription = ['re:\\b3[345]\\s?%\\s?n\\b']\n" +
                     header("KEYED_BY_REGEX") + "[profile.when]\ndescription = ['re:\\bcfc.?12\\b']\n" +
                     header("NESTED") +
                     "[profile.when]\ndescription = [\"peroxide\"]\nall = [ { description = "
                     "['re:peroxide\\D{0,10}\\b[2-9]\\d\\s?%'] }, { hs = [\"2847\"] } ]\n";
  std::vector<Profile> profiles = load_ok(text);
  ASSERT_EQ(profiles.size(), 3u);
  ProfileEngine e(profiles);
  NaiveEvaluator naive(profiles);
  EXPECT_EQ(e.stats().lazy_patterns, 2u) << "the HS-keyed and the nested expressions are filters";
  EXPECT_EQ(e.stats().lazy_sets, 2u) << "each condition holding filters has its own database";
  std::vector<Declaration> ds = {decl("310290", "Fertiliser 34% N"),
                                 decl("310290", "Fertiliser 15% N"),
                                 decl("290345", "R134a, really CFC-12"),
                                 decl("284700", "Peroxide 50% solution"),
                                 decl("284700", "Peroxide 6% solution"),
                                 decl("382499", "Peroxide 50% solution"),
                                 decl("310210", "")};
  std::vector<ProfileHit> a, b;
  for (const Declaration& d : ds) {
    e.match(d, a);
    naive.match(d, b);
    ASSERT_EQ(a.size(), b.size()) << d.items[0].description;
    for (size_t i = 0; i < a.size(); ++i) EXPECT_EQ(a[i].profile, b[i].profile) << d.items[0].description;
  }
  EXPECT_TRUE(engine_fires(e, ds[0]));
  EXPECT_FALSE(engine_fires(e, ds[1]));
  EXPECT_TRUE(engine_fires(e, ds[2]));
  EXPECT_TRUE(engine_fires(e, ds[3]));
  EXPECT_FALSE(engine_fires(e, ds[4]));
  EXPECT_FALSE(engine_fires(e, ds[5]));
}

// Engines are built per server thread and again whenever a permit or a list
// changes: the second build from the same patterns deserialises the
// databases the first compiled, and matches the same.
TEST(ProfileEngine, ASecondEngineFromTheSamePatternsReusesTheCompiledDatabases) {
  std::vector<Profile> profiles = load_ok(
      header("WORDS") + "[profile.when]\ndescription = [\"cachedword\", \"granules*\"]\n" + header("KEYED") +
      "[profile.when]\ndescription = ['re:\\bcached.?cfc.?12\\b']\n" + header("FILTER") +
      "[profile.when]\nhs = [\"3102\"]\ndescription = ['re:\\bcached\\s3[345]\\s?%']\n");
  PatternSet::CacheCounts before = PatternSet::cache_counts();
  ProfileEngine first(profiles);
  PatternSet::CacheCounts built = PatternSet::cache_counts();
  EXPECT_EQ(built.misses - before.misses, 3u) << "literals, key expressions, one filter";
  EXPECT_EQ(built.hits, before.hits);
  ProfileEngine second(profiles);
  PatternSet::CacheCounts again = PatternSet::cache_counts();
  EXPECT_EQ(again.misses, built.misses);
  EXPECT_EQ(again.hits - built.hits, 3u);
  for (const Declaration& d :
       {decl("391590", "cachedword"), decl("391590", "PE granulesque"), decl("290345", "cached CFC-12"),
        decl("310210", "cached 34% N"), decl("310210", "cached 15% N"), decl("391590", "nothing")}) {
    std::vector<ProfileHit> a, b;
    first.match(d, a);
    second.match(d, b);
    ASSERT_EQ(a.size(), b.size()) << d.items[0].description;
    for (size_t i = 0; i < a.size(); ++i) EXPECT_EQ(a[i].profile, b[i].profile);
  }
  EXPECT_TRUE(engine_fires(second, decl("310210", "cached 34% N")));
  EXPECT_FALSE(engine_fires(second, decl("310210", "cached 15% N")));
  EXPECT_TRUE(engine_fires(second, decl("290345", "cached CFC-12")));
}

// Server threads build their engines at the same time: the shared cache
// serves them all and every engine matches the same.
TEST(ProfileEngine, EnginesBuiltOnSeveralThreadsAtOnceMatchTheSame) {
  std::vector<Profile> profiles =
      load_ok(header("THREADED") +
              "[profile.when]\nhs = [\"3102\"]\ndescription = ['re:\\bthreaded\\s3[345]\\s?%']\n" +
              header("WORD") + "[profile.when]\ndescription = [\"threadedword\"]\n");
  std::vector<std::thread> threads;
  std::vector<int> fired(8, -1);
  for (int t = 0; t < 8; ++t)
    threads.emplace_back([&, t] {
      ProfileEngine e(profiles);
      fired[t] = engine_fires(e, decl("310210", "threaded 34% N")) +
                 engine_fires(e, decl("391590", "threadedword")) +
                 engine_fires(e, decl("310210", "threaded 15% N"));
    });
  for (std::thread& th : threads) th.join();
  for (int f : fired) EXPECT_EQ(f, 2);
}

TEST(ProfileEngine, HsPrefixesAndAbsentValuesNeverMatch) {
  ProfileEngine e(load_ok(header("P") + "[profile.when]\nhs = [\"3915\"]\nnet_mass_kg = { min = 0 }\n"));
  Declaration d = decl("391510", "x");
  EXPECT_FALSE(engine_fires(e, d));  // no mass declared
  d.items[0].net_mass_kg = 10;
  EXPECT_TRUE(engine_fires(e, d));
  d.items[0].hs_code = *HsCode::parse("391610");
  EXPECT_FALSE(engine_fires(e, d));
}

TEST(ProfileEngine, ValidityDisabledAndPermitLane) {
  auto ps = load_ok(header("P",
                           "valid_from = 2025-01-01\nvalid_to = 2025-01-31\nmin_lane = \"red\"\n"
                           "permit = [\"CITES_PERMIT\"]\n") +
                    "[profile.when]\nhs = [\"0106\"]\n" + header("OFF", "enabled = false\n") +
                    "[profile.when]\nhs = [\"0106\"]\n");
  ProfileEngine e(ps);
  Declaration d = decl("010620", "tortoise");
  d.date = *Date::parse("2025-01-15");
  std::vector<ProfileHit> hits;
  e.match(d, hits);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].lane, Lane::red);
  d.items[0].documents.push_back({"CITES_PERMIT", "X"});
  e.match(d, hits);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].lane, Lane::yellow);
  EXPECT_TRUE(hits[0].lawful);
  Finding f = to_finding(e.profiles()[0], hits[0], d);
  EXPECT_NE(f.reason.find("document check"), std::string::npos);
  d.date = *Date::parse("2025-02-01");
  e.match(d, hits);
  EXPECT_TRUE(hits.empty());
}

TEST(ProfileEngine, EvidenceNamesTheFieldsThatFired) {
  ProfileEngine e(load_ok(header("P") +
                          "[profile.when]\nhs = [\"3915\"]\nany = [ { origin = [\"DE\"] }, "
                          "{ description = [\"scrap\"] } ]\nlacks_document = [\"BASEL_CONSENT\"]\n"));
  Declaration d = decl("391590", "plastic scrap");
  std::vector<ProfileHit> hits;
  e.match(d, hits);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].fields["hs"], "391590");
  EXPECT_EQ(hits[0].fields["description"], "plastic scrap");
  EXPECT_FALSE(hits[0].fields.contains("origin"));
  EXPECT_TRUE(hits[0].fields.contains("lacks_document"));
}

// An analyst's translations travel in the finding's evidence; the English
// reason and instructions are unchanged, and a profile without any carries none.
TEST(ProfileEngine, TranslationsOfReasonAndInstructionsReachTheFinding) {
  auto ps =
      load_ok(header("P", "reason_fr = \"pourquoi\"\ninstructions_fr = \"quoi\"\nreason_ar = \"لماذا\"\n") +
              "[profile.when]\nhs = [\"3915\"]\n" + header("Q") + "[profile.when]\nhs = [\"3915\"]\n");
  ASSERT_EQ(ps.size(), 2u);
  ProfileEngine e(ps);
  Declaration d = decl("391590", "plastic scrap");
  std::vector<ProfileHit> hits;
  e.match(d, hits);
  ASSERT_EQ(hits.size(), 2u);
  for (const ProfileHit& h : hits) {
    const Profile& p = e.profiles()[h.profile];
    Finding f = to_finding(p, h, d);
    EXPECT_EQ(f.reason, "why");
    EXPECT_EQ(f.instructions, "what");
    if (p.id == "P") {
      EXPECT_EQ(f.evidence["translations"],
                (nlohmann::json{{"fr", {{"reason", "pourquoi"}, {"instructions", "quoi"}}},
                                {"ar", {{"reason", "لماذا"}}}}));
    } else {
      EXPECT_FALSE(f.evidence.contains("translations"));
    }
  }
}

// mass_per_unit_kg is net_mass_kg / quantity, only when both are declared and
// positive: 100 cylinders of 2,400 kg weigh 24 kg each.
TEST(ProfileEngine, MassPerUnitIsTheNetMassOfOneDeclaredUnit) {
  ProfileEngine e(
      load_ok(header("P") + "[profile.when]\nhs = [\"7311\"]\nmass_per_unit_kg = { min = 15 }\n"));
  auto cylinders = [](std::optional<double> mass, std::optional<double> quantity) {
    Declaration d = decl("731100", "empty cylinders");
    d.items[0].net_mass_kg = mass;
    d.items[0].quantity = quantity;
    return d;
  };
  EXPECT_TRUE(engine_fires(e, cylinders(2400, 100)));
  EXPECT_TRUE(engine_fires(e, cylinders(15, 1)));
  EXPECT_FALSE(engine_fires(e, cylinders(1000, 100)));
  EXPECT_FALSE(engine_fires(e, cylinders(2400, std::nullopt)));
  EXPECT_FALSE(engine_fires(e, cylinders(2400, 0)));
  EXPECT_FALSE(engine_fires(e, cylinders(std::nullopt, 100)));
  Declaration d = cylinders(2400, 100);
  std::vector<ProfileHit> hits;
  e.match(d, hits);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_DOUBLE_EQ(hits[0].fields["mass_per_unit_kg"].get<double>(), 24.0);
}

// value_per_unit is value / quantity in the item's currency, only when both are
// declared and positive: 40 "pigeons" at 200,000 EUR cost 5,000 EUR each.
TEST(ProfileEngine, ValuePerUnitIsThePriceOfOneDeclaredUnit) {
  ProfileEngine e(
      load_ok(header("P") + "[profile.when]\nhs = [\"0106\"]\nvalue_per_unit = { min = 1000 }\n"));
  auto birds = [](std::optional<double> value, std::optional<double> quantity) {
    Declaration d = decl("010639", "live pigeons");
    d.items[0].value = value;
    d.items[0].quantity = quantity;
    return d;
  };
  EXPECT_TRUE(engine_fires(e, birds(200000, 40)));
  EXPECT_TRUE(engine_fires(e, birds(1000, 1)));
  EXPECT_FALSE(engine_fires(e, birds(2000, 40)));
  EXPECT_FALSE(engine_fires(e, birds(200000, std::nullopt)));
  EXPECT_FALSE(engine_fires(e, birds(200000, 0)));
  EXPECT_FALSE(engine_fires(e, birds(std::nullopt, 40)));
  Declaration d = birds(200000, 40);
  std::vector<ProfileHit> hits;
  e.match(d, hits);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_DOUBLE_EQ(hits[0].fields["value_per_unit"].get<double>(), 5000.0);
}

// Goods declared to a hub for a party beyond it: the consignee's and the
// consignor's countries are conditions (and index keys) of their own.
TEST(ProfileEngine, ConsigneeAndConsignorCountriesAreTheirOwnConditions) {
  std::vector<Profile> profiles =
      load_ok(header("BEYOND_THE_HUB") + "[profile.when]\nconsignee_country = [\"KP\"]\n" + header("FROM") +
              "[profile.when]\nhs = [\"2208\"]\nconsignor_country = [\"IR\"]\n");
  ProfileEngine e(profiles);
  EXPECT_EQ(e.stats().indexed_by_country, 1u);
  Declaration d = decl("220820", "Cognac XO");
  d.destination_country = *Country::parse("CN");
  d.importer.country = *Country::parse("CN");
  EXPECT_FALSE(engine_fires(e, d));
  d.consignee.country = *Country::parse("KP");
  std::vector<ProfileHit> hits;
  e.match(d, hits);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].fields["consignee_country"], "KP");
  d.consignor.country = *Country::parse("IR");
  e.match(d, hits);
  EXPECT_EQ(hits.size(), 2u);
}

// A private person or an organisation, read from the party's name, once per
// declaration and only when a candidate profile asks.
TEST(ProfileEngine, ConsigneeAndImporterKindsAreReadFromTheirNames) {
  ProfileEngine e(
      load_ok(header("PUBLIC") + "[profile.when]\nhs = [\"2834\"]\nconsignee_kind = [\"person\"]\n" +
              header("TRADE") + "[profile.when]\nhs = [\"3102\"]\nimporter_kind = [\"organisation\"]\n"));
  Declaration d = decl("283429", "potassium nitrate 99 %");
  EXPECT_FALSE(engine_fires(e, d));  // no name: neither kind
  d.consignee.name = "Privatperson";
  std::vector<ProfileHit> hits;
  e.match(d, hits);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].fields["consignee_kind"], "person (Privatperson)");
  d.consignee.name = "Agrochem Handels GmbH";
  EXPECT_FALSE(engine_fires(e, d));
  d.consignee.name = "Mr J. Smith";
  EXPECT_TRUE(engine_fires(e, d));
  Declaration f = decl("310230", "ammonium nitrate 34.4 % N");
  f.importer.name = "Maria Garcia";
  EXPECT_FALSE(engine_fires(e, f));
  f.importer.name = "Agri Supplies S.A.";
  EXPECT_TRUE(engine_fires(e, f));
}

// Words of a party's name, folded as descriptions are and found as whole
// words or prefixes, read only when a candidate profile asks.
TEST(ProfileEngine, PartyNameWordsAreWholeWordsOfTheFoldedName) {
  ProfileEngine e(
      load_ok(header("TYRES") +
              "[profile.when]\nhs = [\"2903\"]\nconsignee_name_words = [\"gomme*\", \"tyre\", \"pneu*\"]\n" +
              header("AVIA") +
              "[profile.when]\nhs = [\"8708\"]\nflow = [\"export\"]\n"
              "consignee_name_words = [\"avia* parts\", \"aircraft\", \"авиа*\"]\n"));
  Declaration d = decl("290345", "HFC-134a, cylinders 13.6 kg");
  EXPECT_FALSE(engine_fires(e, d));  // no name
  d.consignee.name = "Gomme Vlora Shpk";
  std::vector<ProfileHit> hits;
  e.match(d, hits);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].fields["consignee_name_words"], "Gomme Vlora Shpk");
  d.consignee.name = "PNEUMATIQUES DU SUD SARL";  // prefix, case folded
  EXPECT_TRUE(engine_fires(e, d));
  d.consignee.name = "Tyresö Bygg AB";  // "tyre" is a whole word, not a prefix
  EXPECT_FALSE(engine_fires(e, d));
  d.consignee.name = "Kältetechnik Nord GmbH";
  EXPECT_FALSE(engine_fires(e, d));
  d.importer.name = "Gomme Vlora Shpk";  // another party
  EXPECT_FALSE(engine_fires(e, d));
  Declaration b = decl("870830", "Brake discs, carbon heat stack");
  b.flow = Flow::export_;
  b.consignee.name = "Avia Parts Almaty TOO";
  EXPECT_TRUE(engine_fires(e, b));
  b.consignee.name = "Aviation-Parts Trading";  // "avia*" then "parts", across the hyphen
  EXPECT_TRUE(engine_fires(e, b));
  b.consignee.name = "ТОО Авиазапчасть";  // Cyrillic prefix
  EXPECT_TRUE(engine_fires(e, b));
  b.consignee.name = "Parts Avia";  // the words in another order
  EXPECT_FALSE(engine_fires(e, b));
}

TEST(PartyKind, DesignationsTitlesNamesAndLegalForms) {
  for (const char* person : {"Private person",
                             "PRIVATE INDIVIDUAL",
                             "Privatperson (Müller)",
                             "Particulier",
                             "Persona física",
                             "частное лицо",
                             "个人",
                             "Osoba prywatna",
                             "Mrs A. Kowalska",
                             "Dr Hans Becker",
                             "Maria Garcia",
                             "Mohammed Al Rashid",
                             "Herr M. Leitner",
                             "Mme L. Dupont",
                             "Soukromá osoba",
                             "Sr. J. Puig",
                             "Sig. A. Ferri",
                             "M. L. Garnier",
                             "Dott.ssa Bianchi",
                             "Hr. Jensen"})
    EXPECT_EQ(party_kind(person), PartyKind::person) << person;
  // Surnames that are trade words or fold to a legal form, and initials that do.
  for (const char* person : {"Anna Kaufmann", "Peter Handel", "Lars Ek", "S.A. Khan", "João de Sá"})
    EXPECT_EQ(party_kind(person), PartyKind::person) << person;
  for (const char* organisation :
       {"Plastics Recovery Ltd", "Private Equity Holdings Ltd", "Agrochem GmbH",
        "Société Générale de Chimie SA", "Global Trading Co", "Particular Trading LLC",
        "Individual Pet Supplies", "Importaciones Garcia S.L.", "Schmidt e.K.", "Kowalski Sp. j.",
        "Yilmaz Ticaret", "J. Puig Transportes SL", "A.B. Trading", "Sr. Pack Logistics GmbH"})
    EXPECT_EQ(party_kind(organisation), PartyKind::organisation) << organisation;
  for (const char* neither : {"", "  ", "XQZ", "Privatbank", "Individual Pet Care"})
    EXPECT_EQ(party_kind(neither), std::nullopt) << neither;
  EXPECT_EQ(parse_party_kind("organization"), PartyKind::organisation);
  EXPECT_EQ(parse_party_kind("company"), std::nullopt);
}

// The compiled engine must give exactly the reference evaluator's hits.
TEST(ProfileEngine, AgreesWithNaiveEvaluatorOnRandomDeclarations) {
  auto ps = load_ok(
      header("A") + "[profile.when]\nhs = [\"3915\", \"8549\"]\ndestination = [\"@SEA\"]\n" + header("B") +
      "[profile.when]\ndescription = [\"scrap\", \"ivory\"]\nnot = { origin = [\"@EU\"] }\n" + header("C") +
      "[profile.when]\nimporter = [\"I1\", \"I7\"]\n" + header("D") +
      "[profile.when]\norigin = [\"NG\", \"CM\"]\nunit_value_per_kg = { max = 2 }\n" + header("E") +
      "[profile.when]\nany = [ { hs = [\"01\"] }, { transit = [\"AE\"] } ]\nflow = [\"import\"]\n" +
      header("F") + "[profile.when]\nhs = [\"29\"]\nlacks_document = [\"ODS_LICENCE\"]\n" + header("G") +
      "[profile.when]\nitinerary = [\"AE\", \"TR\"]\nattribute = { name = \"k\", in = [\"1\"] }\n" +
      header("H") + "[profile.when]\noffice = [\"O2\"]\ndate = { from = 2025-01-10 }\n" + header("I") +
      "[profile.when]\nhs = [\"7204\", \"0106\"]\nmass_per_unit_kg = { min = 15, max = 40 }\n" + header("J") +
      "[profile.when]\nhs = [\"0106\", \"3915\"]\nvalue_per_unit = { max = 50 }\n" + header("K") +
      "[profile.when]\nconsignee_country = [\"NG\", \"CM\"]\n" + header("L") +
      "[profile.when]\nhs = [\"85\"]\nconsignor_country = [\"AE\"]\n" + header("M") +
      "[profile.when]\nhs = [\"0106\", \"29\"]\nconsignee_kind = [\"person\"]\n" + header("N") +
      "[profile.when]\nflow = [\"import\"]\nimporter_kind = [\"organisation\"]\nhs = [\"3915\"]\n" +
      header("O") + "[profile.when]\ndescription = [\"ivor* carv*\", \"plastic* scrap\"]\n" + header("P") +
      "[profile.when]\nconcentration = [ { of = [\"hydrogen peroxide\", \"h2o2\"], above = 12 }, { of = "
      "[\"nitric acid\"], min = 3, below = 70 } ]\n" +
      header("Q") +
      "[profile.when]\nhs = [\"29\", \"3915\"]\nnot = { concentration = { of = [\"peroxid*\"], max = 12 } "
      "}\n" +
      header("R") +
      "[profile.when]\nhs = [\"29\", \"0106\"]\nconsignee_name_words = [\"gomme*\", \"plastics "
      "recovery\"]\n" +
      header("S") +
      "[profile.when]\nflow = [\"import\"]\nnot = { importer_name_words = [\"tyre*\"] }\nhs = [\"3915\"]\n");
  ProfileEngine engine(ps);
  NaiveEvaluator naive(ps);
  std::mt19937_64 rng(7);
  auto pick = [&](const std::vector<std::string>& v) { return v[rng() % v.size()]; };
  const std::vector<std::string> hs{"391510", "854900", "010620", "290371", "300490", "0106", "7204"};
  const std::vector<std::string> desc{"plastic scrap",
                                      "IVORY carving",
                                      "medicines",
                                      "",
                                      "scrapbook",
                                      "Ivoire",
                                      "Plastics, scrap",
                                      "ivory-carved",
                                      "Hydrogen peroxide 12.5 %, 500 ml",
                                      "hydrogen peroxide 12 %",
                                      "35% H2O2 w/w",
                                      "peroxide 6 % 20 vol",
                                      "Nitric acid 65 % - 2.5 l",
                                      "nitric acid 70 %, H2O2 3 %",
                                      "68 % w/w nitric acid, 30-35 % hydrogen peroxide"};
  const std::vector<std::string> countries{"MY", "DE", "NG", "CM", "AE", "TR", "US"};
  int fired = 0;
  for (int n = 0; n < 3000; ++n) {
    Declaration d;
    d.id = "D" + std::to_string(n);
    d.date = Date::from_days(20089 + static_cast<int>(rng() % 30));
    if (rng() % 4) d.flow = static_cast<Flow>(rng() % 3);
    d.office = pick({"O1", "O2"});
    d.importer.id = pick({"I1", "I2", "I7", ""});
    const std::vector<std::string> names{"",
                                         "Private person",
                                         "Plastics Recovery Ltd",
                                         "Maria Garcia",
                                         "XQZ",
                                         "Gomme Vlora Shpk",
                                         "Tyresö Bygg AB",
                                         "Tyre World Ltd",
                                         "Plastics, Recovery"};
    d.importer.name = pick(names);
    d.consignee.name = pick(names);
    if (rng() % 2) d.consignee.country = *Country::parse(pick(countries));
    if (rng() % 2) d.consignor.country = *Country::parse(pick(countries));
    if (rng() % 3) d.destination_country = *Country::parse(pick(countries));
    if (rng() % 2) d.departure_country = *Country::parse(pick(countries));
    if (rng() % 3 == 0) d.transit_countries.push_back(*Country::parse(pick(countries)));
    if (rng() % 2) d.attributes.emplace_back("k", pick({"1", "2"}));
    int items = static_cast<int>(rng() % 3);
    for (int i = 0; i < items; ++i) {
      Item it;
      it.item_no = i + 1;
      it.hs_code = *HsCode::parse(pick(hs));
      it.description = pick(desc);
      if (rng() % 2) it.origin = *Country::parse(pick(countries));
      if (rng() % 2) it.net_mass_kg = static_cast<double>(rng() % 100);
      if (rng() % 2) it.value = static_cast<double>(rng() % 300);
      if (rng() % 2) it.quantity = static_cast<double>(rng() % 6);
      if (rng() % 3 == 0) it.documents.push_back({"ODS_LICENCE", "L"});
      d.items.push_back(it);
    }
    std::vector<ProfileHit> a, b;
    engine.match(d, a);
    naive.match(d, b);
    ASSERT_EQ(a.size(), b.size()) << "declaration " << n;
    for (size_t k = 0; k < a.size(); ++k) {
      EXPECT_EQ(a[k].profile, b[k].profile);
      EXPECT_EQ(a[k].items, b[k].items);
      EXPECT_EQ(a[k].lane, b[k].lane);
    }
    fired += static_cast<int>(a.size());
  }
  EXPECT_GT(fired, 1000);
}

}  // namespace
}  // namespace custos::risk

namespace custos::risk {
namespace {

TEST(DescriptionText, TheOnePassFoldMatchesFoldThenWords) {
  for (std::string_view text :
       {"", "   ", "--/--", "Mixed PLASTIC waste, bales (post-consumer)", "R-22 refrigerant 13.6kg cyl.", "a",
        "A1 b2  C3", "trailing space ", " leading", "Déchets plastiques MÉLANGÉS", "PANGOLÍN scales",
        "naïve—dash", "HFC\t134a\nnew line", "نترات الأمونيوم، سماد", "«déchets» plastiques\u00a0mélangés"}) {
    std::string folded, words, expect_folded, expect_words;
    fold_and_word_text(text, folded, words);
    fold_text(text, expect_folded);
    word_text(expect_folded, expect_words);
    EXPECT_EQ(folded, expect_folded) << text;
    EXPECT_EQ(words, expect_words) << text;
  }
}

// A pattern's letters are folded like the text they are matched on: an
// Arabic hamza seat, a Greek tonos, a Hangul syllable or an accent in a
// pattern would otherwise never match.
TEST(DescriptionText, PatternsAreFoldedLikeTheText) {
  ProfileEngine e(load_ok(header("AR") + "[profile.when]\ndescription = [\"re:زئبق\"]\n" + header("EL") +
                          "[profile.when]\ndescription = [\"re:κεν[οή]\\\\W\"]\n" + header("KO") +
                          "[profile.when]\ndescription = [\"re:웅담|곰쓸개\"]\n" + header("DE") +
                          "[profile.when]\ndescription = [\"re:sto(ss|ß)dämpfer\"]\n"));
  auto fired = [&](const std::string& text) { return testing::fired_ids(e, decl("280540", text)); };
  EXPECT_EQ(fired("زئبق نقي ٩٩٪"), "AR ");
  EXPECT_EQ(fired("ΚΕΝΉ φιάλη"), "EL ");
  EXPECT_EQ(fired("웅담 분말, 100 g"), "KO ");
  EXPECT_EQ(fired("Stoßdämpfer, gebraucht"), "DE ");
  EXPECT_EQ(fired("Stossdaempfer"), "");
  EXPECT_EQ(fold_regex_text("\\bhcfc\\W?22"), "\\bhcfc\\W?22");
  EXPECT_EQ(fold_regex_text("κεν[οή]"), "κεν[οη]");
}

// Letters without a canonical decomposition that read as plain Latin ones
// fold to them, in the text and in every kind of entry: the Turkish dotless
// i, the Polish l and the Danish o with a stroke, the sharp s, the ligatures.
TEST(DescriptionText, LettersWithoutADecompositionFoldToPlainLetters) {
  EXPECT_EQ(fold_text("KIRMIZI perdahlı testi"), "kirmizi perdahli testi");
  EXPECT_EQ(fold_text("Złoto, ŁÓDŹ"), "zloto, lodz");
  EXPECT_EQ(fold_text("Ørsted brød, Đà Nẵng đồ cổ"), "orsted brod, da nang do co");
  EXPECT_EQ(fold_text("Gießerei-Altsand, STRAẞE"), "giesserei-altsand, strasse");
  EXPECT_EQ(fold_text("Cæsar, œuvre, Þingvellir"), "caesar, oeuvre, thingvellir");
  ProfileEngine e(load_ok(header("TR") + "[profile.when]\ndescription = [\"kırmızı perdahlı\"]\n" +
                          header("PL") + "[profile.when]\ndescription = [\"re:zlot[oa]\"]\n" + header("DE") +
                          "[profile.when]\ndescription = [\"giesserei*\"]\n"));
  auto fired = [&](const std::string& text) { return testing::fired_ids(e, decl("280540", text)); };
  EXPECT_EQ(fired("Testi, kirmizi perdahli, 6 adet"), "TR ");
  EXPECT_EQ(fired("Złota biżuteria"), "PL ");
  EXPECT_EQ(fired("Gießereialtsand, lose"), "DE ");
}

// Arabic-script descriptions write the Persian yeh and kaf, alef maqsura and
// teh marbuta for the Arabic letters and stretch words with tatweel: a name
// written one way matches the others.
TEST(DescriptionText, ArabicScriptLetterVariantsFoldTogether) {
  EXPECT_EQ(fold_text("كيميائى"), fold_text("كيميائي"));
  EXPECT_EQ(fold_text("شركة"), fold_text("شركه"));
  EXPECT_EQ(fold_text("کلرید"), fold_text("كلريد"));
  EXPECT_EQ(fold_text("كـلـوريد"), fold_text("كلوريد"));
  EXPECT_NE(fold_text("كلوريد"), fold_text("كلورين")) << "other letters stay apart";
  ProfileEngine e(load_ok(header("FA") + "[profile.when]\ndescription = [\"فسفیت\"]\n" + header("AR") +
                          "[profile.when]\ndescription = [\"re:مادة كيميائية\"]\n"));
  auto fired = [&](const std::string& text) { return testing::fired_ids(e, decl("292019", text)); };
  EXPECT_EQ(fired("تري ايثيل فسفيت، براميل"), "FA ");
  EXPECT_EQ(fired("مادة كيميائيه للبلاستيك"), "AR ");
  EXPECT_EQ(fired("مـادة كـيـمـيـائـيـة"), "AR ");
  EXPECT_EQ(fired("فوسفات"), "");
}

// A '*' ends a word anywhere in a phrase, not only the last one: each such
// word matches any word it begins ("planche* de bois sculptee*"). Before,
// an inner '*' was read as a space and the phrase never matched.
TEST(DescriptionText, PrefixesInsideAPhraseMatchEachWordTheyBegin) {
  ProfileEngine e(load_ok(header("FR") + "[profile.when]\ndescription = [\"planche* de bois sculptee*\"]\n" +
                          header("RU") + "[profile.when]\ndescription = [\"азотн* кислот*\"]\n" +
                          header("ANSE") + "[profile.when]\ndescription = [\"marque* sur l'anse\"]\n"));
  auto fired = [&](const std::string& text) { return testing::fired_ids(e, decl("970600", text)); };
  EXPECT_EQ(fired("Planches de bois sculptées, anciennes"), "FR ");
  EXPECT_EQ(fired("planche de bois sculptée"), "FR ");
  EXPECT_EQ(fired("planche à découper en bois sculpté"), "");
  EXPECT_EQ(fired("Azotnaya: АЗОТНАЯ КИСЛОТА 68 %"), "RU ");
  EXPECT_EQ(fired("азот кислота"), "") << "a prefix still needs its letters";
  EXPECT_EQ(fired("Amphore, marques sur l'anse"), "ANSE ");
  EXPECT_EQ(fired("marques sur l'anselme"), "") << "an unstarred last word is whole";

  std::string err;
  auto p = description_pattern("planche* de bois", &err);
  ASSERT_TRUE(p);
  EXPECT_FALSE(p->literal);
  EXPECT_TRUE(p->on_words);
  EXPECT_EQ(p->expression, " planche[^ ]* de bois ");
  EXPECT_EQ(description_pattern("planche* de bois*", &err)->expression, " planche[^ ]* de bois");
  EXPECT_TRUE(description_pattern("antiq*", &err)->literal) << "a prefix at the end stays a literal";
  for (std::string_view bad : {"ab*cd", "* foo", "foo ,* bar", "foo**"}) {
    err.clear();
    EXPECT_FALSE(description_pattern(bad, &err)) << bad;
    EXPECT_NE(err.find("'*'"), std::string::npos) << bad << ": " << err;
  }
}

TEST(DescriptionText, PunctuationOfAnyScriptBreaksWords) {
  std::string folded, words;
  fold_and_word_text("نترات الأمونيوم، سماد", folded, words);
  EXPECT_EQ(words, " نترات الامونيوم سماد ") << "the Arabic comma is a word break";
  fold_and_word_text("«Déchets» plastiques\u00a0mélangés—balles", folded, words);
  EXPECT_EQ(words, " dechets plastiques melanges balles ");
  fold_and_word_text("废塑料、颗粒", folded, words);
  EXPECT_EQ(words, " 废塑料 颗粒 ") << "the ideographic comma is a word break";
  fold_and_word_text("हिंदी", folded, words);
  EXPECT_EQ(words, " " + folded + " ") << "combining marks stay inside a word";
}

}  // namespace
}  // namespace custos::risk
