// Training exercises (docs/exercises.md). The caller's administration is
// the exercise: trainees and instructors are users of it, so every route
// acts on the caller's own exercise and another exercise's ids answer 404.
// Trainees read declarations, the engine's findings (unless hidden), permits
// and samples, and record what they do; no trainee route reads the truth.
// Instructors start, pause and end, hide findings, follow progress and read
// the report (scores and debrief).
#include "exercise/exercise.hpp"
#include "server/api_error.hpp"
#include "server/request_context.hpp"

namespace custos::server {
namespace {

using auth::Role;
const Access kTrainees = Access::only({Role::trainee});
const Access kInstructors = Access::only({Role::instructor});
const Access kMembers = Access::only({Role::trainee, Role::instructor});

// Runs `f`, answering 409 exercise_state when the exercise does not allow it
// now. The refusal comes with its detail message when one of the sentences
// (error_catalog.cc), filled with what the route knows (its action, the
// declaration id and item, the exercise's state and capacity), is its words.
struct Known {
  std::string action, id;
  int64_t item = 0;
};

template <typename F>
Reply guarded(RequestContext& ctx, F&& f, const Known& known = {}) {
  const std::string& action = known.action;
  const std::string& id = known.id;
  try {
    return f();
  } catch (const exercise::StateError& e) {
    ApiError error("exercise_state", "", e.what());
    error.said("exercise_not_started");
    try {
      const exercise::Exercise now = exercise::require_current(ctx.store());
      error.said("exercise_not_running", {{"state", now.state}});
      error.said("exercise_capacity", {{"n", std::to_string(now.capacity)}});
      if (!action.empty()) error.said("exercise_cannot", {{"action", action}, {"state", now.state}});
    } catch (const std::exception&) {
    }
    if (!id.empty()) {
      error.said("inspected_already", {{"id", id}});
      error.said("inspect_before_sampling", {{"id", id}});
      error.said("inspect_before_outcome", {{"id", id}});
      error.said("sample_before_identifying", {{"item", std::to_string(known.item)}, {"id", id}});
    }
    throw error;
  }
}

Reply status(RequestContext& ctx) {
  ctx.only_query({});
  return Reply::json(exercise::status(ctx.store(), ctx.caller().username));
}

Reply declarations(RequestContext& ctx) {
  ctx.only_query({"offset", "limit"});
  const int64_t offset = ctx.query_integer("offset", 0, 0, 10'000'000);
  const int64_t limit = ctx.query_integer("limit", 100, 1, 1000);
  return guarded(ctx, [&] {
    return Reply::json(exercise::declarations(ctx.store(), ctx.caller().username, offset, limit));
  });
}

Reply declaration(RequestContext& ctx) {
  ctx.only_query({});
  return guarded(
      ctx,
      [&] { return Reply::json(exercise::declaration(ctx.store(), ctx.caller().username, ctx.param("id"))); },
      {{}, ctx.param("id"), 0});
}

Reply inspect(RequestContext& ctx) {
  ctx.only_query({});
  exercise::require_current(ctx.store());
  if (!ctx.body().empty()) JsonFields(ctx.json()).done();
  return guarded(
      ctx, [&] { return Reply::json(exercise::inspect(ctx.store(), ctx.actor(), ctx.param("id")), 201); },
      {{}, ctx.param("id"), 0});
}

Reply sample(RequestContext& ctx) {
  ctx.only_query({});
  exercise::require_current(ctx.store());
  JsonFields f(ctx.json());
  const int64_t item = f.integer("item_no", 1, 10000);
  f.done();
  return guarded(ctx,
                 [&] {
                   return Reply::json(
                       exercise::sample(ctx.store(), ctx.actor(), ctx.param("id"), static_cast<int>(item)),
                       201);
                 },
                 {{}, ctx.param("id"), item});
}

Reply identify(RequestContext& ctx) {
  ctx.only_query({});
  exercise::require_current(ctx.store());
  JsonFields f(ctx.json());
  const int64_t item = f.integer("item_no", 1, 10000);
  const std::string substance = f.string("substance");
  f.done();
  return guarded(ctx,
                 [&] {
                   return Reply::json(exercise::identify(ctx.store(), ctx.actor(), ctx.param("id"),
                                                         static_cast<int>(item), substance),
                                      201);
                 },
                 {{}, ctx.param("id"), item});
}

Reply outcome(RequestContext& ctx) {
  ctx.only_query({});
  exercise::require_current(ctx.store());
  JsonFields f(ctx.json());
  const std::string result = f.string("result");
  const std::string note = f.optional_string("note").value_or("");
  f.done();
  return guarded(ctx,
                 [&] {
                   return Reply::json(
                       exercise::record_outcome(ctx.store(), ctx.actor(), ctx.param("id"), result, note),
                       201);
                 },
                 {{}, ctx.param("id"), 0});
}

Reply screen(RequestContext& ctx) {
  ctx.only_query({});
  exercise::require_current(ctx.store());
  JsonFields f(ctx.json());
  const std::string name = f.string("name");
  const std::string country = f.optional_string("country").value_or("");
  f.done();
  return guarded(
      ctx, [&] { return Reply::json(exercise::screen_party(ctx.store(), ctx.actor(), name, country)); });
}

Reply references(RequestContext& ctx) {
  ctx.only_query({});
  return guarded(ctx, [&] { return Reply::json(exercise::references(ctx.store())); });
}

Reply change(RequestContext& ctx, const std::string& action) {
  ctx.only_query({});
  exercise::require_current(ctx.store());
  if (!ctx.body().empty()) JsonFields(ctx.json()).done();
  return guarded(
      ctx,
      [&] {
        return Reply::json(exercise::to_json(exercise::change_state(ctx.store(), ctx.actor(), action)));
      },
      {action, {}, 0});
}

Reply findings(RequestContext& ctx) {
  ctx.only_query({});
  exercise::require_current(ctx.store());
  JsonFields f(ctx.json());
  const bool hidden = f.boolean("hidden");
  f.done();
  return Reply::json(exercise::to_json(exercise::set_hide_findings(ctx.store(), ctx.actor(), hidden)));
}

Reply progress(RequestContext& ctx) {
  ctx.only_query({});
  return Reply::json(exercise::progress(ctx.store()));
}

Reply report(RequestContext& ctx) {
  ctx.only_query({"format"});
  const std::string format = ctx.query("format").value_or("json");
  if (format != "json" && format != "html")
    throw ApiError("bad_query", "format", "json or html").said("json_or_html");
  nlohmann::json r = exercise::report(ctx.store());
  if (format == "html") return Reply::text(exercise::report_html(r), "text/html; charset=utf-8");
  return Reply::json(r);
}

}  // namespace

void register_exercises_routes(Router& router) {
  router.add(http::verb::get, "/api/v1/exercise", kMembers, status);
  router.add(http::verb::get, "/api/v1/exercise/declarations", kMembers, declarations);
  router.add(http::verb::get, "/api/v1/exercise/declarations/{id}", kMembers, declaration);
  router.add(http::verb::post, "/api/v1/exercise/declarations/{id}/inspect", kTrainees, inspect);
  router.add(http::verb::post, "/api/v1/exercise/declarations/{id}/sample", kTrainees, sample);
  router.add(http::verb::post, "/api/v1/exercise/declarations/{id}/identification", kTrainees, identify);
  router.add(http::verb::post, "/api/v1/exercise/declarations/{id}/outcome", kTrainees, outcome);
  router.add(http::verb::post, "/api/v1/exercise/screen", kTrainees, screen);
  router.add(http::verb::get, "/api/v1/exercise/references", kMembers, references);
  router.add(http::verb::post, "/api/v1/exercise/start", kInstructors,
             [](RequestContext& ctx) { return change(ctx, "start"); });
  router.add(http::verb::post, "/api/v1/exercise/pause", kInstructors,
             [](RequestContext& ctx) { return change(ctx, "pause"); });
  router.add(http::verb::post, "/api/v1/exercise/end", kInstructors,
             [](RequestContext& ctx) { return change(ctx, "end"); });
  router.add(http::verb::put, "/api/v1/exercise/findings", kInstructors, findings);
  router.add(http::verb::get, "/api/v1/exercise/progress", kInstructors, progress);
  router.add(http::verb::get, "/api/v1/exercise/report", kInstructors, report);
}

}  // namespace custos::server
