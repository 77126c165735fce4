#include <gtest/gtest.h>

#include "records/cases.hpp"
#include "records/seizure_reader.hpp"
#include "store_backends.hpp"

namespace custos::records {
namespace {

class CaseTest : public test::BackendTest {};

TEST_P(CaseTest, EveryChangeIsOnTheTimelineWithWhoOldAndNew) {
  auto store = fresh("cases");
  audit::Actor ana{"ana", ""}, ben{"ben", ""};
  Seizure s;
  s.id = "S-1";
  s.date = *PartialDate::parse("2024");
  s.country = "FR";
  s.domain = "wildlife";
  s.quantities = parse_quantities("3 pcs");
  put_seizure(*store, s, ana, "t");
  Case c = create_case(*store, "Python smuggling ring", ana);
  EXPECT_EQ(c.id, "CASE-1");
  EXPECT_EQ(c.status, "open");
  link_case(*store, c.id, "seizure", "S-1", ana);
  link_case(*store, c.id, "seizure", "S-1", ana);  // already linked: nothing new
  link_case(*store, c.id, "party", "FR123", ben);
  set_case_status(*store, c.id, "investigating", ben);
  add_case_note(*store, c.id, "Same consignee as in 2023", ana);
  auto t = add_case_task(*store, c.id, "Ask ZA for the export permit", "ben", ana);
  set_task_status(*store, c.id, t.seq, "done", ben);
  set_case_title(*store, c.id, "Python ring (Lyon)", ana);
  Case back = *get_case(*store, c.id);
  EXPECT_EQ(back.status, "investigating");
  EXPECT_EQ(back.links.size(), 2u);
  ASSERT_EQ(back.tasks.size(), 1u);
  EXPECT_EQ(back.tasks[0].status, "done");
  ASSERT_EQ(back.timeline.size(), 8u);
  EXPECT_EQ(back.timeline[0].what, "create");
  const TimelineEntry& st = back.timeline[3];
  EXPECT_EQ(st.what, "status");
  EXPECT_EQ(st.actor, "ben");
  EXPECT_EQ(st.old_value, "open");
  EXPECT_EQ(st.new_value, "investigating");
  EXPECT_EQ(back.timeline[7].old_value, "Python smuggling ring");
  auto j = to_json(back);
  EXPECT_EQ(j["timeline"].size(), 8u);
  // Every change is audited too.
  int case_entries = 0;
  for (const auto& e : audit::entries(*store))
    if (e.object == "case:CASE-1") ++case_entries;
  EXPECT_EQ(case_entries, 8);
  EXPECT_EQ(create_case(*store, "Second", ana).id, "CASE-2");
  EXPECT_EQ(list_cases(*store).size(), 2u);
}

TEST_P(CaseTest, BadValuesAndOtherAdministrationsAreRefused) {
  auto store = fresh("cases_bad");
  audit::Actor ana{"ana", ""};
  Case c = create_case(*store, "A case", ana);
  EXPECT_THROW(create_case(*store, "", ana), BadValue);
  EXPECT_THROW(set_case_status(*store, c.id, "forgotten", ana), BadValue);
  EXPECT_THROW(link_case(*store, c.id, "vessel", "X", ana), BadValue);
  EXPECT_THROW(link_case(*store, c.id, "seizure", "S-404", ana), NotFound);
  EXPECT_THROW(link_case(*store, c.id, "declaration", "D-404", ana), NotFound);
  EXPECT_THROW(set_task_status(*store, c.id, 9, "done", ana), NotFound);
  store->set_administration("YY");
  EXPECT_FALSE(get_case(*store, c.id));
  EXPECT_TRUE(list_cases(*store).empty());
  EXPECT_THROW(add_case_note(*store, c.id, "x", ana), NotFound);
  EXPECT_THROW(set_case_status(*store, c.id, "closed", ana), NotFound);
  store->set_administration("XX");
  EXPECT_EQ(get_case(*store, c.id)->timeline.size(), 1u);  // nothing half-written
}

CUSTOS_ON_BOTH_BACKENDS(CaseTest);

}  // namespace
}  // namespace custos::records
