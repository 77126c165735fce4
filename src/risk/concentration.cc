#include "risk/concentration.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <charconv>

#include "risk/description_pattern.hpp"
#include "risk/text_fold.hpp"

namespace custos::risk {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool one_of(std::string_view w, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), w) != set.end();
}

// Words that say "per cent" on their own.
bool percent_word(std::string_view w) { return one_of(w, {"percent", "prozent", "procent", "percento"}); }

// Words that join the two ends of a range: "30 to 35 %", "30 a 35 %", "30 bis 35 %".
bool range_word(std::string_view w) { return one_of(w, {"to", "a", "bis", "au", "hasta", "tot"}); }

// Words that may stand between a percentage and the substance it is of:
// "68 % w/w nitric acid", "12,5 % de peroxyde d'hydrogene", "35%ige Wasserstoffperoxid".
bool joining_word(std::string_view w) {
  return one_of(w,
                {"w", "v", "wt", "of", "de", "d", "di", "del", "von", "en", "ige", "iges", "igen", "iger"});
}

// A CAS registry number: 2 to 7 digits, 2 digits, 1 check digit, joined by
// hyphens ("7722-84-1"). Returns its length at `s`, or 0.
size_t cas_number(std::string_view s) {
  size_t i = 0;
  while (i < s.size() && is_digit(s[i])) ++i;
  if (i < 2 || i > 7 || i + 5 > s.size() || s[i] != '-' || !is_digit(s[i + 1]) || !is_digit(s[i + 2]) ||
      s[i + 3] != '-' || !is_digit(s[i + 4]) || (i + 5 < s.size() && is_digit(s[i + 5])))
    return 0;
  return i + 5;
}

void append_number(std::string& out, double v) {
  std::array<char, 32> buf{};
  auto [end, ec] = std::to_chars(buf.data(), buf.data() + buf.size(), v);
  if (ec == std::errc()) out.append(buf.data(), end);
}

}  // namespace

std::optional<SubstanceName> substance_name(std::string_view entry, std::string* error) {
  auto fail = [&](std::string why) -> std::optional<SubstanceName> {
    if (error) *error = std::move(why);
    return std::nullopt;
  };
  if (entry.substr(0, 3) == "re:")
    return fail(
        "a substance is named by words, not a regular expression: the percentage is found after "
        "or before the words the name matched");
  std::string err;
  if (!description_pattern(entry, &err)) return fail(err);
  SubstanceName n;
  n.entry = std::string(entry);
  if (size_t cas = cas_number(entry); cas > 0 && cas == entry.size()) {  // "7722-84-1"
    n.words.emplace_back(entry);
    n.prefix.push_back(false);
    n.cas = true;
    return n;
  }
  std::string words;
  size_t start = 0;
  for (;;) {
    size_t star = entry.find('*', start);
    std::string_view piece = entry.substr(start, star == std::string_view::npos ? entry.npos : star - start);
    word_text(fold_text(piece), words);
    for (std::string_view w : split_words(words)) {
      n.words.emplace_back(w);
      n.prefix.push_back(false);
    }
    if (star == std::string_view::npos) break;
    if (!n.prefix.empty()) n.prefix.back() = true;  // the piece's last word ends in '*'
    start = star + 1;
  }
  if (n.words.empty()) return fail("a substance name needs at least one word");
  for (const std::string& w : n.words)
    if (is_digit(w.front()))
      return fail("every word of a substance name must begin with a letter ('" + w +
                  "' begins with a digit, and would be read as a number)");
  return n;
}

bool PercentBounds::contains(double v) const {
  return (!above || v > *above) && (!min || v >= *min) && (!max || v <= *max) && (!below || v < *below);
}

std::string PercentBounds::str() const {
  std::string out;
  auto part = [&](const char* what, const std::optional<double>& v) {
    if (!v) return;
    if (!out.empty()) out += " and ";
    out += what;
    append_number(out, *v);
    out += " %";
  };
  part("above ", above);
  part("at least ", min);
  part("at most ", max);
  part("below ", below);
  return out;
}

std::string PercentBounds::contradiction() const {
  if (min && max && *min > *max) return "min is greater than max";
  if (above && below && *above >= *below) return "'above' is not less than 'below'";
  if (above && max && *above >= *max) return "'above' is not less than 'max'";
  if (min && below && *min >= *below) return "'min' is not less than 'below'";
  return "";
}

std::string format_percent(double v) {
  std::string s;
  append_number(s, v);
  return s;
}

void ConcentrationText::read(std::string_view folded) {
  text_.assign(folded.data(), folded.size());
  tokens_.clear();
  const std::string_view s = text_;
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  const auto n = static_cast<int32_t>(s.size());
  auto word_char_at = [&](int32_t at, int32_t* next) {
    UChar32 c;
    U8_NEXT(bytes, at, n, c);
    *next = at;
    return c < 0 || is_word_code_point(c);
  };
  for (int32_t i = 0; i < n;) {
    int32_t start = i;
    if (is_digit(s[i])) {
      if (size_t cas = cas_number(s.substr(i))) {
        tokens_.push_back({Kind::identifier, s.substr(i, cas)});
        i += static_cast<int32_t>(cas);
        continue;
      }
      while (i < n && is_digit(s[i])) ++i;
      if (i + 1 < n && (s[i] == '.' || s[i] == ',') && is_digit(s[i + 1])) {
        ++i;
        while (i < n && is_digit(s[i])) ++i;
      }
      int32_t next = i;
      if (i < n && word_char_at(i, &next)) {
        // "500ml", "20vol", "12pcs": a number with its unit, of something else.
        while (i < n && word_char_at(i, &next)) i = next;
        tokens_.push_back({Kind::other_number, s.substr(start, i - start)});
        continue;
      }
      std::string number(s.substr(start, i - start));
      std::replace(number.begin(), number.end(), ',', '.');
      Token t{Kind::number, s.substr(start, i - start)};
      std::from_chars(number.data(), number.data() + number.size(), t.value);
      tokens_.push_back(t);
      continue;
    }
    UChar32 c;
    U8_NEXT(bytes, i, n, c);
    if (c < 0 || is_word_code_point(c)) {
      int32_t next = i;
      while (i < n && word_char_at(i, &next)) i = next;  // digits inside a word ("h2o2", "hno3") stay in it
      tokens_.push_back({Kind::word, s.substr(start, i - start)});
    } else if (c == '%' || c == 0xFF05 || c == 0x2030) {
      tokens_.push_back({c == 0x2030 ? Kind::punct : Kind::percent, {}});  // per mille is not a percentage
    } else if (c == '-' || c == 0x2010 || c == 0x2011 || c == 0x2012 || c == 0x2013 || c == 0x2014 ||
               c == 0x2212) {
      tokens_.push_back({Kind::range, {}});
    } else if (c == ';' || c == '+') {
      tokens_.push_back({Kind::stop, {}});
    } else if (c == '/' || c == '.' || c == '\'' || c == 0x2019) {
      tokens_.push_back({Kind::join, {}});
    } else if (!u_isUWhiteSpace(c)) {
      tokens_.push_back({Kind::punct, {}});
    }
  }
  read_percentages();
}

std::optional<size_t> ConcentrationText::percent_marker(size_t i) const {
  if (i >= tokens_.size()) return std::nullopt;
  // "68 wt% ", "68 wt.%": the share by weight
  if (tokens_[i].kind == Kind::word && tokens_[i].text == "wt" && i + 1 < tokens_.size()) {
    size_t j = tokens_[i + 1].kind == Kind::join ? i + 2 : i + 1;
    if (j < tokens_.size() && tokens_[j].kind == Kind::percent) return j + 1;
  }
  const Token& t = tokens_[i];
  if (t.kind == Kind::percent) return i + 1;
  if (t.kind != Kind::word) return std::nullopt;
  if (percent_word(t.text)) return i + 1;
  if (i + 1 < tokens_.size() && tokens_[i + 1].kind == Kind::word && one_of(t.text, {"per", "pour", "por"}) &&
      one_of(tokens_[i + 1].text, {"cent", "ciento", "cento"}))
    return i + 2;
  return std::nullopt;
}

void ConcentrationText::read_percentages() {
  percentages_.clear();
  percentage_at_.assign(tokens_.size(), -1);
  auto joins_range = [&](size_t i) {
    return i < tokens_.size() &&
           (tokens_[i].kind == Kind::range || (tokens_[i].kind == Kind::word && range_word(tokens_[i].text)));
  };
  // A range's second number and its percent marker: "35 %" in "30-35 %" or "30 % - 35 %".
  auto upper_end = [&](size_t i, Percentage& p) {
    if (!joins_range(i) || i + 1 >= tokens_.size() || tokens_[i + 1].kind != Kind::number) return;
    if (auto e = percent_marker(i + 2)) {
      p.value = std::max(p.value, tokens_[i + 1].value);
      p.end = *e;
    }
  };
  for (size_t i = 0; i < tokens_.size(); ++i) {
    if (tokens_[i].kind != Kind::number) continue;
    Percentage p{i, 0, tokens_[i].value};
    if (auto e = percent_marker(i + 1)) {
      p.end = *e;
      upper_end(p.end, p);
    } else {
      upper_end(i + 1, p);
      if (p.end == 0) continue;
    }
    percentage_at_[i] = static_cast<int>(percentages_.size());
    percentages_.push_back(p);
  }
}

bool ConcentrationText::name_at(const SubstanceName& name, size_t i, size_t* end) const {
  if (name.cas) {
    if (tokens_[i].kind != Kind::identifier || tokens_[i].text != name.words[0]) return false;
    *end = i + 1;
    return true;
  }
  size_t j = i;
  for (size_t w = 0; w < name.words.size(); ++w) {
    if (w > 0)  // the description's words are separated by anything that is not a word
      while (j < tokens_.size() && tokens_[j].kind != Kind::word && tokens_[j].kind != Kind::number &&
             tokens_[j].kind != Kind::other_number && tokens_[j].kind != Kind::identifier)
        ++j;
    if (j >= tokens_.size() || tokens_[j].kind != Kind::word) return false;
    std::string_view t = tokens_[j].text;
    const std::string& want = name.words[w];
    if (name.prefix[w] ? t.substr(0, want.size()) != want : t != want) return false;
    ++j;
  }
  *end = j;
  return true;
}

void ConcentrationText::pairs(const std::vector<SubstanceName>& names,
                              std::vector<ConcentrationPair>& out) const {
  out.clear();
  if (percentages_.empty()) return;
  for (size_t i = 0; i < tokens_.size(); ++i) {
    if (tokens_[i].kind != Kind::word && tokens_[i].kind != Kind::identifier) continue;
    for (const SubstanceName& name : names) {
      size_t end = 0;
      if (!name_at(name, i, &end)) continue;
      auto named = [&] {
        std::string s;
        for (size_t k = i; k < end; ++k)
          if (tokens_[k].kind == Kind::word || tokens_[k].kind == Kind::identifier)
            (s.empty() ? s : s += ' ') += tokens_[k].text;
        return s;
      };
      // The percentage just before the name, joined by nothing or joining words.
      size_t k = i;
      while (k > 0 && i - k < 6 &&
             (tokens_[k - 1].kind == Kind::join || tokens_[k - 1].kind == Kind::range ||
              (tokens_[k - 1].kind == Kind::word && joining_word(tokens_[k - 1].text))))
        --k;
      for (const Percentage& p : percentages_)
        if (p.end == k) {
          out.push_back({named(), p.value});
          break;
        }
      // The first number after it, if it is a percentage.
      int words = 0;
      for (k = end; k < tokens_.size(); ++k) {
        Kind kind = tokens_[k].kind;
        if (kind == Kind::number) {
          if (percentage_at_[k] >= 0) out.push_back({named(), percentages_[percentage_at_[k]].value});
          break;
        }
        if (kind == Kind::other_number || kind == Kind::stop || kind == Kind::percent) break;
        if ((kind == Kind::word || kind == Kind::identifier) && ++words > kWordsAfterName) break;
      }
    }
  }
}

std::optional<ConcentrationPair> ConcentrationText::first_within(const ConcentrationTest& test) const {
  std::vector<ConcentrationPair> found;
  pairs(test.of, found);
  for (ConcentrationPair& p : found)
    if (test.bounds.contains(p.percent)) return std::move(p);
  return std::nullopt;
}

std::string ConcentrationText::evidence(const ConcentrationTest& test) const {
  auto p = first_within(test);
  if (!p) return "";
  return p->name + " " + format_percent(p->percent) + " % (" + test.bounds.str() + ")";
}

}  // namespace custos::risk
