#include "screen/name_normalizer.hpp"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <memory>
#include <stdexcept>
#include <unordered_map>

#include "screen/name_tables.hpp"

namespace custos::screen {

std::string_view to_string(TokenRole r) {
  switch (r) {
    case TokenRole::name: return "name";
    case TokenRole::number: return "number";
    case TokenRole::particle: return "particle";
    case TokenRole::title: return "title";
    case TokenRole::legal_form: return "legal form";
    case TokenRole::generic: return "generic word";
  }
  return "name";
}

namespace {

bool is_ascii(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
bool is_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

// Transliterators are costly to build and not meant for concurrent use: one
// per thread.
icu::Transliterator& transliterator() {
  thread_local std::unique_ptr<icu::Transliterator> t = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> tr(
        icu::Transliterator::createInstance("Any-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !tr) throw std::runtime_error("ICU transliterator Any-Latin unavailable");
    return tr;
  }();
  return *t;
}

}  // namespace

std::string fold_to_ascii(std::string_view utf8) {
  std::string out;
  if (is_ascii(utf8)) {
    out.reserve(utf8.size());
    for (char c : utf8) out.push_back(lower(c));
    return out;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCCasefoldInstance(status);
  icu::UnicodeString text =
      icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  icu::UnicodeString folded = U_SUCCESS(status) ? nfkc->normalize(text, status) : text;
  if (U_FAILURE(status)) folded = text;
  transliterator().transliterate(folded);
  std::string bytes;
  folded.toUTF8String(bytes);
  out.reserve(bytes.size());
  for (char c : bytes) out.push_back(static_cast<unsigned char>(c) < 0x80 ? lower(c) : ' ');
  return out;
}

std::vector<std::string> tokenize(std::string_view s) {
  std::vector<std::string> tokens;
  std::string cur;
  bool dotted = false;  // inside an initialism such as "s.a.s."
  auto flush = [&] {
    if (!cur.empty()) tokens.push_back(std::move(cur));
    cur.clear();
    dotted = false;
  };
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (is_alnum(c)) {
      cur.push_back(c);
    } else if (c == '\'' || c == '`') {
      // Apostrophes mark glottal stops and elisions inside one word
      // (Qa'ida, Cho'ng, O'Brien): keep the word whole.
    } else if (c == '.') {
      bool next_alnum = i + 1 < s.size() && is_alnum(s[i + 1]);
      if (next_alnum && (cur.size() == 1 || dotted)) {
        dotted = true;
      } else {
        flush();
      }
    } else if (c == '&') {
      flush();
      tokens.emplace_back("and");
    } else {
      flush();
    }
  }
  flush();
  return tokens;
}

std::uint64_t letter_classes(std::string_view text) {
  // Characters the matcher treats as lookalikes share a class, so a swap
  // between them never counts as a letter missing.
  static const std::array<std::uint8_t, 128> kClass = [] {
    std::array<std::uint8_t, 128> c{};
    for (int ch = 0; ch < 128; ++ch) c[ch] = static_cast<std::uint8_t>(ch % 64);
    const char* groups[] = {"ei1ljy", "o0u", "g9q", "b6", "5s", "ck", "nh"};
    for (const char* g : groups)
      for (const char* p = g; *p != 0; ++p)
        c[static_cast<unsigned char>(*p)] = c[static_cast<unsigned char>(g[0])];
    return c;
  }();
  std::uint64_t bits = 0;
  for (char ch : text) {
    auto u = static_cast<unsigned char>(ch);
    if (u < 128) bits |= std::uint64_t{1} << kClass[u];
  }
  return bits;
}

std::string phonetic_key(std::string_view token) {
  std::string key;
  for (char c : token) {
    char cls;
    switch (c) {
      case 'b':
      case 'p':
      case 'f':
      case 'v': cls = '1'; break;
      case 'c':
      case 'g':
      case 'j':
      case 'k':
      case 'q':
      case 's':
      case 'x':
      case 'z': cls = '2'; break;
      case 'd':
      case 't': cls = '3'; break;
      case 'l': cls = '4'; break;
      case 'm':
      case 'n': cls = '5'; break;
      case 'r': cls = '6'; break;
      default:
        if (c >= '0' && c <= '9') {
          cls = c;
          break;
        }
        continue;  // vowels, h, w, y
    }
    if (key.empty() || key.back() != cls) key.push_back(cls);
  }
  return key;
}

namespace {

struct Terms {
  std::unordered_map<std::string, std::string> legal_forms;  // phrase -> canonical
  std::size_t longest_form = 1;
  std::unordered_map<std::string, TokenRole> roles;
};

std::string join(const std::vector<std::string>& tokens, std::size_t from, std::size_t to) {
  std::string s;
  for (std::size_t i = from; i < to; ++i) {
    if (i > from) s.push_back(' ');
    s += tokens[i];
  }
  return s;
}

template <typename F>
void for_each_row(std::string_view table, F f) {
  std::size_t pos = 0;
  while (pos < table.size()) {
    std::size_t end = table.find('\n', pos);
    if (end == std::string_view::npos) end = table.size();
    std::string_view line = table.substr(pos, end - pos);
    pos = end + 1;
    if (line.empty() || line.front() == '#') continue;
    std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos) continue;
    f(line.substr(0, tab), line.substr(tab + 1));
  }
}

const Terms& terms() {
  static const Terms t = [] {
    Terms terms;
    for_each_row(legal_forms_table(), [&](std::string_view alias, std::string_view canonical) {
      auto tokens = tokenize(fold_to_ascii(alias));
      auto canon = tokenize(fold_to_ascii(canonical));
      if (tokens.empty() || canon.empty()) return;
      std::string c;
      for (const auto& part : canon) c += part;
      terms.longest_form = std::max(terms.longest_form, tokens.size());
      terms.legal_forms.emplace(join(tokens, 0, tokens.size()), c);
    });
    for_each_row(name_terms_table(), [&](std::string_view role, std::string_view word) {
      TokenRole r = role == "particle" ? TokenRole::particle
                    : role == "title"  ? TokenRole::title
                                       : TokenRole::generic;
      terms.roles.emplace(std::string(word), r);
    });
    return terms;
  }();
  return t;
}

float weight_of(TokenRole r) {
  // Why these: a legal form or generic word must never carry an alert by
  // itself, yet a mismatch ("Bank AG" vs "Bank plc") should still cost a
  // little; particles and titles are routinely dropped or added by lists.
  switch (r) {
    case TokenRole::name: return 1.0f;
    case TokenRole::number: return 1.0f;
    case TokenRole::particle: return 0.25f;
    case TokenRole::title: return 0.1f;
    case TokenRole::legal_form: return 0.3f;
    case TokenRole::generic: return 0.35f;
  }
  return 1.0f;
}

NameToken make_token(std::string text, TokenRole role) {
  NameToken t;
  t.key = phonetic_key(text);
  t.letters = letter_classes(text);
  t.text = std::move(text);
  t.role = role;
  t.weight = weight_of(role);
  t.cost = t.weight;
  return t;
}

// Numbers written as words or ordinals ("Forty-Four", "1st", "Third") are
// read as digits so that "Brigade Forty-Four" meets "Brigade 44".
int number_word(const std::string& w) {
  static const std::unordered_map<std::string, int> kWords = {
      {"zero", 0},     {"one", 1},      {"two", 2},        {"three", 3},     {"four", 4},
      {"five", 5},     {"six", 6},      {"seven", 7},      {"eight", 8},     {"nine", 9},
      {"ten", 10},     {"eleven", 11},  {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14},
      {"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},
      {"twenty", 20},  {"thirty", 30},  {"forty", 40},     {"fourty", 40},   {"fifty", 50},
      {"sixty", 60},   {"seventy", 70}, {"eighty", 80},    {"ninety", 90},   {"first", 1},
      {"second", 2},   {"third", 3},    {"fourth", 4},     {"fifth", 5},     {"sixth", 6},
      {"seventh", 7},  {"eighth", 8},   {"ninth", 9},      {"tenth", 10}};
  auto it = kWords.find(w);
  if (it != kWords.end()) return it->second;
  // 1st, 2nd, 3rd, 4th, 21st, ...
  if (w.size() >= 3 && w.size() <= 6 && w.front() >= '0' && w.front() <= '9') {
    std::string suffix = w.substr(w.size() - 2);
    std::string digits = w.substr(0, w.size() - 2);
    bool all_digits = std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (all_digits && (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th"))
      return std::stoi(digits);
  }
  return -1;
}

std::vector<std::string> read_numbers(std::vector<std::string> raw) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    int n = number_word(raw[i]);
    if (n < 0) {
      out.push_back(std::move(raw[i]));
      continue;
    }
    if (n >= 20 && n % 10 == 0 && i + 1 < raw.size()) {
      int unit = number_word(raw[i + 1]);
      if (unit > 0 && unit < 10) {
        n += unit;
        ++i;
      }
    }
    out.push_back(std::to_string(n));
  }
  return out;
}

}  // namespace

PreparedName prepare_name(std::string_view utf8) {
  const Terms& t = terms();
  PreparedName out;
  out.original = std::string(utf8);
  std::vector<std::string> raw = read_numbers(tokenize(fold_to_ascii(utf8)));
  // Legal forms sit at either end of a name ("OOO Romashka", "Siemens AG");
  // longest phrase first, and never the whole name.
  std::size_t begin = 0, end = raw.size();
  std::vector<NameToken> head, tail;
  bool found = true;
  while (found && end - begin > 1) {
    found = false;
    for (std::size_t len = std::min(t.longest_form, end - begin - 1); len >= 1; --len) {
      auto it = t.legal_forms.find(join(raw, end - len, end));
      if (it != t.legal_forms.end()) {
        tail.insert(tail.begin(), make_token(it->second, TokenRole::legal_form));
        end -= len;
        found = true;
        break;
      }
    }
  }
  found = true;
  while (found && end - begin > 1) {
    found = false;
    for (std::size_t len = std::min(t.longest_form, end - begin - 1); len >= 1; --len) {
      auto it = t.legal_forms.find(join(raw, begin, begin + len));
      if (it != t.legal_forms.end()) {
        head.push_back(make_token(it->second, TokenRole::legal_form));
        begin += len;
        found = true;
        break;
      }
    }
  }
  out.tokens = std::move(head);
  for (std::size_t i = begin; i < end; ++i) {
    TokenRole role = TokenRole::name;
    if (std::all_of(raw[i].begin(), raw[i].end(), [](char c) { return c >= '0' && c <= '9'; })) {
      role = TokenRole::number;
    } else if (auto it = t.roles.find(raw[i]); it != t.roles.end()) {
      role = it->second;
    }
    out.tokens.push_back(make_token(std::move(raw[i]), role));
  }
  for (auto& tok : tail) out.tokens.push_back(std::move(tok));
  return out;
}

std::string PreparedName::normalized() const {
  std::string s;
  for (const auto& t : tokens) {
    if (!s.empty()) s.push_back(' ');
    s += t.text;
  }
  return s;
}

float PreparedName::total_weight() const {
  float w = 0;
  for (const auto& t : tokens) w += t.weight;
  return w;
}

float PreparedName::total_cost() const {
  float c = 0;
  for (const auto& t : tokens) c += t.cost;
  return c;
}

bool looks_like_organisation(std::string_view name) { return looks_like_organisation(prepare_name(name)); }

bool looks_like_organisation(const PreparedName& name) {
  for (const auto& t : name.tokens)
    if (t.role == TokenRole::legal_form || t.role == TokenRole::generic) return true;
  return false;
}

}  // namespace custos::screen
