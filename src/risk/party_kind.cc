#include "risk/party_kind.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "risk/description_pattern.hpp"
#include "risk/text_fold.hpp"
#include "screen/name_frequency.hpp"
#include "screen/name_normalizer.hpp"

namespace custos::risk {
namespace {

// What declarants and postal declarations (CN22/CN23) write in a party's
// name field for a natural person, in the languages of the declarations the
// project reads: "private person", "natural person" and their equivalents
// (personne physique, persona física, pessoa física, osoba fizyczna,
// физическое лицо, gerçek kişi, شخص طبيعي, 自然人). Project-authored.
// A name that begins with one of these is a person's: "Privatperson
// (Müller)", "Particulier - M. Dupont". (Turkish "şahıs" is left out: "şahıs
// şirketi" is a sole proprietorship.)
constexpr std::array<std::string_view, 34> kDesignations{
    "private person",
    "private individual",
    "private customer",
    "natural person",
    "privatperson",
    "privatkunde",
    "natürliche person",
    "particulier",
    "personne physique",
    "persona física",
    "persona fisica",
    "persona privata",
    "pessoa física",
    "pessoa fisica",
    "particulier persoon",
    "privépersoon",
    "natuurlijk persoon",
    "osoba prywatna",
    "osoba fizyczna",
    "частное лицо",
    "физическое лицо",
    "физ лицо",
    "приватна особа",
    "фізична особа",
    "gerçek kişi",
    "شخص طبيعي",
    "个人",
    "私人",
    "自然人",
    "個人",
    "cá nhân",
    "pribadi",
    "soukromá osoba",
    "fyzická osoba",
};

// Words that say "a private person" only when they are the whole name:
// "Private" and "Individual" alone do, "Individual Pet Supplies" does not.
constexpr std::array<std::string_view, 8> kWholeNameDesignations{
    "private", "individual", "particular", "privato", "privata", "bireysel", "فرد", "شخصي",
};

// A list folded to the word form of descriptions (" private person "), so
// that a prefix match ends on a word boundary.
std::vector<std::string> folded(const auto& list) {
  std::vector<std::string> out;
  std::string words;
  for (std::string_view d : list) {
    word_text(fold_text(d), words);
    out.push_back(words);
  }
  return out;
}

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
bool ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Legal forms and trade abbreviations that screening cannot take as such,
// because without their dots they fold to a name word: German "e.K."
// (eingetragener Kaufmann, HGB s. 19(1) no. 1; "Ek" is a Swedish surname),
// Greek "I.K.E." (idiotiki kefalaiouchiki etaireia, Law 4072/2012 art. 43;
// "Ike" is an Igbo surname), Serbian "a.d." (akcionarsko drustvo, Zakon o
// privrednim drustvima art. 246; "Ad" is a Dutch given name) at the end of a
// name, Polish "P.H.U." (przedsiebiorstwo handlowo-uslugowe; "Phu" is a
// Vietnamese name) at its start. Read here, with their dots.
struct DottedForm {
  std::string_view text;  // lower case where ASCII
  bool at_end;
};
constexpr std::array<DottedForm, 9> kDottedForms{{
    {"e.k.", true},
    {"e.k", true},
    {"e. k.", true},
    {"i.k.e.", true},
    {"ι.κ.ε.", true},
    {"Ι.Κ.Ε.", true},
    {"a.d.", true},
    {"p.h.u.", false},
    {"p.p.h.u.", false},
}};

bool same_ascii_folded(std::string_view text, std::string_view form) {
  if (text.size() != form.size()) return false;
  for (std::size_t i = 0; i < form.size(); ++i)
    if (ascii_lower(text[i]) != form[i]) return false;
  return true;
}

bool dotted_form(std::string_view name) {
  while (!name.empty() && (name.back() == ' ' || name.back() == '\t' || name.back() == ')'))
    name.remove_suffix(1);
  while (!name.empty() && name.front() == ' ') name.remove_prefix(1);
  for (const DottedForm& f : kDottedForms) {
    if (name.size() <= f.text.size()) continue;
    if (f.at_end) {
      char before = name[name.size() - f.text.size() - 1];
      if ((before == ' ' || before == ',' || before == '(') &&
          same_ascii_folded(name.substr(name.size() - f.text.size()), f.text))
        return true;
    } else if (name[f.text.size()] == ' ' && same_ascii_folded(name.substr(0, f.text.size()), f.text)) {
      return true;
    }
  }
  return false;
}

// Two dotted initials that open a name ("S.A. Khan", "A. S. Kumar", "M.E.
// Santos") fold to the same word as a legal form (SA, AS, ME...): the length
// of that opening, or 0. Legal forms that open a name are written without
// dots ("AO Gazprom", "PT Sumber Makmur").
std::size_t leading_initials(std::string_view name) {
  std::size_t i = 0;
  auto skip_spaces = [&] {
    while (i < name.size() && name[i] == ' ') ++i;
  };
  skip_spaces();
  for (int letter = 0; letter < 2; ++letter) {
    if (i + 1 >= name.size() || !ascii_letter(name[i]) || name[i + 1] != '.') return 0;
    i += 2;
    skip_spaces();
  }
  return i < name.size() && name[i - 1] == ' ' ? i : 0;
}

bool ends_with_accented_sa(std::string_view name) {
  while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
  for (std::string_view sa : {" Sá", " sá", " SÁ"})
    if (name.size() >= sa.size() && name.substr(name.size() - sa.size()) == sa) return true;
  return false;
}

bool designates_person(std::string_view name) {
  static const std::vector<std::string> prefixes = folded(kDesignations);
  static const std::vector<std::string> whole = folded(kWholeNameDesignations);
  std::string words;
  word_text(fold_text(name), words);
  for (const std::string& d : prefixes)
    if (words.compare(0, d.size(), d) == 0) return true;
  for (const std::string& d : whole)
    if (words == d) return true;
  return false;
}

// Titles that name tables leave out because they are abbreviations or also
// ordinary words, read only at the start of the name, written as a title is
// ("Sr. J. Puig", "Sig. A. Ferri", "Hr. Jensen", "Dott.ssa Bianchi").
bool leading_short_title(std::string_view name) {
  // Only with their dot: "SR Technics", "Hr Solutions" stay names.
  static constexpr std::array<std::string_view, 13> kTitles{
      "sr. ", "sres. ", "sig. ",     "sig.ra ", "sig.na ", "sigg. ", "hr. ",
      "mw. ", "dott. ", "dott.ssa ", "ing. ",   "avv. ",   "dna. ",
  };
  name.remove_prefix(std::min(name.find_first_not_of(' '), name.size()));
  for (std::string_view t : kTitles)
    if (name.size() > t.size() && same_ascii_folded(name.substr(0, t.size()), t)) return true;
  return false;
}

}  // namespace

std::optional<PartyKind> party_kind(std::string_view name) {
  if (name.find_first_not_of(" \t\r\n") == std::string_view::npos) return std::nullopt;
  if (dotted_form(name)) return PartyKind::organisation;
  screen::PreparedName prepared = screen::prepare_name(name);
  // "S.A. Khan" is a person's initials, not a Spanish company's legal form:
  // read the name without them.
  if (std::size_t n = leading_initials(name);
      n > 0 && !prepared.tokens.empty() && prepared.tokens.front().role == screen::TokenRole::legal_form)
    prepared = screen::prepare_name(name.substr(n));
  // The Portuguese surname Sá ("João de Sá") folds to "sa", an S.A.; the
  // legal form is never written with the accent.
  if (ends_with_accented_sa(name) && !prepared.tokens.empty() &&
      prepared.tokens.back().role == screen::TokenRole::legal_form)
    prepared.tokens.back().role = screen::TokenRole::name;
  if (screen::looks_like_organisation(prepared)) return PartyKind::organisation;
  if (designates_person(name)) return PartyKind::person;
  // A title or honorific anywhere (screening's name_terms.tsv: Mr, Dr,
  // Sheikh, Herr, Mme, Sra...): "Herr M. Leitner", "Mme L. Dupont".
  for (const auto& t : prepared.tokens)
    if (t.role == screen::TokenRole::title) return PartyKind::person;
  if (leading_short_title(name)) return PartyKind::person;
  // Two dotted initials and a surname of one or two words ("M. L. Garnier"):
  // how a person is written on a parcel; a company would carry a form or a
  // trade word. (One initial, "J. Puig", is left to the name tables.)
  if (std::size_t n = leading_initials(name); n > 0) {
    std::string rest;
    word_text(fold_text(name.substr(n)), rest);
    if (std::count(rest.begin(), rest.end(), ' ') <= 3) return PartyKind::person;
  }
  if (screen::NameFrequency::shipped().person_like(prepared)) return PartyKind::person;
  return std::nullopt;
}

std::string_view to_string(PartyKind k) { return k == PartyKind::person ? "person" : "organisation"; }

std::optional<PartyKind> parse_party_kind(std::string_view text) {
  if (text == "person") return PartyKind::person;
  if (text == "organisation" || text == "organization") return PartyKind::organisation;
  return std::nullopt;
}

}  // namespace custos::risk
