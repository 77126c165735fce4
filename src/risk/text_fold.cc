#include "risk/text_fold.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <stdexcept>

namespace custos::risk {
namespace {

const icu::Normalizer2& nfd() {
  static const icu::Normalizer2* n = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* p = icu::Normalizer2::getNFDInstance(status);
    if (U_FAILURE(status) || p == nullptr) throw std::runtime_error("ICU NFD normaliser unavailable");
    return p;
  }();
  return *n;
}

void append_folded(UChar32 c, std::string& out) {
  if (u_charType(c) == U_NON_SPACING_MARK) return;
  c = u_tolower(c);
  char buf[U8_MAX_LENGTH];
  int32_t len = 0;
  UBool error = false;
  U8_APPEND(buf, len, U8_MAX_LENGTH, c, error);
  if (!error) out.append(buf, static_cast<size_t>(len));
}

}  // namespace

// The same result as ICU's "NFD; [:Nonspacing Mark:] Remove; Lower"
// transliteration, one code point at a time: the compound transliterator
// was most of the cost of assessing a non-ASCII description.
void fold_text(std::string_view text, std::string& out) {
  out.clear();
  out.reserve(text.size());
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto n = static_cast<int32_t>(text.size());
  int32_t i = 0;
  const icu::Normalizer2& norm = nfd();
  icu::UnicodeString decomposition;
  while (i < n) {
    if (s[i] < 0x80) {
      char c = static_cast<char>(s[i++]);
      out.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c);
      continue;
    }
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) c = 0xFFFD;  // malformed bytes: keep the output valid UTF-8
    if (norm.getDecomposition(c, decomposition)) {
      for (int32_t k = 0; k < decomposition.length();) {
        UChar32 d = decomposition.char32At(k);
        append_folded(d, out);
        k += U16_LENGTH(d);
      }
    } else {
      append_folded(c, out);
    }
  }
}

std::string fold_text(std::string_view text) {
  std::string out;
  fold_text(text, out);
  return out;
}

}  // namespace custos::risk
