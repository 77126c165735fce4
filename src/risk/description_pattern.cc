#include "risk/description_pattern.hpp"

#include <hs/hs.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstdlib>

#include "risk/text_fold.hpp"

namespace custos::risk {
namespace {

bool is_word_byte(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80; }

// Beyond ASCII, letters, digits and combining marks make words; punctuation,
// spaces and symbols of any script break them (the Arabic comma and
// semicolon, guillemets, dashes, the no-break space, the ideographic comma).
bool is_word_char(UChar32 c) { return is_word_code_point(c); }

// A phrase with a word prefix inside it ("planche* de bois sculptee*"): each
// '*' must end a word, and that word then matches any word it begins. Each
// piece between stars becomes its word text, the stars "[^ ]*" (the rest of
// a word: the word text separates words by single spaces), all as one
// regular expression on the word text. The pieces hold only letters, digits,
// bytes beyond ASCII and spaces, none of which the regex syntax reads.
std::optional<DescriptionPattern> word_prefix_phrase(std::string_view entry, bool prefix,
                                                     std::string* error) {
  auto fail = [&](const char* why) -> std::optional<DescriptionPattern> {
    if (error) *error = why;
    return std::nullopt;
  };
  DescriptionPattern p;
  p.literal = false;
  p.on_words = true;
  std::string words;
  size_t start = 0;
  for (;;) {
    size_t star = entry.find('*', start);
    std::string_view piece = entry.substr(start, star == std::string_view::npos ? entry.npos : star - start);
    word_text(fold_text(piece), words);
    if (words.size() <= 2)
      return fail("a '*' must end a word: write 'word*' with a letter or digit before it");
    if (star == std::string_view::npos) {
      if (prefix) words.pop_back();
      p.expression += words.substr(1);  // its opening space is already written after "[^ ]*"
      break;
    }
    // The piece must end in a word ("x" then joins it) and what follows the
    // star must start a new one ("x" then stands alone).
    std::string probe;
    word_text(fold_text(std::string(piece) + "x"), probe);
    words.pop_back();  // the piece's closing space: the word goes on
    if (probe != words + "x ")
      return fail("a '*' must end a word: write 'word*' with a letter or digit before it");
    word_text(fold_text("x" + std::string(entry.substr(star + 1))), probe);
    if (probe.compare(0, 3, " x ") != 0)
      return fail("a '*' may only end a word ('antiq*'); for a wildcard inside a word write 're:'");
    p.expression += start == 0 ? words : words.substr(1);
    p.expression += "[^ ]* ";
    start = star + 1;
  }
  hs_expr_info_t* info = nullptr;
  hs_compile_error_t* err = nullptr;
  if (hs_expression_info(p.expression.c_str(), word_regex_pattern_flags(), &info, &err) != HS_SUCCESS) {
    std::string why = err && err->message ? err->message : "pattern rejected";
    hs_free_compile_error(err);
    if (error) *error = why;
    return std::nullopt;
  }
  std::free(info);
  return p;
}

}  // namespace

bool is_word_code_point(int32_t c) {
  if (c < 0x80) return is_word_byte(static_cast<unsigned char>(c));
  if (u_isalnum(c)) return true;
  int8_t type = u_charType(c);
  return type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK || type == U_ENCLOSING_MARK;
}

std::string fold_regex_text(std::string_view expression) {
  // Descriptions are folded before they are scanned (accents and marks
  // dropped, Hangul split into its letters, Arabic hamza seats and Greek
  // tonos removed), so the letters a pattern names must be folded the same
  // way or "زئبق", "κενή" or "웅담" would never match. ASCII is left as it
  // is: it carries the syntax (\W, \S, \D) and is matched caselessly.
  std::string out;
  out.reserve(expression.size());
  for (size_t i = 0; i < expression.size();) {
    if (static_cast<unsigned char>(expression[i]) < 0x80) {
      out.push_back(expression[i++]);
      continue;
    }
    size_t j = i;
    while (j < expression.size() && static_cast<unsigned char>(expression[j]) >= 0x80) ++j;
    out += fold_text(expression.substr(i, j - i));
    i = j;
  }
  return out;
}

unsigned literal_pattern_flags() { return HS_FLAG_SINGLEMATCH; }
unsigned regex_pattern_flags() { return HS_FLAG_CASELESS | HS_FLAG_UTF8 | HS_FLAG_SINGLEMATCH; }
// The word text is already lower case, and "[^ ]*" may run over the bytes of
// any script: no caseless or UTF-8 mode needed.
unsigned word_regex_pattern_flags() { return HS_FLAG_SINGLEMATCH; }

void word_text(std::string_view folded, std::string& out) {
  out.clear();
  out.reserve(folded.size() + 2);
  out.push_back(' ');
  const auto* bytes = reinterpret_cast<const uint8_t*>(folded.data());
  int32_t length = static_cast<int32_t>(folded.size());
  for (int32_t i = 0; i < length;) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    // fold_text always gives valid UTF-8; a stray byte is kept as a letter.
    if (c < 0 || is_word_char(c))
      out.append(folded.data() + start, static_cast<size_t>(i - start));
    else if (out.back() != ' ')
      out.push_back(' ');
  }
  if (out.back() != ' ') out.push_back(' ');
}

std::vector<std::string_view> split_words(std::string_view words) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < words.size()) {
    while (i < words.size() && words[i] == ' ') ++i;
    size_t j = words.find(' ', i);
    if (j == std::string_view::npos) j = words.size();
    if (j > i) out.push_back(words.substr(i, j - i));
    i = j;
  }
  return out;
}

void fold_and_word_text(std::string_view text, std::string& folded, std::string& words) {
  for (unsigned char c : text)
    if (c >= 0x80) {
      fold_text(text, folded);
      word_text(folded, words);
      return;
    }
  folded.resize(text.size());
  words.resize(text.size() + 2);
  char* f = folded.data();
  char* w = words.data();
  *w++ = ' ';
  bool space = true;  // the last byte of `words` is a space
  for (unsigned char c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
    *f++ = static_cast<char>(c);
    if (is_word_byte(c)) {
      *w++ = static_cast<char>(c);
      space = false;
    } else if (!space) {
      *w++ = ' ';
      space = true;
    }
  }
  if (!space) *w++ = ' ';
  words.resize(static_cast<size_t>(w - words.data()));
}

std::optional<DescriptionPattern> description_pattern(std::string_view entry, std::string* error) {
  DescriptionPattern p;
  if (entry.substr(0, 3) == "re:") {
    p.literal = false;
    p.expression = fold_regex_text(entry.substr(3));
    if (p.expression.empty()) {
      if (error) *error = "empty regular expression";
      return std::nullopt;
    }
    // Hyperscan's own parser and analysis decide, in its dialect (PCRE
    // without back-references and look-around): syntax, unsupported
    // constructs, repeats too large. No database is built, so this is about
    // 30 times faster than compiling each expression alone; the few limits
    // only a database shows are reported by the engine's compile, naming
    // the expression.
    hs_expr_info_t* info = nullptr;
    hs_compile_error_t* err = nullptr;
    if (hs_expression_info(p.expression.c_str(), regex_pattern_flags(), &info, &err) != HS_SUCCESS) {
      if (error) *error = err && err->message ? err->message : "pattern rejected";
      hs_free_compile_error(err);
      return std::nullopt;
    }
    std::free(info);
    return p;
  }
  bool prefix = !entry.empty() && entry.back() == '*';
  if (prefix) entry.remove_suffix(1);
  if (entry.find('*') != std::string_view::npos) return word_prefix_phrase(entry, prefix, error);
  word_text(fold_text(entry), p.expression);
  if (p.expression.size() <= 2) {  // nothing but the padding
    if (error) *error = "a description entry needs at least one letter or digit";
    return std::nullopt;
  }
  if (prefix) p.expression.pop_back();
  return p;
}

}  // namespace custos::risk
