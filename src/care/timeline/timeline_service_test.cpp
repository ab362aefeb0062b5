// SPDX-License-Identifier: Apache-2.0
//
// care::Timeline on both engines: a refused read is audited and committed and shows nothing; an
// allowed read is audited with the entries; an unknown person is not found and nothing is
// audited.
#include "care/timeline/timeline_service.hpp"

#include <gtest/gtest.h>

#include "care/timeline/note_service.hpp"
#include "care/timeline/note_timeline.hpp"
#include "core/error.hpp"
#include "integration/api_fixture.hpp"

namespace lcn::integration {
namespace {

class TimelineServiceTest : public ApiTest {
 protected:
  care::Timeline Timeline() { return care::Timeline(*db_, clock_, sources_); }

  std::vector<store::TimelineSource> sources_ = {store::NoteTimeline()};
};

TEST_P(TimelineServiceTest, RefusedReadIsAuditedAndCommitted) {
  const PersonId doris(ids_.person_north);
  (void)care::Notes(*db_, clock_).Add(Principal("gp.north"), doris, "note", "Spoke to her");
  try {
    (void)Timeline().Read(Principal("gp.south"), doris, {});
    FAIL() << "a GP of another practice read the timeline";
  } catch (const Error& e) {
    EXPECT_EQ(e.Code(), ErrorCode::kForbidden);
    EXPECT_EQ(e.Kind(), "no-legitimate-relationship");
    EXPECT_TRUE(e.Audited());
  }
  EXPECT_EQ(CountAudit(ids_.person_north, "read-timeline", "denied"), 1);
  EXPECT_EQ(CountAudit(ids_.person_north, "read-timeline", "allowed"), 0);

  const auto page = Timeline().Read(Principal("gp.north"), doris, {});
  ASSERT_EQ(page.entries.size(), 1u);
  EXPECT_EQ(page.entries[0].type, "note");
  EXPECT_EQ(CountAudit(ids_.person_north, "read-timeline", "allowed"), 1);
  const auto types = Timeline().Types();
  ASSERT_EQ(types.size(), 1U);
  EXPECT_EQ(types[0].code, "note");
  EXPECT_EQ(types[0].label, "Note");
  EXPECT_EQ(types[0].plural, "Notes");
}

TEST_P(TimelineServiceTest, UnknownPersonIsNotFoundAndNothingIsAudited) {
  try {
    (void)Timeline().Read(Principal("gp.north"), PersonId(999999), {});
    FAIL() << "an unknown person's timeline was read";
  } catch (const Error& e) {
    EXPECT_EQ(e.Code(), ErrorCode::kNotFound);
  }
  EXPECT_EQ(CountAudit(999999, "read-timeline", "allowed"), 0);
  EXPECT_EQ(CountAudit(999999, "read-timeline", "denied"), 0);
}

INSTANTIATE_TEST_SUITE_P(Engines, TimelineServiceTest,
                         ::testing::Values(test::Backend::kSqlite, test::Backend::kPostgres),
                         ParamName);

}  // namespace
}  // namespace lcn::integration
