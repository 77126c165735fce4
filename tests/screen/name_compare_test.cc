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

// A declaration writes a consignee with the courtesy title of its language
// ("Herr M. Leitner", "Mme L. Dupont"): the title says who the party is not,
// and must not pull a listed person's score down.
TEST(NameCompare, CourtesyTitlesOfTheDeclarationsLanguagesWeighLittle) {
  for (std::string_view titled : {"Herr Dimitri Herard", "Mme Dimitri Herard", "Sra. Dimitri Herard",
                                  "Signora Dimitri Herard", "Mevrouw Dimitri Herard"}) {
    SCOPED_TRACE(titled);
    EXPECT_EQ(prepare_name(titled).tokens[0].role, TokenRole::title);
    EXPECT_GT(score(titled, "HERARD, Dimitri"), 0.95f);
  }
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

TEST(NameCompare, SwappedAdjacentLettersAreOneEdit) {
  EXPECT_EQ(edit_distance("gonzalez", "gonzlaez"), 1);
  EXPECT_EQ(edit_distance("abc", "bca"), 2);
  EXPECT_FLOAT_EQ(lookalike_distance("martin", "matrin"), 1.0f);
  // One slip of the hand in the surname keeps the name an alert.
  EXPECT_GT(score("Fernando Gonzalez", "Fernando Gonzlaez"), 0.8f);
  EXPECT_LT(score("Fernando Gonzalez", "Fernando Gomez"), 0.7f);
}

TEST(NameCompare, DoubledLettersWrittenOnceAreTheSameWord) {
  EXPECT_TRUE(same_without_doubles("hassan", "hasan"));
  EXPECT_TRUE(same_without_doubles("yussef", "yusef"));
  EXPECT_TRUE(same_without_doubles("suun", "sun"));
  EXPECT_FALSE(same_without_doubles("hasan", "hasen"));
  EXPECT_FALSE(same_without_doubles("sun", "sung"));
  const char* how = nullptr;
  auto word = [](const char* w) { return prepare_name(w).tokens.at(0); };
  EXPECT_FLOAT_EQ(token_similarity(word("Yussef"), word("Yusef"), &how), 0.9f);
  EXPECT_STREQ(how, "doubled letter");
  EXPECT_GT(score("Park Ji-suun", "Park Ji-sun"), 0.85f);
  // Numbers still match only exactly.
  EXPECT_FLOAT_EQ(token_similarity(word("1100"), word("10"), &how), 0.0f);
}

TEST(NameCompare, StrayWordAgainstAParticleIsNoSubstitution) {
  // "zal" is a typo of the particle "al", not a second given name.
  EXPECT_GT(score("Omar zal-Rashid", "Omar al-Rashid"), 0.75f);
  EXPECT_EQ(
      compare_names(prepare_name("Omar zal-Rashid"), prepare_name("Omar al-Rashid"), true).substitutions, 0);
}

TEST(NameCompare, SonAndFatherSwappedAroundBinIsAnotherPerson) {
  // "X bin Y" is X, son of Y: the same words in the other roles name Y's
  // son... or Y himself.
  EXPECT_LT(score("Khalid bin Yusuf al-Tamimi", "Yusuf bin Khalid al-Tamimi"), 0.7f);
  EXPECT_GT(score("Khalid bin Yusuf al-Tamimi", "Khalid bin Yusuf al-Tamimi"), 0.99f);
  EXPECT_GT(score("Khalid bin Yusuf", "Khalid bin Yusuf al-Tamimi"), 0.8f);
  // Without a marker on both sides the roles are unknown: order is free.
  EXPECT_GT(score("Yusuf Khalid al-Tamimi", "Khalid bin Yusuf al-Tamimi"), 0.8f);
  // A chain of ancestors ("bin ... bin ...") is not read as one father.
  EXPECT_GT(score("Khalid bin Yusuf bin Hamad", "Khalid bin Yusuf"), 0.7f);
}

TEST(NameCompare, SameCjkScriptComparesCharacters) {
  // Transliteration merges different characters; written the same way,
  // a different character is a different syllable of the name.
  EXPECT_LT(score("王小明", "王小平"), 0.7f);
  EXPECT_LT(score("박민수", "박민호"), 0.7f);
  EXPECT_FLOAT_EQ(score("王小明", "王小明"), 1.0f);
  // Traditional and simplified forms of one character are one character.
  EXPECT_FLOAT_EQ(score("陳小明", "陈小明"), 1.0f);
  // Spacing does not matter; neither does another script on one side.
  EXPECT_GT(score("박민수", "박 민수"), 0.9f);
  EXPECT_GT(score("王小明", "Wang Xiaoming"), 0.9f);
}

TEST(NameCompare, ASharedSkeletonAloneIsNoEvidence) {
  auto word = [](const char* w) { return prepare_name(w).tokens.at(0); };
  const char* how = nullptr;
  // Same consonant classes, hardly a letter in common.
  EXPECT_FLOAT_EQ(token_similarity(word("Khalili"), word("Salehi")), 0.0f);
  EXPECT_FLOAT_EQ(token_similarity(word("Zhiqing"), word("Guoying")), 0.0f);
  // Transliteration variants still sound alike.
  EXPECT_GT(token_similarity(word("Chinping"), word("Jinping"), &how), 0.7f);
  EXPECT_STREQ(how, "sound");
}

}  // namespace
}  // namespace custos::screen
