#pragma once
// A tariff code of the Harmonized System (2 to 10 digits: chapter, heading,
// subheading, then national digits), kept as digits so that a prefix test is
// arithmetic and codes compare as integers.
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace custos {

class HsCode {
 public:
  static constexpr int kMaxDigits = 10;

  HsCode() = default;

  // Accepts 2 to 10 digits; dots and spaces between digits ("3915.10") are
  // ignored. Anything else gives nullopt.
  static std::optional<HsCode> parse(std::string_view text);

  bool empty() const { return length_ == 0; }
  int length() const { return length_; }
  uint64_t digits() const { return value_; }

  // The first n digits (n <= length()).
  HsCode prefix(int n) const;
  // True when this code begins with the digits of `p` ("391510" starts with "3915").
  bool starts_with(HsCode p) const;

  HsCode chapter() const { return prefix(2); }
  HsCode heading() const { return prefix(4); }
  HsCode subheading() const { return prefix(6); }

  std::string str() const;  // digits with leading zeros: "0106"

  friend bool operator==(HsCode, HsCode) = default;
  friend auto operator<=>(HsCode, HsCode) = default;

 private:
  HsCode(uint64_t value, int length) : value_(value), length_(static_cast<uint8_t>(length)) {}
  uint64_t value_ = 0;
  uint8_t length_ = 0;
};

}  // namespace custos
