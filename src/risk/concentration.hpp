#pragma once
// The `concentration` condition of the profile language (docs/profiles.md,
// "Concentrations in the description"): does an item's description name a
// substance AND give a percentage for it within bounds ("hydrogen peroxide
// 35 %" against the 12 % limit of Regulation (EU) 2019/1148 Annex I)?
//
// One reading function serves both evaluators (the engine and the naive
// reference), so they cannot disagree: the folded description (text_fold.hpp)
// is cut into tokens (words, numbers, '%' and the percent words, punctuation),
// its percentages are read ("35 %", "12,5 %", "30-35 %" = 35, "50 percent"),
// and each occurrence of a substance's name is paired with
//   * the first number after it, when that number is a percentage, no other
//     number comes between and at most kWordsAfterName words separate them
//     ("hydrogen peroxide 35%", "peroxide solution, stabilised, 50 % w/w",
//     "H2O2: 12,5 %", "nitric acid (65%)"); a CAS number ("7722-84-1") is
//     an identifier, not a number, and ';' or '+' (another component) ends
//     the search;
//   * or the percentage just before it, joined by nothing or by joining
//     words only ("w/w", "wt", "of", "de", "d'", "di", "del", "von", "en":
//     "35% hydrogen peroxide", "12,5 % de peroxyde d'hydrogène").
// A number that belongs to something else ("500 ml", "12 pcs", "20 vol",
// "2.5 l") is never a percentage.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace custos::risk {

// A substance as the analyst names it in `of`: a word, a phrase, words ending
// in '*' as prefixes, exactly as a `description` entry (no 're:'), folded the
// same way. Every word must begin with a letter; or a CAS registry number
// ("7722-84-1"), which names the substance as well.
struct SubstanceName {
  std::string entry;               // as written
  std::vector<std::string> words;  // folded words (a CAS number: itself)
  std::vector<bool> prefix;        // the word ended in '*': it matches any word it begins
  bool cas = false;                // a CAS number, matched as one token
};

// The name, or nullopt with `error` set (empty, 're:', a '*' not ending a
// word, a word beginning with a digit that is not a CAS number).
std::optional<SubstanceName> substance_name(std::string_view entry, std::string* error);

// Bounds on a percentage: above (exclusive), min (inclusive), max
// (inclusive), below (exclusive).
struct PercentBounds {
  std::optional<double> above, min, max, below;
  bool contains(double percent) const;
  bool empty() const { return !above && !min && !max && !below; }
  // "above 12 %", "at least 3 % and below 40 %".
  std::string str() const;
  // Why no percentage satisfies them, or "" when some does.
  std::string contradiction() const;
};

// One `{ of = [...], above = 12 }` table.
struct ConcentrationTest {
  std::vector<SubstanceName> of;
  PercentBounds bounds;
};

// A substance named in the description and the percentage read for it.
struct ConcentrationPair {
  std::string name;  // the description's words that named it, folded ("hydrogen peroxide")
  double percent = 0;
};

// "35", "12.5": the percentage as the evidence shows it.
std::string format_percent(double v);

// The reading of one folded description: tokens and percentages, computed
// once and queried for as many substances as candidate profiles ask about.
class ConcentrationText {
 public:
  static constexpr int kWordsAfterName = 5;

  // Reads a folded description (text_fold.hpp). Reuses its buffers.
  void read(std::string_view folded);

  // Every pairing of one of `names` with a percentage, in text order.
  void pairs(const std::vector<SubstanceName>& names, std::vector<ConcentrationPair>& out) const;

  // The first pairing of `test`'s names whose percentage is within its
  // bounds, if any.
  std::optional<ConcentrationPair> first_within(const ConcentrationTest& test) const;

  // The test's evidence: "hydrogen peroxide 35 % (above 12 %)", or "".
  std::string evidence(const ConcentrationTest& test) const;

 private:
  // word: letters, digits inside ("h2o2"); number: "35", "12,5"; other_number: a number with its unit
  // ("500ml"); identifier: a CAS number; percent: '%'; range: a dash; join: '/', '.', an apostrophe;
  // stop: ';' or '+'; punct: anything else but spaces.
  enum class Kind : unsigned char {
    word,
    number,
    other_number,
    identifier,
    percent,
    range,
    join,
    stop,
    punct
  };
  struct Token {
    Kind kind;
    std::string_view text;  // a word's or a number's text
    double value = 0;       // a number's value
  };
  struct Percentage {
    size_t first = 0, end = 0;  // token span [first, end)
    double value = 0;
  };
  bool name_at(const SubstanceName& n, size_t i, size_t* end) const;
  std::optional<size_t> percent_marker(size_t i) const;  // the end of a percent marker at token i
  void read_percentages();

  std::string text_;
  std::vector<Token> tokens_;
  std::vector<Percentage> percentages_;
  std::vector<int> percentage_at_;  // token index -> the percentage starting there, or -1
};

}  // namespace custos::risk
