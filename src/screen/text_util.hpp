#pragma once
// Small string helpers the importers share.
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace custos::screen {

std::string trim(std::string_view s);
bool is_digits(std::string_view s);
std::vector<std::string> split(std::string_view s, std::string_view separator);
std::string join_nonempty(std::initializer_list<std::string> parts, std::string_view separator);

}  // namespace custos::screen
