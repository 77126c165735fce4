#include "risk/function_words.hpp"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <set>
#include <string>
#include <unordered_set>

#include "risk/description_pattern.hpp"
#include "risk/text_fold.hpp"

namespace custos::risk {
namespace {

// Written for Custos from the grammar of each language (the kind of list a
// stop-word list holds, kept to words that never name goods). Negations
// ("without", "sans", "nicht", "без") and "other" are not listed: "without
// refrigerant" and "other articles" are claims an officer can check. Nor are
// words of fewer than three letters (says_nothing_of_goods counts them out
// anyway), nor words that fold into a word naming goods: "für" folds into
// "fur"; "pod", "care", "med", "nas", "sus", "die", "van", "pro", "din" and
// "unit" name goods in another language (of these, the ones written
// differently, as "für" is, are kFoldingIntoGoods below). Folded at first
// use, as descriptions' words are (fold_text: each entry is a single word).
// clang-format off
constexpr std::string_view kFunctionWords[] = {
    // English
    "the", "and", "for", "with", "from", "into", "onto", "per", "via", "are", "was", "were", "its", "our",
    "their", "all", "any", "this", "that", "these", "those", "each", "only", "also", "but", "incl",
    "including", "etc", "than", "such", "which", "under", "over",
    // French
    "les", "des", "pour", "avec", "par", "sur", "dans", "une", "aux", "est", "son", "ses", "leur", "leurs",
    "qui", "que", "entre", "chez", "vers",
    // Spanish and Portuguese
    "los", "las", "del", "para", "con", "por", "una", "uno", "unos", "unas", "desde", "hasta", "com", "dos",
    "das", "uma", "uns", "umas", "seus", "suas", "pelo", "pela", "pelos", "pelas", "nos",
    // Italian
    "dei", "degli", "delle", "della", "dello", "gli", "che", "nel", "nella", "nelle", "negli", "sui",
    "sulle", "sulla",
    // German, Dutch and the Scandinavian languages
    "der", "den", "dem", "und", "mit", "aus", "von", "vom", "zum", "zur", "ein", "eine", "einer", "eines",
    "einem", "einen", "auf", "bei", "het", "een", "voor", "met", "uit", "naar", "bij", "aan", "ook", "och",
    "för", "til", "till", "fra", "från", "som", "det", "eller",
    // Polish, Czech, Slovak, Romanian, Hungarian, Turkish
    "dla", "oraz", "lub", "przez", "nebo", "jako", "pri", "nad", "pentru", "sau", "cel", "cea", "unui",
    "unei", "prin", "egy", "için", "ile", "olan", "veya", "bir", "gibi",
    // Russian, Ukrainian, Bulgarian, Serbian
    "для", "при", "под", "над", "или", "как", "что", "від", "або", "със", "като", "које",
    // Greek
    "για", "και", "του", "της", "των", "τον", "την", "από", "στο", "στη", "στην",
    // Arabic, Persian
    "على", "إلى", "الى", "التي", "الذي", "برای",
    // Indonesian, Malay, Swahili, Vietnamese, Hindi
    "dan", "untuk", "dengan", "dari", "yang", "atau", "kwa", "vya", "cho", "của", "các", "với", "những",
    "लिए",
    // counts and packings
    "pcs", "pce", "pkg", "pkgs", "qty", "ctn", "ctns", "unidades", "unid", "unités", "stk", "stück", "szt",
    "sztuk", "adet", "штук", "штуки", "pezzi", "pezzo", "peças", "piezas", "stuks", "piece", "pieces",
    "units", "unità", "unidad", "vnt", "kom", "komada", "buc", "bucăți",
};
// clang-format on

// Function words whose folding names goods, as written (lower case, NFC):
// words_written_as_function_words tells them from the goods word by the
// description's own spelling.
constexpr std::string_view kFoldingIntoGoods[] = {
    "für",  // German "for": folds into "fur"
};

// `text` in lower case, NFC (the spelling kFoldingIntoGoods compares).
std::string lower_nfc(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  icu::UnicodeString u =
      icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  u.toLower(icu::Locale::getRoot());
  if (U_SUCCESS(status)) {
    icu::UnicodeString n = nfc->normalize(u, status);
    if (U_SUCCESS(status)) u = std::move(n);
  }
  std::string out;
  u.toUTF8String(out);
  return out;
}

const std::unordered_set<std::string>& folded_words() {
  static const std::unordered_set<std::string> words = [] {
    std::unordered_set<std::string> out;
    for (std::string_view w : kFunctionWords) out.insert(fold_text(w));  // each a single word
    return out;
  }();
  return words;
}

}  // namespace

bool is_function_word(std::string_view word) { return folded_words().contains(std::string(word)); }

bool says_nothing_of_goods(std::string_view word) {
  const auto* s = reinterpret_cast<const uint8_t*>(word.data());
  const auto n = static_cast<int32_t>(word.size());
  int32_t letters = 0;
  bool dense = false;
  for (int32_t i = 0; i < n; ++letters) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    dense = dense || c >= 0x2E80;  // CJK, kana, Hangul...: scripts written without spaces
  }
  return (!dense && letters < 3) || is_function_word(word);
}

std::vector<std::string> words_written_as_function_words(std::string_view description) {
  if (std::all_of(description.begin(), description.end(),
                  [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
    return {};
  // The description in lower case, split into words as written (word_text
  // keeps every lower-case letter and digit, accented or not, and combining
  // marks, and splits on the rest).
  std::string written;
  word_text(lower_nfc(description), written);
  std::set<std::string> function_forms, other_forms;  // folded
  for (std::string_view w : split_words(written)) {
    const bool function_form = std::find(std::begin(kFoldingIntoGoods), std::end(kFoldingIntoGoods), w) !=
                               std::end(kFoldingIntoGoods);
    (function_form ? function_forms : other_forms).insert(fold_text(w));
  }
  std::vector<std::string> out;
  std::set_difference(function_forms.begin(), function_forms.end(), other_forms.begin(), other_forms.end(),
                      std::back_inserter(out));
  return out;
}

}  // namespace custos::risk
