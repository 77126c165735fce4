#pragma once
// Declarations as request bodies, and lodging them.
//
// parse_declarations() reads a body in one of three forms: canonical JSON
// (one declaration object, or an array of them), NDJSON (one object a line)
// or canonical CSV (a header row; a declaration's items on consecutive rows).
// A body that cannot be read at all (malformed JSON, a CSV without its
// header, bad UTF-8) throws BodyError with line, column and reason; a record
// that is read but invalid is a reject {line, field, reason} and the others
// go on. `line` is the line in the body (NDJSON, CSV) or, for a JSON array,
// the element's position from 1.
//
// lodge() stores the valid declarations, marks them unassessed and audits
// the lodging in one transaction, then assesses them at once
// (assess_pending, with the lane chosen under the office's capacity).
#include <cstdint>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "audit/audit.hpp"
#include "ingest/declaration_reader.hpp"
#include "risk/assessment.hpp"
#include "store/store.hpp"
#include "targeting/assessments.hpp"

namespace custos::targeting {

class Engine;

enum class BodyFormat : unsigned char { json, ndjson, csv };

// From a media type without parameters ("application/json",
// "application/x-ndjson", "text/csv"); nullopt for any other.
std::optional<BodyFormat> body_format(std::string_view media_type);

class BodyError : public std::runtime_error {
 public:
  BodyError(int64_t line, int64_t column, const std::string& reason);
  int64_t line() const { return line_; }
  int64_t column() const { return column_; }
  const std::string& reason() const { return reason_; }

 private:
  int64_t line_, column_;
  std::string reason_;
};

struct Reject {
  int64_t line = 0;
  std::string field, reason;
};

struct ParsedBody {
  std::vector<Declaration> declarations;  // the valid ones, in body order
  std::vector<Reject> rejects;            // every problem of every rejected record
  int64_t read = 0;                       // records read
  int64_t rejected = 0;                   // records rejected
};

// At most `max_records` records are read; more throw BodyError.
ParsedBody parse_declarations(std::string_view body, BodyFormat format, size_t max_records = 1000000);

struct LodgeResult {
  int64_t read = 0, stored = 0, amended = 0, rejected = 0, duplicates = 0;
  std::vector<Reject> rejects;
  std::vector<risk::Assessment> assessments;  // of the declarations stored now
  int64_t unassessed = 0;                     // stored but left for a worker (the profile set is broken)
};

// `engine` may be null: the declarations stay marked for a worker.
LodgeResult lodge(Store& store, Engine* engine, const OnlinePolicy& policy, const audit::Actor& actor,
                  ParsedBody body, std::string_view source);
// The same, the engine asked for once the declarations are stored (null: they
// stay marked for a worker), so that it is the one for the store as it now
// stands: the built-in disguise model's fit (risk::BuiltinFit) is judged with
// the lodged declarations among the administration's trade.
LodgeResult lodge(Store& store, const std::function<Engine*()>& engine_after_storing,
                  const OnlinePolicy& policy, const audit::Actor& actor, ParsedBody body,
                  std::string_view source);

}  // namespace custos::targeting
