// Screening precision on ordinary names: a person's initials are no
// organisation's acronym, single letters of an organisation are no
// initials, one common given name alone never alerts, the kind said is
// respected, common words weigh less, and every near miss says why.
#include <gtest/gtest.h>

#include "screen/name_frequency.hpp"
#include "screen/screen.hpp"

namespace custos::screen {
namespace {

ListEntity entry(std::string id, std::string name, EntityKind kind) {
  ListEntity e;
  e.id = std::move(id);
  e.list = "test";
  e.kind = kind;
  e.names.push_back({std::move(name)});
  return e;
}

// A made-up list with the shapes that made ordinary names alert: acronyms,
// an organisation written with single letters, vessels and aliases that are
// ordinary given names.
std::vector<ListEntity> made_up_list() {
  return {entry("1", "MTG", EntityKind::organisation),
          entry("2", "Borealis Trading Company", EntityKind::organisation),
          entry("3", "B S Company", EntityKind::organisation),
          entry("4", "MARIA", EntityKind::vessel),
          entry("5", "Daniel", EntityKind::person),
          entry("6", "OPL", EntityKind::organisation),
          entry("7", "Ivan Petrovich Sidorenko", EntityKind::person),
          entry("8", "KORYO LINES", EntityKind::organisation)};
}

bool alerts_on(const std::vector<ScreenResult>& results, const std::string& id) {
  return std::any_of(results.begin(), results.end(),
                     [&](const ScreenResult& r) { return r.alert && r.entity->id == id; });
}

TEST(ScreenPrecision, APersonsInitialsAreNoOrganisationsAcronym) {
  Screener s(made_up_list());
  // "Maria Teresa Garcia" spells MTG; it reads as a person's name.
  EXPECT_FALSE(alerts_on(s.screen("Maria Teresa Garcia"), "1"));
  EXPECT_EQ(s.read_query("Maria Teresa Garcia").kind, EntityKind::person);
  // Written in another script, a name is a person's too.
  EXPECT_EQ(s.read_query("Мария Тереза Гарсия").kind, EntityKind::person);
  // Said to be a person: no acronym either, whatever its words.
  ScreenQuery person;
  person.kind = EntityKind::person;
  EXPECT_FALSE(alerts_on(s.screen("Orient Pacific Lines", person), "6"));
  // A name of unknown words may still be an organisation's: its initials are read.
  EXPECT_TRUE(alerts_on(s.screen("Orient Pacific Lines"), "6"));
  ScreenQuery organisation;
  organisation.kind = EntityKind::organisation;
  EXPECT_TRUE(alerts_on(s.screen("Orient Pacific Lines", organisation), "6"));
}

TEST(ScreenPrecision, SingleLettersOfAnOrganisationAreNoInitials) {
  Screener s(made_up_list());
  // "B S Company" once scored 0.70 against any person B... S...
  auto r = s.screen("Bhhzad Soltani");
  EXPECT_FALSE(alerts_on(r, "3"));
  auto c = compare_names(prepare_name("Bahram Soltani"), prepare_name("B S Company"), NameKinds{});
  EXPECT_LT(c.score, 0.7f);
  bool said = std::any_of(c.notes.begin(), c.notes.end(), [](const std::string& n) {
    return n.find("not read as a person's initials") != n.npos;
  });
  EXPECT_TRUE(said);
  // Between persons an initial still counts ("V. Putin").
  EXPECT_GT(compare_names(prepare_name("V. Putin"), prepare_name("Vladimir Putin"), true).score, 0.7f);
}

TEST(ScreenPrecision, OneCommonGivenNameAloneNeverAlerts) {
  Screener s(made_up_list());
  for (const char* q :
       {"Maria Schmidt", "Maria", "MARIA OCAMPO", "Daniel Stan", "Daniel", "Μαρία Νικολάου"}) {
    for (const auto& r : s.screen(q)) EXPECT_FALSE(r.alert) << q << ": " << r.summary(q);
  }
  // The near miss says why it is one.
  auto r = s.screen("Daniel");
  ASSERT_FALSE(r.empty());
  EXPECT_LT(r[0].score, kAlertThreshold);
  EXPECT_NE(r[0].summary("Daniel").find("common given name"), std::string::npos) << r[0].summary("Daniel");
  // A vessel is known by one word: said to be a vessel, "MARIA" finds it.
  ScreenQuery vessel;
  vessel.kind = EntityKind::vessel;
  EXPECT_TRUE(alerts_on(s.screen("MARIA", vessel), "4"));
}

TEST(ScreenPrecision, TheKindSaidIsRespected) {
  Screener s(made_up_list());
  ScreenQuery person;
  person.kind = EntityKind::person;
  for (const auto& r : s.screen("Koryo Lines Daniel", person)) EXPECT_EQ(r.entity->kind, EntityKind::person);
  ScreenQuery organisation;
  organisation.kind = EntityKind::organisation;
  auto orgs = s.screen("KORYO LINES", organisation);
  ASSERT_FALSE(orgs.empty());
  for (const auto& r : orgs) EXPECT_EQ(r.entity->kind, EntityKind::organisation);
  EXPECT_TRUE(s.read_query("KORYO LINES", organisation).said);
  // A person's name is not compared with vessels.
  for (const auto& r : s.screen("Maria Schmidt")) EXPECT_NE(r.entity->kind, EntityKind::vessel);
  // A legal form makes an organisation's name.
  EXPECT_EQ(s.read_query("Koryo Lines LLC").kind, EntityKind::organisation);
}

TEST(ScreenPrecision, CommonNameWordsWeighLessAndSaySo) {
  const NameFrequency& shipped = NameFrequency::shipped();
  EXPECT_TRUE(shipped.lookup("maria").given_name);
  EXPECT_TRUE(shipped.lookup("mohammed").given_name);
  EXPECT_TRUE(shipped.lookup("ivanov").surname);
  EXPECT_LT(shipped.lookup("maria").weight, 1.0f);
  EXPECT_FLOAT_EQ(shipped.lookup("naqdi").weight, 1.0f);
  // Transliterated from its own script, a common name is still known.
  PreparedName cyrillic = prepare_name("Ковальчук");
  shipped.apply(cyrillic);
  EXPECT_LT(cyrillic.tokens.at(0).weight, 1.0f);
  EXPECT_FLOAT_EQ(cyrillic.tokens.at(0).cost, 1.0f);
  // Counted over lists: a word many listed persons carry weighs less.
  std::vector<ListEntity> many;
  for (int i = 0; i < 80; ++i)
    many.push_back(entry(std::to_string(i), "Zorgath Q" + std::to_string(i), EntityKind::person));
  NameFrequency counted(many);
  EXPECT_EQ(counted.lookup("zorgath").listed_persons, 80u);
  EXPECT_LT(counted.lookup("zorgath").weight, 0.8f);
  EXPECT_NE(counted.reason("zorgath").find("80 listed persons"), std::string::npos);
  // Two common words agreeing are weaker evidence than two rare ones: the
  // names a list adds are forgiven less.
  auto score = [&](const char* a, const char* b) {
    PreparedName x = prepare_name(a), y = prepare_name(b);
    shipped.apply(x);
    shipped.apply(y);
    return compare_names(x, y, true).score;
  };
  EXPECT_LT(score("Mohammed Ali", "Mohammed Hassan Ali"), 0.7f);
  EXPECT_GT(score("Sirajuddin Haqqani", "Sirajuddin Jallaloudine Haqqani"), 0.8f);
}

TEST(ScreenPrecision, ExplanationsGiveWordWeightsAndWhy) {
  Screener s(made_up_list());
  auto r = s.screen("Ivan Petrovich Sidorenko");
  ASSERT_FALSE(r.empty());
  auto j = r[0].explanation("Ivan Petrovich Sidorenko");
  ASSERT_FALSE(j["token_pairs"].empty());
  EXPECT_TRUE(j["token_pairs"][0].contains("query_weight"));
  EXPECT_TRUE(j["token_pairs"][0].contains("list_weight"));
  bool ivan = false;
  for (const auto& w : j["word_weights"]) ivan |= w["word"] == "ivan";
  EXPECT_TRUE(ivan) << j.dump();
  EXPECT_FALSE(j["reading"].get<std::string>().empty());
}

}  // namespace
}  // namespace custos::screen
