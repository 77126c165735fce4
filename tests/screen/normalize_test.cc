// Normalisation cases per script and per kind of noise.
#include <gtest/gtest.h>

#include "screen/name_normalizer.hpp"

namespace custos::screen {
namespace {

std::string norm(std::string_view s) { return prepare_name(s).normalized(); }

TEST(NameNormalizer, FoldsCasePunctuationAndApostrophes) {
  EXPECT_EQ(norm("AL-QA'IDA"), "al qaida");
  EXPECT_EQ(norm("  Banco   Nacional de Cuba "), "banco nacional de cuba");
  EXPECT_EQ(norm("O’Brien"), "obrien");
}

TEST(NameNormalizer, DiacriticsAndLigatures) {
  EXPECT_EQ(norm("François Hollande"), "francois hollande");
  EXPECT_EQ(norm("Müller Straße"), "muller strasse");
  EXPECT_EQ(norm("ＡＢＣ"), "abc");  // full-width forms (NFKC)
}

TEST(NameNormalizer, Cyrillic) { EXPECT_EQ(norm("Владимир Путин"), "vladimir putin"); }

TEST(NameNormalizer, Greek) { EXPECT_EQ(norm("Αλέξης Τσίπρας"), "alexes tsipras"); }

TEST(NameNormalizer, ArabicKeepsConsonants) {
  // Arabic script omits short vowels; the consonant skeleton is what
  // matching relies on.
  auto p = prepare_name("محمد");
  ASSERT_EQ(p.tokens.size(), 1u);
  EXPECT_EQ(p.tokens[0].key, phonetic_key("muhammad"));
}

TEST(NameNormalizer, ChineseBecomesPinyinSyllables) { EXPECT_EQ(norm("习近平"), "xi jin ping"); }

TEST(NameNormalizer, AmpersandAndDottedInitialisms) {
  EXPECT_EQ(norm("AT&T Inc."), "at and t inc");
  EXPECT_EQ(norm("A.B.C. Company"), "abc company");
}

TEST(NameNormalizer, LegalFormsAtEitherEndAreCanonical) {
  auto ag = prepare_name("Siemens Aktiengesellschaft");
  ASSERT_EQ(ag.tokens.size(), 2u);
  EXPECT_EQ(ag.tokens[1].text, "ag");
  EXPECT_EQ(ag.tokens[1].role, TokenRole::legal_form);
  EXPECT_EQ(prepare_name("Siemens AG").tokens[1].text, "ag");
  auto ooo = prepare_name("ООО Ромашка");
  EXPECT_EQ(ooo.tokens.front().role, TokenRole::legal_form);
  EXPECT_EQ(prepare_name("HSBC Holdings p.l.c.").tokens.back().text, "plc");
  EXPECT_EQ(prepare_name("HSBC Holdings plc").tokens.back().text, "plc");
}

TEST(NameNormalizer, LegalFormNeverTheWholeName) {
  auto p = prepare_name("Limited");
  ASSERT_EQ(p.tokens.size(), 1u);
  EXPECT_EQ(p.tokens[0].role, TokenRole::name);
}

TEST(NameNormalizer, GenericWordsParticlesAndTitlesWeighLittle) {
  auto p = prepare_name("Shaikh Isa Bin Tarif Al Bin Ali");
  EXPECT_EQ(p.tokens[0].role, TokenRole::title);
  EXPECT_EQ(p.tokens[2].role, TokenRole::particle);
  EXPECT_LT(p.tokens[0].weight, 0.5f);
  auto c = prepare_name("Acme Trading Company");
  EXPECT_EQ(c.tokens[1].role, TokenRole::generic);
  EXPECT_EQ(c.tokens[2].role, TokenRole::generic);
  EXPECT_EQ(c.tokens[0].weight, 1.0f);
}

TEST(NameNormalizer, NumbersAreTheirOwnRole) {
  auto p = prepare_name("Management Company 23");
  EXPECT_EQ(p.tokens.back().role, TokenRole::number);
}

TEST(NameNormalizer, PhoneticKeySharedByTransliterations) {
  EXPECT_EQ(phonetic_key("jinping"), phonetic_key("chinping"));
  EXPECT_EQ(phonetic_key("usama"), phonetic_key("osama"));
  EXPECT_NE(phonetic_key("putin"), phonetic_key("merkel"));
}

TEST(NameNormalizer, EmptyAndSymbolOnlyInput) {
  EXPECT_TRUE(prepare_name("").tokens.empty());
  EXPECT_TRUE(prepare_name("--- ... ;;").tokens.empty());
  EXPECT_TRUE(prepare_name("\xff\xfe").tokens.empty());  // invalid UTF-8 is not a crash
}

}  // namespace
}  // namespace custos::screen
