#pragma once
// User accounts of the store's current administration (Store::set_administration):
// add, list, disable or enable, set a password, issue an API token. A
// username is unique in the whole store. Accounts are disabled, never
// deleted, so that audit entries keep their author; disabling one revokes its
// sessions and tokens at once. Every change is audited in the change's
// transaction; passwords and tokens never appear in an entry.
#include <optional>
#include <string>
#include <vector>

#include "audit/audit.hpp"
#include "auth/roles.hpp"
#include "store/store.hpp"

namespace custos::auth {

struct User {
  std::string administration;
  std::string username;
  Role role = Role::officer;
  std::string office;  // empty when the user is not bound to one office
  bool disabled = false;
  std::string created_at, updated_at;
};

struct NewUser {
  std::string username;
  Role role = Role::officer;
  std::string office;
  std::string password;
};

// 1 to 64 characters a-z, 0-9, '.', '_', '-', '@', starting with a letter or
// digit; throws InvalidInput("username") otherwise.
void check_username(const std::string& username);
// An office code: 1 to 32 characters A-Z, a-z, 0-9, '-', '_' (empty allowed).
void check_office(const std::string& office);

// Adds a user to the current administration; ConflictError when the
// username exists anywhere in the store. Hashes the password (slow: call
// outside a transaction of yours).
User add_user(Store& store, const audit::Actor& actor, const NewUser& u);
std::vector<User> list_users(Store& store);
// The user of the current administration, if any.
std::optional<User> find_user(Store& store, const std::string& username);
// The user by name in any administration (for login).
std::optional<User> find_user_anywhere(Store& store, const std::string& username);
// The stored argon2id string of a user of any administration ("" when none).
std::string password_hash_of(Store& store, const std::string& username);

// Disables (revoking every session and token) or enables; NotFound when the
// current administration has no such user. Returns false when nothing changed.
bool set_disabled(Store& store, const audit::Actor& actor, const std::string& username, bool disabled);
// Sets a new password and revokes the user's sessions.
void set_password(Store& store, const audit::Actor& actor, const std::string& username,
                  const std::string& password);

struct IssuedToken {
  std::string token;   // shown once, never stored
  std::string prefix;  // its first characters, stored, to recognise it in lists
  std::string label;
};
// A new API token for a user of the current administration
// (`Authorization: Bearer TOKEN`).
IssuedToken issue_token(Store& store, const audit::Actor& actor, const std::string& username,
                        const std::string& label);

}  // namespace custos::auth
