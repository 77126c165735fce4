#pragma once
// Passwords: argon2id through libsodium's crypto_pwhash_str at the
// INTERACTIVE limits (64 MiB, 2 passes; about 90 ms a hash on a 2-core
// server). At most as many hashes run at once as the machine has cores, so a
// burst of logins queues instead of exhausting memory. Passwords are never
// logged nor put in audit entries.
#include <string>
#include <string_view>

namespace custos::auth {

// At least 12 characters, at most 1024 bytes, valid UTF-8; throws
// InvalidInput naming `field` otherwise.
void check_password_policy(std::string_view password, const std::string& field = "password");

std::string hash_password(std::string_view password);
// False for a wrong password or an unreadable hash.
bool verify_password(std::string_view hash, std::string_view password);
// True when the hash was made with weaker limits than today's.
bool password_needs_rehash(std::string_view hash);
// Spends the time of one verification, for logins of unknown users (so that
// the answer's timing does not tell which usernames exist).
void spend_verification_time(std::string_view password);

}  // namespace custos::auth
