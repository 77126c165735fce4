#include "targeting/lodge.hpp"

#include <nlohmann/json.hpp>

#include "risk/pipeline.hpp"
#include "targeting/engine.hpp"
#ifdef CUSTOS_TARGETING_WITH_RECORDS
#include "records/permit.hpp"
#endif

namespace custos::targeting {
namespace {

std::pair<int64_t, int64_t> line_and_column(std::string_view text, size_t offset) {
  int64_t line = 1, column = 1;
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
  return {line, column};
}

// The first byte that does not start or continue valid UTF-8, or npos.
size_t bad_utf8(std::string_view s) {
  size_t i = 0;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  while (i < s.size()) {
    const unsigned char c = p[i];
    size_t n = 0;
    uint32_t cp = 0;
    if (c < 0x80) {
      ++i;
      continue;
    } else if ((c & 0xE0) == 0xC0) {
      n = 1;
      cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      n = 2;
      cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      n = 3;
      cp = c & 0x07;
    } else {
      return i;
    }
    for (size_t k = 1; k <= n; ++k) {
      if (i + k >= s.size() || (p[i + k] & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (p[i + k] & 0x3F);
    }
    if ((n == 1 && cp < 0x80) || (n == 2 && cp < 0x800) || (n == 3 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF))
      return i;
    i += n + 1;
  }
  return std::string_view::npos;
}

}  // namespace

BodyError::BodyError(int64_t line, int64_t column, const std::string& reason)
    : std::runtime_error("line " + std::to_string(line) + ", column " + std::to_string(column) + ": " +
                         reason),
      line_(line),
      column_(column),
      reason_(reason) {}

std::optional<BodyFormat> body_format(std::string_view t) {
  if (t == "application/json") return BodyFormat::json;
  if (t == "application/x-ndjson" || t == "application/ndjson") return BodyFormat::ndjson;
  if (t == "text/csv") return BodyFormat::csv;
  return std::nullopt;
}

ParsedBody parse_declarations(std::string_view body, BodyFormat format, size_t max_records) {
  if (const size_t bad = bad_utf8(body); bad != std::string_view::npos) {
    auto [l, c] = line_and_column(body, bad);
    throw BodyError(l, c, "the text is not valid UTF-8");
  }
  std::string ndjson;
  Format reader_format = format == BodyFormat::csv ? Format::csv : Format::ndjson;
  std::string_view text = body;
  if (format == BodyFormat::json) {
    nlohmann::json doc;
    try {
      doc = nlohmann::json::parse(body);
    } catch (const nlohmann::json::parse_error& e) {
      auto [l, c] = line_and_column(body, e.byte > 0 ? e.byte - 1 : 0);
      std::string what = e.what();
      if (auto k = what.find("syntax error"); k != std::string::npos) what = what.substr(k);
      throw BodyError(l, c, what);
    } catch (const nlohmann::json::out_of_range& e) {
      // A number beyond a double's range ("1E400"): refused like a syntax error.
      std::string what = e.what();
      if (auto k = what.find("] "); k != std::string::npos) what = what.substr(k + 2);
      throw BodyError(1, 1, what);
    }
    if (doc.is_object()) {
      ndjson = doc.dump() + "\n";
    } else if (doc.is_array()) {
      if (doc.size() > max_records)
        throw BodyError(1, 1, "more than " + std::to_string(max_records) + " declarations in one body");
      for (size_t i = 0; i < doc.size(); ++i) {
        // Keep one line per element so that a reject's line is its position.
        ndjson += doc[i].is_object() ? doc[i].dump() : std::string("{\"declaration_id\":null}");
        ndjson += "\n";
      }
    } else {
      throw BodyError(1, 1, "expected a declaration object or an array of them");
    }
    text = ndjson;
  } else if (body.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    throw BodyError(1, 1,
                    format == BodyFormat::csv ? "the body is empty (no header row)" : "the body is empty");
  }
  ParsedBody out;
  std::unique_ptr<DeclarationReader> reader;
  try {
    reader = std::make_unique<DeclarationReader>(text, reader_format, "body", ReaderOptions{});
  } catch (const std::exception& e) {
    std::string what = e.what();
    if (what.rfind("body:1: ", 0) == 0) what = what.substr(8);
    if (what.rfind("body: ", 0) == 0) what = what.substr(6);
    throw BodyError(1, 1, what);
  }
  ReadRecord r;
  while (reader->next(r)) {
    if (static_cast<size_t>(++out.read) > max_records)
      throw BodyError(r.line, 1, "more than " + std::to_string(max_records) + " declarations in one body");
    if (r.ok()) {
      out.declarations.push_back(std::move(*r.declaration));
      continue;
    }
    ++out.rejected;
    for (const Problem& p : r.problems) out.rejects.push_back({p.line, p.field, p.reason});
  }
  return out;
}

LodgeResult lodge(Store& store, Engine* engine, const OnlinePolicy& policy, const audit::Actor& actor,
                  ParsedBody body, std::string_view source) {
  return lodge(
      store, [engine] { return engine; }, policy, actor, std::move(body), source);
}

LodgeResult lodge(Store& store, const std::function<Engine*()>& engine_after_storing,
                  const OnlinePolicy& policy, const audit::Actor& actor, ParsedBody body,
                  std::string_view source) {
  LodgeResult out;
  out.read = body.read;
  out.rejected = body.rejected;
  out.rejects = std::move(body.rejects);
  std::vector<std::pair<std::string, int>> lodged;
  {
    sql::Transaction tx(store.sql());
    std::vector<PutStatus> st;
    if (!body.declarations.empty()) st = store.put_batch(body.declarations, source);
    nlohmann::json ids = nlohmann::json::array();
    for (size_t i = 0; i < st.size(); ++i) {
      if (st[i] == PutStatus::duplicate) {
        ++out.duplicates;
        continue;
      }
      ++out.stored;
      if (st[i] == PutStatus::amended) ++out.amended;
      const std::string& id = body.declarations[i].id;
      auto h = store.history(id);
      lodged.emplace_back(id, h.empty() ? 1 : h.back().version);
      if (ids.size() < 1000) ids.push_back(id);
    }
    mark_unassessed(store, lodged);
#ifdef CUSTOS_TARGETING_WITH_RECORDS
    // What each new or amended declaration draws on its permits, in the same
    // transaction, so the next declaration's permit check sees the balance.
    if (!lodged.empty() && records::has_permits(store))
      for (size_t i = 0; i < st.size(); ++i)
        if (st[i] != PutStatus::duplicate) records::record_draws(store, body.declarations[i]);
#endif
    audit::record(store, actor, "declarations.lodge", "declarations:" + std::string(source),
                  {{"read", out.read},
                   {"stored", out.stored},
                   {"amended", out.amended},
                   {"rejected", out.rejected},
                   {"duplicates", out.duplicates},
                   {"ids", ids}});
    tx.commit();
  }
  Engine* engine = lodged.empty() ? nullptr : engine_after_storing();
  if (engine == nullptr || lodged.empty()) {
    out.unassessed = static_cast<int64_t>(lodged.size());
    return out;
  }
  out.assessments = assess_pending(store, *engine, policy, 0, &lodged);
  out.unassessed = static_cast<int64_t>(lodged.size()) - static_cast<int64_t>(out.assessments.size());
  return out;
}

}  // namespace custos::targeting
