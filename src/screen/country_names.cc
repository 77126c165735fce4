#include "screen/country_names.hpp"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <cctype>
#include <string>
#include <unordered_map>

namespace custos::screen {
namespace {

std::string fold(std::string_view s) {
  std::string out;
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    if (std::isalnum(c)) out.push_back(static_cast<char>(std::tolower(c)));
  }
  return out;
}

// Spellings in the lists that ICU's English names do not cover.
constexpr std::pair<const char*, const char*> kListSpellings[] = {
    {"Russia", "RU"},
    {"Russian Federation", "RU"},
    {"Iran", "IR"},
    {"Iran (Islamic Republic of)", "IR"},
    {"Korea, North", "KP"},
    {"Democratic People's Republic of Korea", "KP"},
    {"North Korea", "KP"},
    {"Korea, South", "KR"},
    {"Republic of Korea", "KR"},
    {"Burma", "MM"},
    {"Syria", "SY"},
    {"Syrian Arab Republic", "SY"},
    {"Democratic Republic of the Congo", "CD"},
    {"Congo, Democratic Republic of the", "CD"},
    {"Republic of the Congo", "CG"},
    {"Venezuela", "VE"},
    {"Venezuela (Bolivarian Republic of)", "VE"},
    {"Bolivia", "BO"},
    {"Tanzania", "TZ"},
    {"United Republic of Tanzania", "TZ"},
    {"Vietnam", "VN"},
    {"Viet Nam", "VN"},
    {"Laos", "LA"},
    {"Lao People's Democratic Republic", "LA"},
    {"Moldova", "MD"},
    {"Republic of Moldova", "MD"},
    {"United Kingdom", "GB"},
    {"United Kingdom of Great Britain and Northern Ireland", "GB"},
    {"United States", "US"},
    {"United States of America", "US"},
    {"Turkey", "TR"},
    {"Turkiye", "TR"},
    {"Türkiye", "TR"},
    {"Palestinian", "PS"},
    {"Palestine", "PS"},
    {"West Bank", "PS"},
    {"Gaza", "PS"},
    {"State of Palestine", "PS"},
    {"Kosovo", "XK"},
    {"Macau", "MO"},
    {"Hong Kong", "HK"},
    {"Ivory Coast", "CI"},
    {"Cote d'Ivoire", "CI"},
    {"Côte d'Ivoire", "CI"},
    {"Czech Republic", "CZ"},
    {"The Bahamas", "BS"},
    {"Bahamas, The", "BS"},
    {"Gambia, The", "GM"},
    {"Brunei", "BN"},
    {"Micronesia, Federated States of", "FM"},
    {"Cabo Verde", "CV"},
    {"Swaziland", "SZ"},
    {"Eswatini", "SZ"},
    {"Macedonia", "MK"},
    {"North Macedonia", "MK"},
    {"The former Yugoslav Republic of Macedonia", "MK"},
    {"Netherlands Antilles", "CW"},
    {"Curacao", "CW"},
};

const std::unordered_map<std::string, Country>& table() {
  static const std::unordered_map<std::string, Country> t = [] {
    std::unordered_map<std::string, Country> m;
    for (const char* const* code = icu::Locale::getISOCountries(); *code != nullptr; ++code) {
      auto c = Country::parse(*code);
      if (!c) continue;
      icu::UnicodeString display;
      icu::Locale("", *code).getDisplayCountry(icu::Locale::getEnglish(), display);
      std::string utf8;
      display.toUTF8String(utf8);
      m.emplace(fold(utf8), *c);
    }
    for (const auto& [name, code] : kListSpellings)
      if (auto c = Country::parse(code)) m[fold(name)] = *c;
    return m;
  }();
  return t;
}

}  // namespace

std::optional<Country> country_from_name(std::string_view name) {
  while (!name.empty() && std::isspace(static_cast<unsigned char>(name.front()))) name.remove_prefix(1);
  while (!name.empty() && std::isspace(static_cast<unsigned char>(name.back()))) name.remove_suffix(1);
  if (name.empty()) return std::nullopt;
  if (name.size() == 2) return Country::parse(name);
  auto it = table().find(fold(name));
  if (it == table().end()) return std::nullopt;
  return it->second;
}

}  // namespace custos::screen
