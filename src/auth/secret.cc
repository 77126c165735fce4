#include "auth/secret.hpp"

#include <sodium.h>

#include <cstdio>
#include <ctime>
#include <stdexcept>
#include <vector>

namespace custos::auth {
namespace {

void ensure_sodium() {
  static const bool ok = sodium_init() >= 0;
  if (!ok) throw std::runtime_error("libsodium could not be initialised");
}

}  // namespace

std::string random_token(size_t bytes) {
  ensure_sodium();
  std::vector<unsigned char> raw(bytes);
  randombytes_buf(raw.data(), raw.size());
  std::string out(sodium_base64_ENCODED_LEN(bytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
  sodium_bin2base64(out.data(), out.size(), raw.data(), raw.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  out.resize(out.find('\0'));
  sodium_memzero(raw.data(), raw.size());
  return out;
}

std::string keyed_hash(std::string_view key, std::string_view data) {
  ensure_sodium();
  unsigned char k[crypto_generichash_KEYBYTES_MAX];
  size_t klen = key.size();
  if (klen > sizeof k || klen < crypto_generichash_KEYBYTES_MIN) {
    crypto_generichash(k, 32, reinterpret_cast<const unsigned char*>(key.data()), key.size(), nullptr, 0);
    klen = 32;
  } else {
    std::copy(key.begin(), key.end(), k);
  }
  unsigned char out[32];
  crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char*>(data.data()), data.size(), k,
                     klen);
  char hex[65];
  sodium_bin2hex(hex, sizeof hex, out, sizeof out);
  sodium_memzero(k, sizeof k);
  return std::string(hex, 64);
}

std::string credential_hash(std::string_view credential) {
  ensure_sodium();
  unsigned char out[32];
  crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char*>(credential.data()),
                     credential.size(), nullptr, 0);
  char hex[65];
  sodium_bin2hex(hex, sizeof hex, out, sizeof out);
  return std::string(hex, 64);
}

bool equal_constant_time(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  return sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

long long parse_utc(std::string_view iso) {
  std::tm tm{};
  const std::string s(iso);
  if (std::sscanf(s.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday, &tm.tm_hour,
                  &tm.tm_min, &tm.tm_sec) != 6)
    return -1;
  tm.tm_year -= 1900;
  tm.tm_mon -= 1;
  return static_cast<long long>(timegm(&tm));
}

}  // namespace custos::auth
