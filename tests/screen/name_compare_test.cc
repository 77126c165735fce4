// The matcher on the complaints users file against screening tools.
#include <gtest/gtest.h>

#include "screen/name_compare.hpp"

namespace custos::screen {
namespace {

float score(std::string_view a, std::string_view b, bool person = true) {
  return compare_names(prepare_name(a), prepare_name(b), person).score;
}

TEST(NameCompare, IdenticalIsOneAndOnlyIdenticalIsOne) {
  EXPECT_FLOAT_EQ(score("Vladimir Putin", "Vladimir Putin"), 1.0f);
  EXPECT_LT(score("Vladimir Putin", "Vladimir Pudin"), 1.0f);
  EXPECT_GT(score("Vladimir Putin", "Vladimir Pudin"), 0.7f);
}

TEST(NameCompare, WordOrderAndSurnameCommaDoNotMatter) {
  EXPECT_FLOAT_EQ(score("Manuel Antonio Noriega", "NORIEGA, Manuel Antonio"), 1.0f);
}

TEST(NameCompare, LegalFormsAndGenericWordsCannotMakeAMatch) {
  EXPECT_LT(score("Volkswagen Aktiengesellschaft", "Siemens Aktiengesellschaft", false), 0.5f);
  EXPECT_LT(score("Acme Trading Company Limited", "Zenith Trading Company Limited", false), 0.5f);
  EXPECT_GT(score("Siemens Aktiengesellschaft", "Siemens AG", false), 0.95f);
}

TEST(NameCompare, ScoresSpreadForRanking) {
  float exact = score("Banco Nacional de Cuba", "Banco Nacional de Cuba", false);
  float typo = score("Banco Nacional de Cuba", "Banco Nacionl de Cuba", false);
  float dropped = score("Banco Nacional", "Banco Nacional de Cuba", false);
  float other = score("Banco Popular de Cuba", "Banco Nacional de Cuba", false);
  EXPECT_GT(exact, typo);
  EXPECT_GT(typo, dropped);
  EXPECT_GT(dropped, other);
}

TEST(NameCompare, DifferentGivenNameIsADifferentPerson) {
  EXPECT_LT(score("Bashar al-Assad", "Hafez al-Assad"), 0.7f);
  EXPECT_LT(score("Sergey Ivanov", "Sergey Lavrov"), 0.7f);
}

TEST(NameCompare, ShortNameDoesNotMatchALongEntry) {
  EXPECT_LT(score("Walijan", "Walijan Abdul Ghafoor Haqqani"), 0.7f);
}

TEST(NameCompare, DroppedMiddleNameStillMatches) {
  EXPECT_GT(score("Sirajuddin Haqqani", "Sirajuddin Jallaloudine Haqqani"), 0.8f);
}

TEST(NameCompare, TransliterationVariants) {
  EXPECT_GT(score("Usama bin Ladin", "Osama bin Laden"), 0.7f);
  EXPECT_GT(score("Mikhail Khordorovsky", "Mikhail Khodorkovsky"), 0.7f);
}

TEST(NameCompare, JoinedWords) {
  EXPECT_GT(score("SiemensAG", "Siemens AG", false), 0.8f);
  auto c = compare_names(prepare_name("习近平"), prepare_name("XI Jinping"), true);
  EXPECT_GT(c.score, 0.9f);
  bool joined =
      std::any_of(c.pairs.begin(), c.pairs.end(), [](const TokenPair& p) { return p.how == "joined"; });
  EXPECT_TRUE(joined);
}

TEST(NameCompare, ExplainsTokenPairs) {
  auto c = compare_names(prepare_name("Osama bin Laden"), prepare_name("BIN LADIN, Usama"), true);
  ASSERT_EQ(c.pairs.size(), 3u);
  for (const auto& p : c.pairs) {
    EXPECT_FALSE(p.how.empty());
    EXPECT_GT(p.similarity, 0.0f);
  }
  EXPECT_TRUE(c.unmatched_query.empty());
}

TEST(NameCompare, EditDistance) {
  EXPECT_EQ(edit_distance("kitten", "sitting"), 3);
  EXPECT_EQ(edit_distance("", "abc"), 3);
  EXPECT_EQ(edit_distance("same", "same"), 0);
}

}  // namespace
}  // namespace custos::screen
