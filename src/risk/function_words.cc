#include "risk/function_words.hpp"

#include <algorithm>
#include <string>
#include <unordered_set>

#include "risk/description_pattern.hpp"

namespace custos::risk {
namespace {

// Written for Custos from the grammar of each language (the kind of list a
// stop-word list holds, kept to words that never name goods). Negations
// ("without", "sans", "nicht", "без") and "other" are not listed: "without
// refrigerant" and "other articles" are claims an officer can check. Nor are
// words of fewer than three letters (says_nothing_of_goods counts them out
// anyway), nor words that fold into a word naming goods: "für" folds into
// "fur"; "pod", "care", "med", "nas", "sus", "die", "van", "pro", "din" and
// "unit" name goods in another language. Folded at first use, as
// descriptions are.
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

const std::unordered_set<std::string>& folded_words() {
  static const std::unordered_set<std::string> words = [] {
    std::unordered_set<std::string> out;
    std::string folded, text;
    for (std::string_view w : kFunctionWords) {
      fold_and_word_text(w, folded, text);
      // The word text pads and separates words with spaces.
      for (size_t at = 0; at < text.size();) {
        const size_t end = std::min(text.find(' ', at), text.size());
        if (end > at) out.insert(text.substr(at, end - at));
        at = end + 1;
      }
    }
    return out;
  }();
  return words;
}

}  // namespace

bool is_function_word(std::string_view word) { return folded_words().contains(std::string(word)); }

bool says_nothing_of_goods(std::string_view word) {
  size_t letters = 0;
  bool dense = false;
  for (size_t i = 0; i < word.size(); ++i) {
    const auto c = static_cast<unsigned char>(word[i]);
    if ((c & 0xC0) == 0x80) continue;  // a continuation byte
    ++letters;
    // The lead byte of a code point from U+2E80 on (E2 BA 80 and beyond).
    if (c >= 0xE3 || (c == 0xE2 && i + 1 < word.size() && static_cast<unsigned char>(word[i + 1]) >= 0xBA))
      dense = true;
  }
  return (!dense && letters < 3) || is_function_word(word);
}

}  // namespace custos::risk
