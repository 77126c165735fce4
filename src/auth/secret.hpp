#pragma once
// Random credentials and how they are kept: a session id or an API token is
// 32 random bytes (base64url), and the store keeps only its BLAKE2b-256, so
// reading the store does not give a usable credential.
#include <string>
#include <string_view>

namespace custos::auth {

// `bytes` random bytes from libsodium, as base64url without padding.
std::string random_token(size_t bytes = 32);
// BLAKE2b-256 of a credential, as 64 hex digits.
std::string credential_hash(std::string_view credential);
// BLAKE2b-256 keyed by `key` (any length; hashed first when too long), hex.
std::string keyed_hash(std::string_view key, std::string_view data);
// Compares without leaking where they differ.
bool equal_constant_time(std::string_view a, std::string_view b);
// Seconds since 1970 for "YYYY-MM-DDTHH:MM:SS[.mmm]Z"; nullopt-like -1 when unreadable.
long long parse_utc(std::string_view iso);

}  // namespace custos::auth
