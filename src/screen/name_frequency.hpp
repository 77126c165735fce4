#pragma once
// How common a word is in people's names. A match on "Mohammed" or "Maria"
// says less about who a party is than a match on "Naqdi", so the matcher
// weighs name words by how common they are, and a common given name alone
// never makes an alert.
//
// Two sources, combined by taking the lower weight:
//  * the project's table of common given names and surnames of many
//    cultures (data/screening/name_frequency.tsv, compiled in; sources cited
//    there): a common given name weighs kGivenNameWeight, a common surname
//    kSurnameWeight;
//  * when built from lists, how many listed persons carry the word: up to
//    kRareWordPersons persons it weighs 1, and each doubling takes off
//    kWeightPerDoubling, down to kMinWeight (words such as "mohammad" or
//    "kim" are carried by hundreds of listed persons).
// Only name words are weighed this way; particles, titles, legal forms,
// generic words and numbers keep their role's weight. A word's weight is
// the evidence a match on it carries; a word left unmatched still costs
// its role's full weight (NameToken::cost): a different given name is a
// different person however common it is. Immutable once built; safe to
// share between threads.
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "screen/entity.hpp"
#include "screen/name_normalizer.hpp"

namespace custos::screen {

inline constexpr float kGivenNameWeight = 0.5f;
inline constexpr float kSurnameWeight = 0.6f;
inline constexpr std::uint32_t kRareWordPersons = 10;
inline constexpr float kWeightPerDoubling = 0.1f;
inline constexpr float kMinWeight = 0.4f;

struct WordFrequency {
  float weight = 1.0f;
  bool given_name = false;           // in the table as a common given name
  bool surname = false;              // in the table as a common surname
  std::uint32_t listed_persons = 0;  // listed persons whose names carry it
  std::uint32_t listed_organisations = 0;
  bool organisation_word = false;  // carried by more listed organisations than persons
};

class NameFrequency {
 public:
  // The shipped table only (what labelled-pair evaluation uses).
  NameFrequency();
  // The shipped table and the counts over the persons of `entities`.
  explicit NameFrequency(const std::vector<ListEntity>& entities);
  static const NameFrequency& shipped();

  // Building from lists whose names are already prepared: count each
  // listed entity once (all its names), then finish() before any lookup.
  void count_listed(const std::vector<const PreparedName*>& names, bool person);
  void finish();

  WordFrequency lookup(std::string_view word) const;
  // Sets the weight and the given-name flag of every name word.
  void apply(PreparedName& name) const;
  // True when the name reads as a person's: no legal form, generic word or
  // number, and either written in a non-Latin script, or holding words
  // known from people's names (the table, or two listed persons) at least
  // as many as words known mostly from organisations'. Such a name is never
  // read as an acronym or as initials of an organisation.
  bool person_like(const PreparedName& name) const;

  // Why a word weighs what it does, in words ("a common given name",
  // "carried by 412 listed persons"); "" for a word of full weight.
  std::string reason(std::string_view word) const;

 private:
  std::unordered_map<std::string, WordFrequency> words_;
};

}  // namespace custos::screen
