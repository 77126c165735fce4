#include "core/hs_code.hpp"

#include <array>

namespace custos {
namespace {
constexpr std::array<uint64_t, 11> kPow10 = {1ULL,         10ULL,         100ULL,        1000ULL,
                                             10000ULL,     100000ULL,     1000000ULL,    10000000ULL,
                                             100000000ULL, 1000000000ULL, 10000000000ULL};
}  // namespace

std::optional<HsCode> HsCode::parse(std::string_view text) {
  uint64_t value = 0;
  int length = 0;
  bool last_was_digit = false;
  for (char c : text) {
    if (c >= '0' && c <= '9') {
      if (length == kMaxDigits) return std::nullopt;
      value = value * 10 + static_cast<uint64_t>(c - '0');
      ++length;
      last_was_digit = true;
    } else if ((c == '.' || c == ' ') && last_was_digit) {
      last_was_digit = false;  // a separator must sit between digits
    } else {
      return std::nullopt;
    }
  }
  if (length < 2 || !last_was_digit) return std::nullopt;
  return HsCode(value, length);
}

HsCode HsCode::prefix(int n) const {
  if (n >= length_) return *this;
  if (n <= 0) return HsCode();
  return HsCode(value_ / kPow10[length_ - n], n);
}

bool HsCode::starts_with(HsCode p) const {
  if (p.length_ > length_) return false;
  return value_ / kPow10[length_ - p.length_] == p.value_;
}

std::string HsCode::str() const {
  std::string s(length_, '0');
  uint64_t v = value_;
  for (int i = length_ - 1; i >= 0; --i) {
    s[i] = static_cast<char>('0' + v % 10);
    v /= 10;
  }
  return s;
}

}  // namespace custos
