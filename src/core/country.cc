#include "core/country.hpp"

#include <unicode/uloc.h>

#include <array>

namespace custos {
namespace {

struct CountryTable {
  std::array<bool, 26 * 26> assigned{};
  CountryTable() {
    for (const char* const* c = uloc_getISOCountries(); *c != nullptr; ++c) {
      const char* s = *c;
      if (s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z' && s[2] == '\0')
        assigned[(s[0] - 'A') * 26 + (s[1] - 'A')] = true;
    }
  }
};

const CountryTable& table() {
  static const CountryTable t;
  return t;
}

bool user_assigned(char a, char b) {
  return (a == 'A' && b == 'A') || (a == 'Q' && b >= 'M') || a == 'X' || (a == 'Z' && b == 'Z');
}

char upper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c; }

}  // namespace

bool is_iso3166_assigned(std::string_view code) {
  if (code.size() != 2) return false;
  char a = code[0], b = code[1];
  if (a < 'A' || a > 'Z' || b < 'A' || b > 'Z') return false;
  return table().assigned[(a - 'A') * 26 + (b - 'A')];
}

std::optional<Country> Country::parse(std::string_view text) {
  if (text.size() != 2) return std::nullopt;
  char a = upper(text[0]), b = upper(text[1]);
  if (a < 'A' || a > 'Z' || b < 'A' || b > 'Z') return std::nullopt;
  char code[2] = {a, b};
  if (!user_assigned(a, b) && !is_iso3166_assigned(std::string_view(code, 2))) return std::nullopt;
  return Country(static_cast<uint16_t>((a << 8) | b));
}

bool Country::is_user_assigned() const {
  return code_ != 0 && user_assigned(static_cast<char>(code_ >> 8), static_cast<char>(code_ & 0xff));
}

std::string Country::str() const {
  if (code_ == 0) return {};
  return std::string{static_cast<char>(code_ >> 8), static_cast<char>(code_ & 0xff)};
}

}  // namespace custos
