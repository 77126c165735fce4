// Cases of the caller's administration: list, open, show (with links, notes,
// tasks and the timeline), link, note, task, status (docs/records.md).
#include "records/cases.hpp"
#include "server/api_error.hpp"
#include "server/json_body.hpp"
#include "server/request_context.hpp"

namespace custos::server {
namespace {

using auth::Role;
const Access kReaders =
    Access::only({Role::admin, Role::analyst, Role::supervisor, Role::officer, Role::auditor});
const Access kWriters = Access::only({Role::admin, Role::analyst, Role::supervisor, Role::officer});

// A sentence the records module's refusal may be (error_catalog.cc), with
// the values the handler knows; said() keeps the one that is the refusal
// word for word.
struct Candidate {
  const char* id;
  std::vector<std::pair<std::string, std::string>> params;
};

template <size_t N>
std::string listed(const std::string_view (&list)[N]) {
  std::string s;
  for (std::string_view x : list) s += (s.empty() ? "" : ", ") + std::string(x);
  return s;
}

// Runs a change, turning the records module's refusals into API errors.
template <class F>
Reply changing(RequestContext& ctx, F f, const std::vector<Candidate>& candidates = {}) {
  auto with = [&](ApiError e) {
    e.said("no_case_quoted", {{"id", ctx.param("case_id")}});
    for (const Candidate& c : candidates) e.said(c.id, c.params);
    return e;
  };
  try {
    f();
  } catch (const records::NotFound& e) {
    throw with(ApiError("not_found", "", e.what()));
  } catch (const records::BadValue& e) {
    throw with(ApiError("invalid_value", e.field, e.what()));
  }
  return Reply::json(records::to_json(*records::get_case(ctx.store(), ctx.param("case_id"))));
}

void require(RequestContext& ctx) {
  if (!records::get_case(ctx.store(), ctx.param("case_id")))
    throw ApiError("not_found", "", "no case " + ctx.param("case_id"))
        .said("no_case", {{"id", ctx.param("case_id")}});
}

Reply list(RequestContext& ctx) {
  ctx.only_query({});
  nlohmann::json arr = nlohmann::json::array();
  for (const auto& c : records::list_cases(ctx.store()))
    arr.push_back({{"id", c.id},
                   {"title", c.title},
                   {"status", c.status},
                   {"created_by", c.created_by},
                   {"created_at", c.created_at},
                   {"updated_at", c.updated_at}});
  return Reply::json({{"cases", arr}});
}

Reply create(RequestContext& ctx) {
  ctx.only_query({});
  JsonFields f(ctx.json());
  const std::string title = f.string("title");
  f.done();
  if (title.empty()) throw ApiError("invalid_value", "title", "a case needs a title").said("case_title");
  return Reply::json(records::to_json(records::create_case(ctx.store(), title, ctx.actor())), 201);
}

Reply show(RequestContext& ctx) {
  ctx.only_query({});
  auto c = records::get_case(ctx.store(), ctx.param("case_id"));
  if (!c)
    throw ApiError("not_found", "", "no case " + ctx.param("case_id"))
        .said("no_case", {{"id", ctx.param("case_id")}});
  return Reply::json(records::to_json(*c));
}

Reply link(RequestContext& ctx) {
  ctx.only_query({});
  require(ctx);
  JsonFields f(ctx.json());
  const std::string kind = f.string("kind"), ref = f.string("ref");
  f.done();
  return changing(ctx, [&] { records::link_case(ctx.store(), ctx.param("case_id"), kind, ref, ctx.actor()); },
                  {{"not_one_of_value", {{"value", kind}, {"values", listed(records::kCaseLinkKinds)}}},
                   {"empty_reference", {}},
                   {"no_seizure_quoted", {{"id", ref}}},
                   {"no_declaration_quoted", {{"id", ref}}}});
}

Reply note(RequestContext& ctx) {
  ctx.only_query({});
  require(ctx);
  JsonFields f(ctx.json());
  const std::string text = f.string("text");
  f.done();
  return changing(ctx, [&] { records::add_case_note(ctx.store(), ctx.param("case_id"), text, ctx.actor()); },
                  {{"empty_note", {}}});
}

Reply task(RequestContext& ctx) {
  ctx.only_query({});
  require(ctx);
  JsonFields f(ctx.json());
  auto seq = f.optional_integer("task", 1, INT64_MAX);
  auto title = f.optional_string("title");
  auto assignee = f.optional_string("assignee");
  auto status = f.optional_string("status");
  f.done();
  return changing(
      ctx,
      [&] {
        if (seq)
          records::set_task_status(ctx.store(), ctx.param("case_id"), *seq, status.value_or("done"),
                                   ctx.actor());
        else if (!title)
          throw records::BadValue("title",
                                  "a new task needs a title (or give 'task' and 'status' to change one)");
        else
          records::add_case_task(ctx.store(), ctx.param("case_id"), *title, assignee.value_or(""),
                                 ctx.actor());
      },
      {{"not_one_of_value", {{"value", status.value_or("done")}, {"values", listed(records::kTaskStatuses)}}},
       {"no_task", {{"case", ctx.param("case_id")}, {"task", seq ? std::to_string(*seq) : ""}}},
       {"new_task_title", {}},
       {"task_title", {}}});
}

Reply status(RequestContext& ctx) {
  ctx.only_query({});
  require(ctx);
  JsonFields f(ctx.json());
  const std::string s = f.string("status");
  auto title = f.optional_string("title");
  f.done();
  return changing(
      ctx,
      [&] {
        records::set_case_status(ctx.store(), ctx.param("case_id"), s, ctx.actor());
        if (title) records::set_case_title(ctx.store(), ctx.param("case_id"), *title, ctx.actor());
      },
      {{"not_one_of_value", {{"value", s}, {"values", listed(records::kCaseStatuses)}}}, {"case_title", {}}});
}

}  // namespace

void register_cases_routes(Router& router) {
  router.add(http::verb::get, "/api/v1/cases", kReaders, list);
  router.add(http::verb::post, "/api/v1/cases", kWriters, create);
  router.add(http::verb::get, "/api/v1/cases/{case_id}", kReaders, show);
  router.add(http::verb::put, "/api/v1/cases/{case_id}", kWriters, status);
  router.add(http::verb::post, "/api/v1/cases/{case_id}/links", kWriters, link);
  router.add(http::verb::post, "/api/v1/cases/{case_id}/notes", kWriters, note);
  router.add(http::verb::post, "/api/v1/cases/{case_id}/tasks", kWriters, task);
}

}  // namespace custos::server
