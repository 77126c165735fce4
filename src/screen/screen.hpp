#pragma once
// Party screening: the API the risk engine and the CLI call.
//
// A Screener holds the loaded lists and an index of their names; it is
// immutable after construction and safe to use from several threads.
// screen() reads the query (a person's name, an organisation's, or either),
// finds candidates through the index (never a scan of the whole list),
// scores each with compare_names() with words weighed by how common they
// are in names (NameFrequency: the shipped table and counts over the loaded
// lists), applies the country, birth-year and alias-strength qualifiers,
// and returns the best result per list entry, highest score first. A result alerts when its score reaches
// kAlertThreshold, the one documented threshold (docs/screening.md says how
// it was chosen). Every result carries its explanation.
#include <cstdint>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/country.hpp"
#include "core/declaration.hpp"
#include "core/finding.hpp"
#include "screen/entity.hpp"
#include "screen/name_compare.hpp"
#include "screen/name_frequency.hpp"

namespace custos::screen {

inline constexpr double kAlertThreshold = 0.70;

struct ScreenQuery {
  std::optional<Country> country;  // where the party is established
  // What the party is, when known: only entries of this kind are compared,
  // and the name is read as that kind's (see Screener::read_query()).
  std::optional<EntityKind> kind;
  std::optional<int> birth_year;  // persons only
  std::size_t max_results = 5;
  double min_score = 0.50;  // results below are not returned
};

struct Qualifier {
  std::string name;   // "country", "birth year", "alias strength"
  double effect = 0;  // change to the score
  std::string reason;
};

// How a query's name is read. Said: the query's kind. Otherwise a name
// carrying a legal form or a generic organisation word is an
// organisation's, and a name that reads as a person's
// (NameFrequency::person_like()) is a person's: it is compared with persons
// and organisations only (a person is no vessel), never read as an
// organisation's acronym or initials.
struct QueryReading {
  bool said = false;
  std::optional<EntityKind> kind;  // person or organisation when inferred; nullopt: either
  std::string reason;              // in words, for the officer
};

struct ScreenResult {
  const ListEntity* entity = nullptr;  // owned by the Screener
  std::string matched_name;            // the name variant that matched, as listed
  NameStrength strength = NameStrength::primary;
  double name_score = 0;  // names only
  double score = 0;       // after qualifiers
  bool alert = false;
  NameComparison comparison;
  std::vector<Qualifier> qualifiers;
  // Why matched words weigh less than 1: (word, "a common given name; carried by 412 listed persons").
  std::vector<std::pair<std::string, std::string>> weight_reasons;
  std::uint32_t variant = 0;  // the Screener's internal name number
  QueryReading reading;       // how the query was read

  // One sentence for the officer.
  std::string summary(std::string_view query) const;
  // The list entry, the variant, the token pairs, the qualifiers.
  nlohmann::json explanation(std::string_view query) const;
};

class Screener {
 public:
  explicit Screener(std::vector<ListEntity> entities);
  ~Screener();
  Screener(const Screener&) = delete;
  Screener& operator=(const Screener&) = delete;

  std::vector<ScreenResult> screen(std::string_view name, const ScreenQuery& query = {}) const;
  // The same scoring applied to every name on the lists: the baseline the
  // benchmark measures the index against.
  std::vector<ScreenResult> screen_full_scan(std::string_view name, const ScreenQuery& query = {}) const;

  QueryReading read_query(std::string_view name, const ScreenQuery& query = {}) const;

  const std::vector<ListEntity>& entities() const { return entities_; }
  std::size_t names() const;
  // The name-frequency table the screener weighs words with (the shipped
  // table and counts over its lists).
  const NameFrequency& frequency() const;

 private:
  struct Index;
  // Fills the winner's explanation: word pairs, notes, why words weigh less.
  void explain(const PreparedName& query, const QueryReading& reading, ScreenResult& r) const;
  std::vector<ListEntity> entities_;
  std::unique_ptr<Index> index_;
};

// Screens the importer, exporter, consignor and consignee of a declaration.
// Each alerting result becomes a Finding: source "screening", id
// "LIST:ENTRY", domain strategic for sanctions and denied-party lists
// (general for an administration's own list), weight = the score, evidence =
// the explanation plus the party's role.
std::vector<Finding> screen_declaration(const Screener& screener, const Declaration& declaration);

// True for the lists that carry legal prohibitions (OFAC, UN, UK, BIS).
bool is_sanctions_list(std::string_view list);

}  // namespace custos::screen
