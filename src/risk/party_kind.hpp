#pragma once
// Whether a declared party (importer, consignee) is a private person or an
// organisation, read from its name. Explosive precursors above the limits of
// Regulation (EU) 2019/1148 may not be made available to members of the
// general public; wildlife and cultural objects smuggled by post and express
// go to private addresses; industrial quantities to a private person are a
// commercial inconsistency in every domain. Declarations say it in two ways:
// the declarant writes a designation for a natural person in the name field
// ("private person", "Privatperson", "particulier", "persona física",
// "частное лицо", "个人"...), or writes the person's name.
//
// person: a designation of a private or natural person, a title (Mr, Mrs,
//   Dr...), or a name that reads as a person's (screening's reading: no legal
//   form or generic organisation word, and common given names or surnames,
//   or a non-Latin script);
// organisation: a legal form or a generic organisation word (Ltd, GmbH,
//   S.A., Trading, Company...);
// neither (nullopt): no name, or a name that says neither.
// Thread-safe.
#include <optional>
#include <string_view>

namespace custos::risk {

enum class PartyKind : unsigned char { person, organisation };

std::optional<PartyKind> party_kind(std::string_view name);

std::string_view to_string(PartyKind k);
std::optional<PartyKind> parse_party_kind(std::string_view text);  // "person" | "organisation"

}  // namespace custos::risk
