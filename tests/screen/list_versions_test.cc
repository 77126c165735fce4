#include <gtest/gtest.h>

#include "screen/fake_store.hpp"  // tests/screen
#include "screen/importers.hpp"
#include "screen/list_versions.hpp"

namespace custos::screen {
namespace {

ListEntity entity(std::string id, std::string name) {
  ListEntity e;
  e.id = std::move(id);
  e.list = "offenders";
  e.names.push_back({std::move(name), NameStrength::primary});
  return e;
}

TEST(ListVersions, ReimportReportsAddedRemovedChanged) {
  testing::FakeStore store;
  auto v1 = store_list(store, "offenders", {entity("1", "Acme Trading"), entity("2", "Borealis Shipping")},
                       "a.csv");
  EXPECT_EQ(v1.version, 1);
  EXPECT_EQ(v1.diff.added.size(), 2u);
  auto v2 = store_list(store, "offenders", {entity("1", "Acme Trading LLC"), entity("3", "Cobalt Metals")},
                       "b.csv");
  EXPECT_EQ(v2.version, 2);
  EXPECT_EQ(v2.diff.added, std::vector<std::string>{"3"});
  EXPECT_EQ(v2.diff.removed, std::vector<std::string>{"2"});
  EXPECT_EQ(v2.diff.changed, std::vector<std::string>{"1"});
  auto active = load_active_lists(store);
  ASSERT_EQ(active.size(), 2u);
  EXPECT_EQ(active[0].primary_name(), "Acme Trading LLC");
  auto status = list_status(store);
  ASSERT_EQ(status.size(), 1u);
  EXPECT_EQ(status[0].version, 2);
  EXPECT_EQ(status[0].entities, 2u);
  EXPECT_EQ(status[0].versions, 2);
  EXPECT_EQ(status[0].source, "b.csv");
}

TEST(ListVersions, MalformedFileLeavesActiveVersion) {
  testing::FakeStore store;
  store_list(store, "offenders", import_own_csv_text("id,name\n1,Acme Trading\n", "a.csv", "offenders"),
             "a.csv");
  // The importer throws before anything reaches the store.
  EXPECT_THROW(store_list(store, "offenders",
                          import_own_csv_text("id,name\n1,\"Acme\n", "b.csv", "offenders"), "b.csv"),
               ImportError);
  auto status = list_status(store);
  ASSERT_EQ(status.size(), 1u);
  EXPECT_EQ(status[0].version, 1);
  EXPECT_EQ(load_active_lists(store).front().primary_name(), "Acme Trading");
}

TEST(ListVersions, SerialisationRoundTrips) {
  ListEntity e = entity("7", "Ivan Petrov");
  e.kind = EntityKind::person;
  e.names.push_back({"I. Petrov", NameStrength::weak_alias});
  e.countries.push_back(*Country::parse("RU"));
  e.birth_years = {1970};
  e.identifiers.push_back({"passport", "X1"});
  e.programmes = {"TEST"};
  e.addresses = {"Moscow"};
  auto back = deserialise_list(serialise_list({e}));
  ASSERT_EQ(back.size(), 1u);
  EXPECT_EQ(back[0], e);
  EXPECT_THROW(deserialise_list("{}"), std::runtime_error);
}

}  // namespace
}  // namespace custos::screen
