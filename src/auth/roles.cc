#include "auth/roles.hpp"

namespace custos::auth {

std::string_view role_name(Role r) {
  switch (r) {
    case Role::admin: return "admin";
    case Role::analyst: return "analyst";
    case Role::supervisor: return "supervisor";
    case Role::officer: return "officer";
    case Role::partner: return "partner";
    case Role::auditor: return "auditor";
    case Role::instructor: return "instructor";
    case Role::trainee: return "trainee";
  }
  return "unknown";
}

std::optional<Role> parse_role(std::string_view name) {
  for (Role r : kAllRoles)
    if (role_name(r) == name) return r;
  return std::nullopt;
}

std::string role_names(std::string_view separator) {
  std::string out;
  for (Role r : kAllRoles) {
    if (!out.empty()) out += separator;
    out += role_name(r);
  }
  return out;
}

}  // namespace custos::auth
