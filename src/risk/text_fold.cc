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

// Letters that have no canonical decomposition but that a reader takes for a
// plain Latin letter or pair: Turkish dotless i, Polish l with a stroke,
// Danish o with a stroke, Vietnamese and Croatian d with a stroke, German
// sharp s, the ligatures ae and oe, thorn, Maltese h with a stroke; and the
// Arabic-script letters written for one another (below). Without them
// "kırmızı" never met "kirmizi" and "złoto" never met "zloto", and a pack had
// to write every word twice. Null when `c` is not one of them.
const char* plain_letters(UChar32 c) {
  switch (c) {
    case 0x0131: return "i";   // ı
    case 0x0141:               // Ł
    case 0x0142: return "l";   // ł
    case 0x00D8:               // Ø
    case 0x00F8: return "o";   // ø
    case 0x0110:               // Đ
    case 0x0111: return "d";   // đ
    case 0x00DF:               // ß
    case 0x1E9E: return "ss";  // ẞ
    case 0x00C6:               // Æ
    case 0x00E6: return "ae";  // æ
    case 0x0152:               // Œ
    case 0x0153: return "oe";  // œ
    case 0x00DE:               // Þ
    case 0x00FE: return "th";  // þ
    case 0x0126:               // Ħ
    case 0x0127:
      return "h";  // ħ

    // Arabic script: the Persian and Urdu forms of yeh, kaf and heh, alef
    // maqsura and teh marbuta are written for the Arabic letters as often as
    // not ("شركه", "كيميائى", Persian "کلرید"), and tatweel only stretches a
    // word ("كـلـوريد"). Folded as search engines fold them.
    case 0x06CC:                   // ی Farsi yeh
    case 0x0649: return "\u064A";  // ى alef maqsura -> ي
    case 0x06A9: return "\u0643";  // ک keheh -> ك
    case 0x0629:                   // ة teh marbuta
    case 0x06C0:                   // ۀ heh with yeh above
    case 0x06C1: return "\u0647";  // ہ heh goal -> ه
    case 0x0640: return "";        // ـ tatweel
    default: return nullptr;
  }
}

}  // namespace

// The same result as ICU's "NFD; [:Nonspacing Mark:] Remove; Lower"
// transliteration, one code point at a time (the compound transliterator
// was most of the cost of assessing a non-ASCII description), with the
// letters of plain_letters() spelled out.
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
    if (const char* plain = plain_letters(c)) {
      out += plain;
    } else if (norm.getDecomposition(c, decomposition)) {
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
