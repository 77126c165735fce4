#pragma once
// The roles a user holds (docs/security.md has the table of who may do
// what): officers act on their own office; supervisors also override lanes;
// analysts edit profiles, lists and models and see every office; admins
// manage users; auditors read the audit log; partners see only what is
// shared with them; instructors and trainees run exercises.
#include <array>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

namespace custos::auth {

enum class Role : uint8_t { admin, analyst, supervisor, officer, partner, auditor, instructor, trainee };

inline constexpr std::array<Role, 8> kAllRoles = {Role::admin,      Role::analyst, Role::supervisor,
                                                  Role::officer,    Role::partner, Role::auditor,
                                                  Role::instructor, Role::trainee};

std::string_view role_name(Role r);
std::optional<Role> parse_role(std::string_view name);
// "admin|analyst|..." for messages and --help.
std::string role_names(std::string_view separator = "|");

// A set of roles, e.g. the roles a route admits.
class RoleSet {
 public:
  constexpr RoleSet() = default;
  constexpr RoleSet(std::initializer_list<Role> roles) {
    for (Role r : roles) bits_ |= bit(r);
  }
  static constexpr RoleSet all() {
    RoleSet s;
    for (Role r : kAllRoles) s.bits_ |= bit(r);
    return s;
  }
  constexpr bool contains(Role r) const { return (bits_ & bit(r)) != 0; }
  constexpr bool empty() const { return bits_ == 0; }
  constexpr bool operator==(const RoleSet&) const = default;

 private:
  static constexpr uint32_t bit(Role r) { return uint32_t{1} << static_cast<unsigned>(r); }
  uint32_t bits_ = 0;
};

}  // namespace custos::auth
