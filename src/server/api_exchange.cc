// Exchange between administrations (docs/exchange.md): partners push signed
// bundles and pull the bundle addressed to them. A partner's server calls
// with the token of a user of role partner whose office is the partner
// administration's code (`custos users add kh-sync --role partner --office KH`);
// every call is scoped to the administration that user belongs to.
#include <algorithm>

#include "audit/keys.hpp"
#include "exchange/exchange.hpp"
#include "exchange/trust.hpp"
#include "server/api_error.hpp"
#include "server/options.hpp"
#include "server/request_context.hpp"

namespace custos::server {
namespace {

using auth::Role;
const Access kPartners = Access::only({Role::partner, Role::admin});
const Access kReaders = Access::only({Role::admin, Role::analyst});

// The partner administration a caller acts for: a partner's office, or the
// `for` parameter of an admin; it must be a partner this administration trusts.
std::string partner_of(RequestContext& ctx, const std::optional<std::string>& for_param) {
  std::string partner = ctx.caller().role == Role::partner ? ctx.caller().office : for_param.value_or("");
  if (partner.empty()) throw ApiError("missing_field", "for");
  const auto trusted = exchange::trusted_partners(ctx.store());
  if (std::find(trusted.begin(), trusted.end(), partner) == trusted.end())
    throw ApiError("not_found", "for", "no trusted partner " + partner + " here")
        .said("no_partner", {{"partner", partner}});
  return partner;
}

Reply push(RequestContext& ctx) {
  ctx.only_query({"for"});
  if (ctx.content_type() != "application/json")
    throw ApiError("unsupported_media_type", "", "application/json");
  const std::string partner = partner_of(ctx, ctx.query("for"));
  try {
    exchange::Bundle b = exchange::parse_bundle(ctx.body());
    if (b.issuer != partner)
      throw ApiError("invalid_value", "issuer",
                     "the bundle was issued by " + b.issuer + ", not by " + partner)
          .said("bundle_issuer", {{"issuer", b.issuer}, {"partner", partner}});
    return Reply::json(exchange::to_json(exchange::import_bundle(ctx.store(), ctx.actor(), ctx.body())));
  } catch (const exchange::BundleError& e) {
    throw ApiError("invalid_value", e.path().empty() ? "bundle" : e.path(), e.what());
  }
}

Reply pull(RequestContext& ctx) {
  ctx.only_query({"level", "operation", "since", "personal_data", "for"});
  const std::string partner = partner_of(ctx, ctx.query("for"));
  exchange::ExportOptions o;
  const std::string level = ctx.query("level").value_or(ctx.query("operation") ? "operation" : "partners");
  auto l = exchange::parse_level(level);
  if (!l || *l == exchange::Level::administration)
    throw ApiError("bad_query", "level", "operation, partners or public").said("exchange_level");
  o.level = *l;
  o.operation = ctx.query("operation").value_or("");
  if (auto since = ctx.query("since")) {
    o.since = Date::parse(*since);
    if (!o.since) throw ApiError("bad_query", "since", "a date YYYY-MM-DD").said("a_date");
  }
  auto personal = exchange::parse_personal_data(ctx.query("personal_data").value_or("pseudonym"));
  if (!personal)
    throw ApiError("bad_query", "personal_data", "pseudonym, redact or full").said("personal_data");
  o.personal = *personal;
  o.for_partner = partner;
  o.master_key_path = audit::default_master_key_path(ctx.services().options.db);
  try {
    return Reply::json(exchange::to_json(exchange::export_bundle(ctx.store(), ctx.actor(), o)));
  } catch (const exchange::BundleError& e) {
    throw ApiError("bad_query", e.path(), e.what());
  } catch (const audit::KeyError& e) {
    throw ApiError("unavailable", "", e.what());
  }
}

Reply records(RequestContext& ctx) {
  ctx.only_query({"kind"});
  const std::string kind = ctx.query("kind").value_or("");
  if (!kind.empty() && kind != "seizure" && kind != "alert" && kind != "feedback")
    throw ApiError("bad_query", "kind", "seizure, alert or feedback").said("exchange_kind");
  nlohmann::json out = nlohmann::json::array();
  for (const auto& s : exchange::current_records(ctx.store(), kind)) {
    nlohmann::json j = exchange::to_json(s.record);
    if (!s.received_from.empty())
      j["provenance"] = {
          {"received_from", s.received_from}, {"bundle_id", s.bundle_id}, {"received_at", s.received_at}};
    out.push_back(j);
  }
  return Reply::json({{"records", out}});
}

}  // namespace

void register_exchange_routes(Router& router) {
  router.add(http::verb::post, "/api/v1/exchange/bundles", kPartners, push, BodyLimit::lodging);
  router.add(http::verb::get, "/api/v1/exchange/bundles", kPartners, pull);
  router.add(http::verb::get, "/api/v1/exchange/records", kReaders, records);
}

}  // namespace custos::server
