// SPDX-License-Identifier: Apache-2.0
//
// The demo's MDT meetings: one upcoming meeting for each network with a demo care coordinator,
// chaired by them, with the network's other demo staff invited.
#include "demo/mdt_meetings.hpp"

#include <map>
#include <string>

#include <gtest/gtest.h>

#include "care/mdt/mdt_repository.hpp"
#include "demo/demo_test_fixture.hpp"
#include "store/user_repository.hpp"

namespace lcn::demo {
namespace {

using test_support::DemoBuilderTest;

TEST_F(DemoBuilderTest, SchedulesAnMdtMeetingForEachNetworkWithACareCoordinator) {
  DemoOptions options = Options();
  options.clinical = false;
  BuildDemo(db_, clock_, options);
  Read([&](sql::Transaction& tx) {
    store::MdtRepository meetings(tx);
    store::UserRepository users(tx);
    std::map<std::string, store::MdtMeeting> by_title;
    for (const auto& m : meetings.List({})) {
      by_title[m.title] = m;
    }
    ASSERT_EQ(by_title.size(), 2U);
    const auto& southwark = by_title.at("Southwark North MDT");
    EXPECT_EQ(southwark.chair, users.FindByUsername("coordinator.southwark-north")->id);
    EXPECT_EQ(southwark.state, domain::MeetingState::kScheduled);
    EXPECT_GT(southwark.starts_at, clock_.Now());
    std::map<std::string, bool> invited;
    for (const auto& a : meetings.Attendees(southwark.id)) {
      invited[a.name] = true;
    }
    EXPECT_TRUE(
        invited.contains(users.FindByUsername("socialworker.southwark-north")->display_name));
    EXPECT_TRUE(invited.contains(users.FindByUsername("nurse.southwark-north")->display_name));
    EXPECT_FALSE(
        invited.contains(users.FindByUsername("coordinator.southwark-north")->display_name));
    EXPECT_EQ(by_title.at("Lambeth North MDT").chair,
              users.FindByUsername("coordinator.lambeth-north")->id);
  });
}

TEST_F(DemoBuilderTest, CoastalWestSussexHasItsRegisMdt) {
  DemoOptions options = Options(DemoArea::kCoastalWestSussex);
  options.clinical = false;
  BuildDemo(db_, clock_, options);
  Read([&](sql::Transaction& tx) {
    const auto meetings = store::MdtRepository(tx).List({});
    ASSERT_EQ(meetings.size(), 1U);
    EXPECT_EQ(meetings[0].title, "Regis MDT");
    EXPECT_EQ(meetings[0].chair, store::UserRepository(tx).FindByUsername("coordinator.regis")->id);
  });
}

}  // namespace
}  // namespace lcn::demo
