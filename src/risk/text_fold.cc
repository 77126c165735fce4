#include "risk/text_fold.hpp"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>
#include <stdexcept>

namespace custos::risk {
namespace {

icu::Transliterator& folder() {
  thread_local std::unique_ptr<icu::Transliterator> t = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> tr(icu::Transliterator::createInstance(
        "NFD; [:Nonspacing Mark:] Remove; NFC; Lower", UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !tr)
      throw std::runtime_error("ICU transliterator for accent folding unavailable");
    return tr;
  }();
  return *t;
}

}  // namespace

void fold_text(std::string_view text, std::string& out) {
  out.clear();
  bool ascii = true;
  for (unsigned char c : text)
    if (c >= 0x80) {
      ascii = false;
      break;
    }
  if (ascii) {
    out.resize(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
      char c = text[i];
      out[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return;
  }
  // fromUTF8 replaces malformed bytes with U+FFFD, so the output is valid UTF-8.
  icu::UnicodeString u =
      icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  folder().transliterate(u);
  u.toUTF8String(out);
}

std::string fold_text(std::string_view text) {
  std::string out;
  fold_text(text, out);
  return out;
}

}  // namespace custos::risk
