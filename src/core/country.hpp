#pragma once
// ISO 3166-1 alpha-2 country codes. The list of assigned codes comes from ICU.
// Codes in the user-assigned ranges (AA, QM-QZ, XA-XZ, ZZ) are accepted too:
// administrations use them for "unknown" (ZZ) or for places ISO does not list
// (XK), so they are kept, and is_user_assigned() tells them apart.
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace custos {

class Country {
 public:
  Country() = default;

  // Two ASCII letters, either case; nullopt when not an ISO 3166-1 alpha-2
  // code and not user-assigned.
  static std::optional<Country> parse(std::string_view text);

  bool empty() const { return code_ == 0; }
  bool is_user_assigned() const;
  // True for ZZ and the other user-assigned codes used to say "unknown".
  bool is_unknown() const { return is_user_assigned(); }
  std::string str() const;
  // A small integer (0..675) usable as an array index.
  uint16_t index() const { return static_cast<uint16_t>((code_ >> 8) - 'A') * 26 + ((code_ & 0xff) - 'A'); }

  friend bool operator==(Country, Country) = default;
  friend auto operator<=>(Country, Country) = default;

 private:
  explicit Country(uint16_t code) : code_(code) {}
  uint16_t code_ = 0;  // first letter in the high byte
};

// True when `code` is an assigned ISO 3166-1 alpha-2 code (upper case).
bool is_iso3166_assigned(std::string_view code);

}  // namespace custos
