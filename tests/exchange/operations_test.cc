// Operations and trusted partner keys, on both stores.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "auth/administrations.hpp"
#include "auth/errors.hpp"
#include "exchange/operations.hpp"
#include "exchange/trust.hpp"
#include "store_backends.hpp"

namespace custos::exchange {
namespace {

const audit::Actor kCli{"cli:test", ""};

class OperationsTest : public test::BackendTest {};

// The tests act for KH, a second administration of the store (naming the
// store's own one needs the users table of migration 5).
void as_kh(Store& store) {
  auth::add_administration(store, kCli, "KH", "Cambodia");
  store.set_administration("KH");
}

Operation demeter() {
  Operation op;
  op.name = "DEMETER-XI";
  op.from = *Date::parse("2026-10-01");
  op.to = *Date::parse("2026-11-30");
  op.domains = {"waste", "ozone"};
  op.participants = {"VN", "KH", "TH", "KH"};
  op.coordinator = "KH";
  return op;
}

TEST_P(OperationsTest, AreStoredPerAdministrationAndChecked) {
  auto store = fresh("ops");
  as_kh(*store);
  Operation op = add_operation(*store, kCli, demeter());
  EXPECT_EQ(op.participants, (std::vector<std::string>{"KH", "TH", "VN"}));  // sorted, once each
  auto found = find_operation(*store, "DEMETER-XI");
  ASSERT_TRUE(found);
  EXPECT_EQ(found->domains, (std::vector<std::string>{"waste", "ozone"}));
  EXPECT_EQ(found->coordinator, "KH");
  EXPECT_EQ(found->to.str(), "2026-11-30");
  EXPECT_THROW(add_operation(*store, kCli, demeter()), ConflictError);

  auto expect_field = [&](Operation bad, const char* field) {
    bad.name = "X-" + std::string(field);
    try {
      add_operation(*store, kCli, bad);
      ADD_FAILURE() << "accepted a bad " << field;
    } catch (const auth::InvalidInput& e) {
      EXPECT_EQ(e.field(), field) << e.what();
    }
  };
  Operation o = demeter();
  o.coordinator = "LA";
  expect_field(o, "coordinator");
  o = demeter();
  o.domains = {"waste", "weather"};
  expect_field(o, "domains");
  o = demeter();
  o.participants = {"TH", "VN"};
  o.coordinator = "TH";
  expect_field(o, "participants");  // this administration takes no part
  o = demeter();
  o.to = *Date::parse("2026-09-01");
  expect_field(o, "to");
  EXPECT_EQ(list_operations(*store).size(), 1u);
  // Another administration on the same store sees none of them.
  store->set_administration("TH");
  EXPECT_TRUE(list_operations(*store).empty());
  EXPECT_FALSE(find_operation(*store, "DEMETER-XI"));
}

std::string key_file(const std::string& admin, const std::string& public_key, std::string key_id = "") {
  if (key_id.empty()) key_id = key_id_of(public_key);
  return nlohmann::json{{"administration", admin},
                        {"keys", {{{"key_id", key_id}, {"public_key", public_key}}}}}
      .dump();
}

TEST_P(OperationsTest, PartnerKeysAreTrustedCheckedAndRevoked) {
  auto store = fresh("trust");
  as_kh(*store);
  const std::string pk(64, 'a');
  EXPECT_THROW(trust_partner(*store, kCli, "TH", key_file("VN", pk)), auth::InvalidInput);
  EXPECT_THROW(trust_partner(*store, kCli, "TH", key_file("TH", pk, "0011223344556677")), auth::InvalidInput);
  EXPECT_THROW(trust_partner(*store, kCli, "TH", "not json"), auth::InvalidInput);
  EXPECT_THROW(trust_partner(*store, kCli, "KH", key_file("KH", pk)), auth::InvalidInput);
  EXPECT_TRUE(trusted_keys(*store).empty());

  auto added = trust_partner(*store, kCli, "TH", key_file("TH", pk));
  ASSERT_EQ(added.size(), 1u);
  EXPECT_TRUE(auth::find_administration(*store, "TH"));                        // the partner became known
  EXPECT_TRUE(trust_partner(*store, kCli, "TH", key_file("TH", pk)).empty());  // already trusted
  EXPECT_TRUE(usable_key(*store, "TH", added[0].key_id));
  EXPECT_EQ(trusted_partners(*store), std::vector<std::string>{"TH"});
  EXPECT_EQ(revoke_partner(*store, kCli, "TH"), 1);
  EXPECT_EQ(revoke_partner(*store, kCli, "TH"), 0);
  EXPECT_FALSE(usable_key(*store, "TH", added[0].key_id));
  EXPECT_TRUE(trusted_partners(*store).empty());
  ASSERT_EQ(trusted_keys(*store).size(), 1u);
  EXPECT_TRUE(trusted_keys(*store)[0].revoked_at);
  // Every change is in the audit chain.
  int trust = 0, revoke = 0;
  for (const auto& e : audit::entries(*store)) {
    trust += e.action == "keys.trust";
    revoke += e.action == "keys.revoke";
  }
  EXPECT_EQ(trust, 1);
  EXPECT_EQ(revoke, 1);
  EXPECT_TRUE(audit::verify(*store).ok);
}

CUSTOS_ON_BOTH_BACKENDS(OperationsTest);

}  // namespace
}  // namespace custos::exchange
