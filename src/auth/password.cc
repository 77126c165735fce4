#include "auth/password.hpp"

#include <sodium.h>

#include <algorithm>
#include <semaphore>
#include <stdexcept>
#include <thread>

#include "auth/errors.hpp"

namespace custos::auth {
namespace {

constexpr unsigned long long kOps = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr size_t kMem = crypto_pwhash_MEMLIMIT_INTERACTIVE;

// Caps concurrent hashes at the core count.
std::counting_semaphore<256>& hashing_slots() {
  static std::counting_semaphore<256> slots(
      static_cast<std::ptrdiff_t>(std::clamp(std::thread::hardware_concurrency(), 1u, 256u)));
  return slots;
}

struct Slot {
  Slot() { hashing_slots().acquire(); }
  ~Slot() { hashing_slots().release(); }
  Slot(const Slot&) = delete;
  Slot& operator=(const Slot&) = delete;
};

bool valid_utf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    for (size_t k = 1; k < n; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    i += n;
  }
  return true;
}

}  // namespace

void check_password_policy(std::string_view password, const std::string& field) {
  if (!valid_utf8(password)) throw InvalidInput(field, "the password is not valid UTF-8");
  size_t chars = 0;
  for (char c : password)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++chars;
  if (chars < 12) throw InvalidInput(field, "a password needs at least 12 characters");
  if (password.size() > 1024) throw InvalidInput(field, "a password may have at most 1024 bytes");
}

std::string hash_password(std::string_view password) {
  if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised");
  char out[crypto_pwhash_STRBYTES];
  Slot slot;
  if (crypto_pwhash_str(out, password.data(), password.size(), kOps, kMem) != 0)
    throw std::runtime_error("password hashing ran out of memory");
  return out;
}

bool verify_password(std::string_view hash, std::string_view password) {
  if (hash.empty() || hash.size() >= crypto_pwhash_STRBYTES) return false;
  char h[crypto_pwhash_STRBYTES] = {};
  std::copy(hash.begin(), hash.end(), h);
  Slot slot;
  return crypto_pwhash_str_verify(h, password.data(), password.size()) == 0;
}

bool password_needs_rehash(std::string_view hash) {
  if (hash.size() >= crypto_pwhash_STRBYTES) return true;
  char h[crypto_pwhash_STRBYTES] = {};
  std::copy(hash.begin(), hash.end(), h);
  return crypto_pwhash_str_needs_rehash(h, kOps, kMem) != 0;
}

void spend_verification_time(std::string_view password) {
  static const std::string dummy = hash_password("custos timing equaliser");
  (void)verify_password(dummy, password);
}

}  // namespace custos::auth
