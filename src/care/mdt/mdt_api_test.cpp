// SPDX-License-Identifier: Apache-2.0
//
// MDT meetings through the API on both engines: scheduling within reach, attendees (staff from
// any organisation and named guests), state changes (409 with the allowed ones, 409 when
// stale), minutes, who may see and change a meeting, and the mdt-case-list legitimate
// relationship: it opens when a person is put on the case list of a meeting you attend, is the
// audited basis, and closes on cancellation, 30 days after the meeting, or when you are
// recorded as absent.
#include <gtest/gtest.h>

#include "care/mdt/mdt_test_fixture.hpp"

namespace lcn::integration {
namespace {

using nlohmann::json;

TEST_P(MdtApiTest, ScheduleInviteHoldMinuteAndClose) {
  const auto coordinator = SignIn("coordinator.north");
  const auto created = Post("/api/v1/mdt/meetings",
                            {{"areaId", ids_.network_north},
                             {"title", "North frailty MDT"},
                             {"startsAt", "2024-01-10T13:00:00+00:00"},
                             {"durationMinutes", 90},
                             {"videoLink", "https://meet.example.org/north-mdt"}},
                            coordinator);
  ASSERT_EQ(created.status, 201) << created.body;
  const json m = Body(created);
  const std::int64_t id = m["id"];
  EXPECT_EQ(m["state"], "scheduled");
  EXPECT_EQ(m["chair"]["name"], "coordinator.north");
  EXPECT_EQ(m["area"]["name"], "North");
  EXPECT_EQ(m["startsAt"], "2024-01-10T13:00:00.000000Z");
  EXPECT_EQ(m["endsAt"], "2024-01-10T14:30:00.000000Z");
  EXPECT_EQ(m["allowed"], json::array({"held", "cancelled"}));
  EXPECT_EQ(m["version"], 1);

  const auto social = SignIn("social.worker");
  AddAttendee(coordinator, id, "social.worker");
  const auto guest =
      Post(MeetingPath(id) + "/attendees",
           {{"guestName", "Pat Lee"}, {"guestOrganisation", "Age UK Lambeth"}}, coordinator);
  ASSERT_EQ(guest.status, 201) << guest.body;
  const json attendees = Body(guest)["items"];
  ASSERT_EQ(attendees.size(), 2U);
  EXPECT_EQ(attendees[0]["role"], "social_worker");
  EXPECT_EQ(attendees[0]["organisation"], "Council ASC");
  EXPECT_EQ(attendees[1]["name"], "Pat Lee");
  EXPECT_TRUE(attendees[1]["guest"].get<bool>());
  EXPECT_EQ(
      Post(MeetingPath(id) + "/attendees", {{"userId", UserIdOf("analyst")}}, coordinator).status,
      400);  // analysts have no mdt:read
  EXPECT_EQ(
      Post(MeetingPath(id) + "/attendees", {{"userId", UserIdOf("social.worker")}}, coordinator)
          .status,
      409);  // already invited

  // Attendees find it in their own list; the area's list needs reach over its practices.
  const json mine = Body(Get("/api/v1/mdt/meetings", social));
  ASSERT_EQ(mine["items"].size(), 1U);
  EXPECT_EQ(mine["items"][0]["id"], id);
  EXPECT_EQ(
      Get("/api/v1/mdt/meetings", social, {{"areaId", std::to_string(ids_.network_north)}}).status,
      403);
  const auto gp = SignIn("gp.north");
  EXPECT_EQ(Body(Get("/api/v1/mdt/meetings", gp,
                     {{"areaId", std::to_string(ids_.network_north)},
                      {"from", "2024-01-10"},
                      {"to", "2024-01-10"}}))["items"]
                .size(),
            1U);
  EXPECT_TRUE(
      Body(Get("/api/v1/mdt/meetings", gp,
               {{"areaId", std::to_string(ids_.network_north)}, {"from", "2024-01-11"}}))["items"]
          .empty());
  // An attendee is not an organiser.
  EXPECT_EQ(Body(Get(MeetingPath(id), social))["allowed"], json::array());
  EXPECT_EQ(Post(MeetingPath(id) + "/state", {{"state", "held"}, {"version", 1}}, social).status,
            403);

  auto moved = Put(MeetingPath(id),
                   {{"title", "North frailty and falls MDT"},
                    {"startsAt", "2024-01-10T14:00:00Z"},
                    {"durationMinutes", 60},
                    {"version", 1}},
                   coordinator);
  ASSERT_EQ(moved.status, 200) << moved.body;
  EXPECT_EQ(Body(moved)["version"], 2);
  EXPECT_EQ(
      Put(MeetingPath(id),
          {{"title", "Stale"}, {"startsAt", "2024-01-10T14:00:00Z"}, {"version", 1}}, coordinator)
          .status,
      409);

  const auto illegal =
      Post(MeetingPath(id) + "/state", {{"state", "closed"}, {"version", 2}}, coordinator);
  ASSERT_EQ(illegal.status, 409) << illegal.body;
  EXPECT_EQ(Body(illegal)["from"], "scheduled");
  EXPECT_EQ(Body(illegal)["allowed"], json::array({"held", "cancelled"}));
  EXPECT_EQ(Put(MeetingPath(id) + "/minutes", {{"text", "Too early"}, {"version", 2}}, coordinator)
                .status,
            409);  // minutes are for a held meeting
  const auto stale =
      Post(MeetingPath(id) + "/state", {{"state", "held"}, {"version", 1}}, coordinator);
  EXPECT_EQ(stale.status, 409);
  EXPECT_EQ(Body(stale).value("allowed", json(nullptr)), json(nullptr));  // not an illegal change
  ASSERT_EQ(
      Post(MeetingPath(id) + "/state", {{"state", "held"}, {"version", 2}}, coordinator).status,
      200);

  const std::int64_t sw_attendee = Body(Get(MeetingPath(id), coordinator))["attendees"][0]["id"];
  const auto attended = Put(MeetingPath(id) + "/attendees/" + std::to_string(sw_attendee),
                            {{"attended", true}}, coordinator);
  ASSERT_EQ(attended.status, 200) << attended.body;
  EXPECT_TRUE(Body(attended)["items"][0]["attended"].get<bool>());
  EXPECT_EQ(Send(api::Method::kDelete,
                 MeetingPath(id) + "/attendees/" + std::to_string(sw_attendee), "", &coordinator)
                .status,
            409);  // the list is kept once held

  const auto minutes = Put(MeetingPath(id) + "/minutes",
                           {{"text", "Four people discussed; actions agreed."}, {"version", 3}},
                           social);  // any participant may write them
  ASSERT_EQ(minutes.status, 200) << minutes.body;
  EXPECT_EQ(Body(minutes)["minutes"], "Four people discussed; actions agreed.");
  EXPECT_EQ(Put(MeetingPath(id) + "/minutes", {{"text", "Stale"}, {"version", 3}}, social).status,
            409);
  ASSERT_EQ(MoveTo(coordinator, id, "closed").status, 200);
  const json closed = Body(Get(MeetingPath(id), coordinator));
  EXPECT_EQ(closed["state"], "closed");
  EXPECT_EQ(closed["allowed"], json::array());
  ASSERT_EQ(closed["history"].size(), 3U);
  EXPECT_EQ(closed["history"][2]["to"], "closed");
  EXPECT_EQ(Put(MeetingPath(id) + "/minutes", {{"text", "Late"}, {"version", 5}}, social).status,
            409);
}

TEST_P(MdtApiTest, SchedulingNeedsReachAndTheRightRole) {
  const auto south = SignIn("gp.south");
  const json body = {
      {"areaId", ids_.network_north}, {"title", "North MDT"}, {"startsAt", "2024-01-10T13:00:00Z"}};
  EXPECT_EQ(Post("/api/v1/mdt/meetings", body, south).status, 403);
  EXPECT_EQ(Post("/api/v1/mdt/meetings", body, SignIn("analyst")).status, 403);
  EXPECT_EQ(Get("/api/v1/mdt/meetings", SignIn("admin")).status, 403);
  const auto coordinator = SignIn("coordinator.north");
  json past = body;
  past["startsAt"] = "2023-12-31T09:00:00Z";
  const auto bad = Post("/api/v1/mdt/meetings", past, coordinator);
  ASSERT_EQ(bad.status, 400);
  EXPECT_NE(Body(bad)["errors"].dump().find("startsAt"), std::string::npos);
  json no_zone = body;
  no_zone["startsAt"] = "2024-01-10T13:00:00";
  EXPECT_EQ(Post("/api/v1/mdt/meetings", no_zone, coordinator).status, 400);
  // A neighbourhood MDT is fine; a GP reaches their own neighbourhood.
  json hood = body;
  hood["areaId"] = ids_.neighbourhood_north;
  EXPECT_EQ(Post("/api/v1/mdt/meetings", hood, SignIn("gp.north")).status, 201);
  const std::int64_t id = Schedule(coordinator, ids_.network_north);
  EXPECT_EQ(Get(MeetingPath(id), south).status, 403);
  EXPECT_EQ(Get(MeetingPath(id), SignIn("social.worker")).status, 403);  // not invited
  EXPECT_EQ(Get(MeetingPath(999999), coordinator).status, 404);
  // Refusals are audited.
  EXPECT_GE(CountActionRows("refuse", "denied"), 3);
}

TEST_P(MdtApiTest, TheCaseListIsALegitimateRelationshipWhileTheMeetingLasts) {
  const auto coordinator = SignIn("coordinator.north");
  const std::string doris = "/api/v1/people/" + std::to_string(ids_.person_north);
  EXPECT_EQ(Get(doris, SignIn("social.worker")).status, 403);
  const std::int64_t id = Schedule(coordinator, ids_.network_north);
  AddAttendee(coordinator, id, "social.worker");
  EXPECT_EQ(Get(doris, SignIn("social.worker")).status, 403);  // not on the list yet
  AddCase(coordinator, id, ids_.person_north);
  auto social = SignIn("social.worker");
  const auto opened = Get(doris, social);
  ASSERT_EQ(opened.status, 200) << opened.body;
  EXPECT_EQ(Body(opened)["access"]["basis"], "mdt-case-list");
  EXPECT_EQ(CountActionRows("read", "allowed", "mdt-case-list"), 1);

  // Attendees see the case list; each name shown is an audited decision.
  const json detail = Body(Get(MeetingPath(id), social));
  ASSERT_EQ(detail["cases"].size(), 1U);
  EXPECT_EQ(detail["cases"][0]["person"]["familyName"], "Jones");
  EXPECT_EQ(detail["withheld"], 0);
  EXPECT_EQ(CountActionRows("read-mdt-case", "allowed", "mdt-case-list"), 1);

  // An attendee's access is not enough to put the person on another list.
  const std::int64_t other = Schedule(coordinator, ids_.network_north, "2024-01-17T13:00:00Z");
  AddAttendee(coordinator, other, "social.worker");
  const auto chained = Post(MeetingPath(other) + "/cases",
                            {{"personId", ids_.person_north}, {"reason", "Discuss again"}}, social);
  ASSERT_EQ(chained.status, 403) << chained.body;
  EXPECT_EQ(Body(chained)["type"], "/problems/standing-relationship-needed");
  EXPECT_EQ(CountActionRows("mdt-add-case", "denied"), 1);

  // Thirty days after the meeting ends (2024-01-10 14:00) the relationship lapses.
  clock_.Set(test::FakeClock::kDefaultStart + (39LL * 24 + 13) * 3600 * kMicrosPerSecond);
  EXPECT_EQ(Get(doris, SignIn("social.worker")).status, 200);  // 2024-02-09 13:00
  clock_.AdvanceSeconds(2 * 3600);
  social = SignIn("social.worker");
  EXPECT_EQ(Get(doris, social).status, 403);  // 2024-02-09 15:00
  EXPECT_EQ(Body(Get(MeetingPath(id), social))["withheld"], 1);
}

TEST_P(MdtApiTest, CancellingOrMissingTheMeetingEndsTheRelationship) {
  const auto coordinator = SignIn("coordinator.north");
  const std::string doris = "/api/v1/people/" + std::to_string(ids_.person_north);
  const std::int64_t cancelled = Schedule(coordinator, ids_.network_north);
  AddAttendee(coordinator, cancelled, "social.worker");
  AddCase(coordinator, cancelled, ids_.person_north);
  EXPECT_EQ(Get(doris, SignIn("social.worker")).status, 200);
  EXPECT_EQ(MoveTo(coordinator, cancelled, "cancelled").status, 400);  // needs a reason
  ASSERT_EQ(MoveTo(coordinator, cancelled, "cancelled", "Chair unwell").status, 200);
  EXPECT_EQ(Get(doris, SignIn("social.worker")).status, 403);
  EXPECT_EQ(MoveTo(coordinator, cancelled, "held").status, 409);

  const std::int64_t held = Schedule(coordinator, ids_.network_north, "2024-01-11T10:00:00Z");
  const std::int64_t attendee = AddAttendee(coordinator, held, "social.worker");
  AddCase(coordinator, held, ids_.person_north);
  ASSERT_EQ(MoveTo(coordinator, held, "held").status, 200);
  EXPECT_EQ(Get(doris, SignIn("social.worker")).status, 200);
  ASSERT_EQ(Put(MeetingPath(held) + "/attendees/" + std::to_string(attendee), {{"attended", false}},
                coordinator)
                .status,
            200);
  EXPECT_EQ(Get(doris, SignIn("social.worker")).status, 403);  // recorded as absent
}

INSTANTIATE_TEST_SUITE_P(Engines, MdtApiTest,
                         ::testing::Values(test::Backend::kSqlite, test::Backend::kPostgres),
                         ParamName);

}  // namespace
}  // namespace lcn::integration
