#pragma once
// Cases group declarations, seizures, parties and spectra results. Every
// change is a timeline row (who, when, what, old and new value) and an
// audit entry, in one transaction. Nobody edits another's notes: notes and
// timeline rows are only ever appended.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "audit/audit.hpp"
#include "records/seizure_store.hpp"
#include "store/store.hpp"

namespace custos::records {

inline constexpr std::string_view kCaseStatuses[] = {"open", "investigating", "referred", "closed"};
inline constexpr std::string_view kCaseLinkKinds[] = {"declaration", "seizure", "party", "spectrum"};
inline constexpr std::string_view kTaskStatuses[] = {"open", "done", "cancelled"};

struct CaseLink {
  std::string kind, ref, added_by, added_at;
};
struct CaseNote {
  int64_t seq = 0;
  std::string author, at, text;
};
struct CaseTask {
  int64_t seq = 0;
  std::string title, assignee, status, created_by, created_at;
};
struct TimelineEntry {
  int64_t seq = 0;
  std::string at, actor, what, old_value, new_value;
};
struct Case {
  std::string id, title, status, created_by, created_at, updated_at;
  std::vector<CaseLink> links;
  std::vector<CaseNote> notes;
  std::vector<CaseTask> tasks;
  std::vector<TimelineEntry> timeline;
};

nlohmann::json to_json(const Case& c);

// Thrown for a value that is not allowed (bad status, link kind, empty title).
class BadValue : public std::invalid_argument {
 public:
  BadValue(std::string field, const std::string& reason)
      : std::invalid_argument(reason), field(std::move(field)) {}
  std::string field;
};

Case create_case(Store& store, std::string_view title, const audit::Actor& actor);
std::optional<Case> get_case(Store& store, std::string_view id);  // with links, notes, tasks, timeline
std::vector<Case> list_cases(Store& store);                       // without them
// The following throw NotFound for an unknown case (or another administration's) and BadValue.
void link_case(Store& store, std::string_view id, std::string_view kind, std::string_view ref,
               const audit::Actor& actor);
void set_case_status(Store& store, std::string_view id, std::string_view status, const audit::Actor& actor);
void set_case_title(Store& store, std::string_view id, std::string_view title, const audit::Actor& actor);
CaseNote add_case_note(Store& store, std::string_view id, std::string_view text, const audit::Actor& actor);
CaseTask add_case_task(Store& store, std::string_view id, std::string_view title, std::string_view assignee,
                       const audit::Actor& actor);
void set_task_status(Store& store, std::string_view id, int64_t task, std::string_view status,
                     const audit::Actor& actor);

}  // namespace custos::records
