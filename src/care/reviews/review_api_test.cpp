// SPDX-License-Identifier: Apache-2.0
//
// Continual review lists through the API on both engines: a key worker's list of people whose
// care plan review or MDT review is due within 14 days (or a chosen window) or overdue, with
// days and the overdue flag; an area's list for its MDT, with worklist reach; people with a
// closed enrolment or who have died left out; people who left their practice off the area's
// list and marked on the key worker's; people outside the key worker's relationships withheld;
// audit rows.
#include <gtest/gtest.h>

#include "care/mdt/mdt_test_fixture.hpp"

namespace lcn::integration {
namespace {

using nlohmann::json;

class ReviewApiTest : public MdtApiTest {
 protected:
  // Makes `lead` the person's key worker (enrolment state invited), as `by`.
  void SetKeyWorker(std::int64_t person, const std::string& lead, const Session& by) {
    const auto r = Put("/api/v1/people/" + std::to_string(person) + "/enrolment",
                       {{"state", "invited"}, {"leadUserId", UserIdOf(lead)}}, by);
    ASSERT_EQ(r.status, 200) << r.body;
  }

  static std::vector<std::int64_t> People(const json& list) {
    std::vector<std::int64_t> out;
    for (const auto& item : list["items"]) {
      out.push_back(item["person"]["id"]);
    }
    return out;
  }
};

TEST_P(ReviewApiTest, TheKeyWorkerSeesReviewsDueSoonAndOverdue) {
  const auto gp = SignIn("gp.north");
  const std::int64_t doris = ids_.person_north;
  const std::int64_t ivy = AddPerson("Ivy", "Reed", ids_.practice_north);
  const std::int64_t basil = AddPerson("Basil", "Hart", ids_.practice_north);
  const std::int64_t cora = AddPerson("Cora", "Bell", ids_.practice_north);
  for (const std::int64_t p : {doris, ivy, basil}) {
    SetKeyWorker(p, "coordinator.north", gp);
  }
  SetKeyWorker(cora, "gp.north", gp);
  SetPlanReview(doris, "2024-01-10");
  SetPlanReview(ivy, "2023-12-20");
  SetPlanReview(basil, "2024-03-01");
  SetPlanReview(cora, "2024-01-02");

  const auto coordinator = SignIn("coordinator.north");
  const auto r = Get("/api/v1/reviews", coordinator);
  ASSERT_EQ(r.status, 200) << r.body;
  const json mine = Body(r);
  EXPECT_EQ(mine["dueBy"], "2024-01-15");
  ASSERT_EQ(People(mine), (std::vector<std::int64_t>{ivy, doris}));  // most overdue first
  EXPECT_TRUE(mine["items"][0]["overdue"].get<bool>());
  EXPECT_EQ(mine["items"][0]["days"], -12);
  EXPECT_FALSE(mine["items"][1]["overdue"].get<bool>());
  EXPECT_EQ(mine["items"][1]["days"], 9);
  EXPECT_EQ(mine["items"][1]["sources"][0]["source"], "care_plan");
  EXPECT_EQ(mine["items"][1]["keyWorker"]["name"], "coordinator.north");
  EXPECT_EQ(CountAudit(doris, "review-list", "allowed"), 1);
  EXPECT_EQ(People(Body(Get("/api/v1/reviews", coordinator, {{"withinDays", "90"}}))),
            (std::vector<std::int64_t>{ivy, doris, basil}));
  EXPECT_EQ(People(Body(Get("/api/v1/reviews", gp))), (std::vector<std::int64_t>{cora}));

  // The area's list, for its MDT: everyone due there, whoever their key worker.
  const auto area = Get("/api/v1/reviews", gp, {{"areaId", std::to_string(ids_.network_north)}});
  ASSERT_EQ(area.status, 200) << area.body;
  EXPECT_EQ(People(Body(area)), (std::vector<std::int64_t>{ivy, cora, doris}));
  EXPECT_EQ(CountActionRows("review-list", "allowed", "continual review"), 1);
  EXPECT_EQ(
      Get("/api/v1/reviews", SignIn("gp.south"), {{"areaId", std::to_string(ids_.network_north)}})
          .status,
      403);
  const auto too_far = Get("/api/v1/reviews", gp, {{"withinDays", "1000"}});
  ASSERT_EQ(too_far.status, 400);
  EXPECT_EQ(Body(too_far)["errors"][0]["field"], "withinDays");
  const auto bad_area = Get("/api/v1/reviews", gp, {{"areaId", "north"}});
  ASSERT_EQ(bad_area.status, 400);
  EXPECT_EQ(Body(bad_area)["errors"][0]["field"], "areaId");
  EXPECT_EQ(Get("/api/v1/reviews", gp, {{"box", "team"}}).status, 400);
  EXPECT_EQ(Get("/api/v1/reviews", SignIn("analyst")).status, 403);

  // A closed enrolment leaves the list.
  ASSERT_EQ(Put("/api/v1/people/" + std::to_string(ivy) + "/enrolment",
                {{"state", "closed"}, {"reason", "moved"}, {"version", 1}}, gp)
                .status,
            200);
  EXPECT_EQ(People(Body(Get("/api/v1/reviews", coordinator))), (std::vector<std::int64_t>{doris}));
}

TEST_P(ReviewApiTest, AnMdtNextReviewDateIsAReviewToo) {
  const auto gp = SignIn("gp.north");
  const auto coordinator = SignIn("coordinator.north");
  SetKeyWorker(ids_.person_north, "coordinator.north", gp);
  SetPlanReview(ids_.person_north, "2024-01-12");
  const std::int64_t id = Schedule(coordinator, ids_.network_north, "2024-01-01T10:00:00Z");
  const std::int64_t c = AddCase(coordinator, id, ids_.person_north);
  ASSERT_EQ(MoveTo(coordinator, id, "held").status, 200);
  ASSERT_EQ(Put(MeetingPath(id) + "/cases/" + std::to_string(c) + "/outcome",
                {{"summary", "Review after the new medicine"},
                 {"decision", "continue_plan"},
                 {"nextReviewDate", "2024-01-05"},
                 {"version", 1}},
                coordinator)
                .status,
            200);
  const std::int64_t next = Schedule(coordinator, ids_.network_north, "2024-01-08T10:00:00Z");
  AddCase(coordinator, next, ids_.person_north, "mdt_review");
  const json mine = Body(Get("/api/v1/reviews", coordinator));
  ASSERT_EQ(mine["items"].size(), 1U);
  const json item = mine["items"][0];
  EXPECT_EQ(item["dueDate"], "2024-01-05");  // the earlier of the two
  EXPECT_EQ(item["days"], 4);
  ASSERT_EQ(item["sources"].size(), 2U);
  EXPECT_EQ(item["sources"][1]["source"], "mdt");
  EXPECT_EQ(item["sources"][1]["caseId"], c);
  EXPECT_EQ(item["nextMeeting"]["id"], next);
}

TEST_P(ReviewApiTest, PeopleWhoDiedAreOffTheListsAndThoseWhoLeftOffTheAreas) {
  // Doris, Ann and Edna come from North Practice's extract; Ivy was added in LCN.
  ImportExtract(
      "patient_id,nhs_number,birth_date,sex,practice,death_date,given_name,family_name\n"
      "X1,9990000018,1938-04-12,female,G0001,,,\n"
      "X3,,1960-02-02,female,G0001,,Ann,Other\n"
      "X4,,1936-07-07,female,G0001,,Edna,Living\n",
      "patient_id,code,date,value\n");
  auto gp = SignIn("gp.north");
  const auto find = [&](const std::string& family, const std::string& birth) {
    const json found =
        Body(Get("/api/v1/people", gp, {{"familyName", family}, {"birthDate", birth}}));
    EXPECT_EQ(found["items"].size(), 1U) << found.dump();
    return found["items"].empty() ? 0 : found["items"][0]["id"].get<std::int64_t>();
  };
  const std::int64_t doris = ids_.person_north;
  const std::int64_t ann = find("Other", "1960-02-02");
  const std::int64_t edna = find("Living", "1936-07-07");
  const std::int64_t ivy = AddPerson("Ivy", "Reed", ids_.practice_north);
  for (const std::int64_t p : {doris, ann, edna, ivy}) {
    SetKeyWorker(p, "coordinator.north", gp);
  }
  SetPlanReview(ivy, "2024-01-05");
  SetPlanReview(doris, "2024-01-06");
  SetPlanReview(ann, "2024-01-07");
  SetPlanReview(edna, "2024-01-08");
  auto coordinator = SignIn("coordinator.north");
  const std::map<std::string, std::string> north = {{"areaId", std::to_string(ids_.network_north)}};
  EXPECT_EQ(People(Body(Get("/api/v1/reviews", coordinator))),
            (std::vector<std::int64_t>{ivy, doris, ann, edna}));
  EXPECT_EQ(People(Body(Get("/api/v1/reviews", coordinator, north))),
            (std::vector<std::int64_t>{ivy, doris, ann, edna}));

  // Four days on (signed in again), the practice's next extract: Doris died on 2024-01-03 and
  // Ann is no longer listed (she has left the practice).
  clock_.AdvanceSeconds(4 * 24 * 3600);
  gp = SignIn("gp.north");
  coordinator = SignIn("coordinator.north");
  ImportExtract(
      "patient_id,nhs_number,birth_date,sex,practice,death_date,given_name,family_name\n"
      "X1,9990000018,1938-04-12,female,G0001,2024-01-03,,\n"
      "X4,,1936-07-07,female,G0001,,Edna,Living\n",
      "patient_id,code,date,value\n");
  json mine = Body(Get("/api/v1/reviews", coordinator));
  // Ann stays with her key worker (the enrolment is still open), marked as gone.
  ASSERT_EQ(People(mine), (std::vector<std::int64_t>{ivy, ann, edna})) << mine.dump();
  EXPECT_TRUE(mine["items"][0]["leftPractice"].is_null());
  EXPECT_EQ(mine["items"][1]["leftPractice"], "2024-01-05");
  EXPECT_TRUE(mine["items"][2]["leftPractice"].is_null());
  EXPECT_EQ(People(Body(Get("/api/v1/reviews", coordinator, north))),
            (std::vector<std::int64_t>{ivy, edna}));
  // Closing Ann's enrolment (she moved) takes her off her key worker's list too.
  ASSERT_EQ(Put("/api/v1/people/" + std::to_string(ann) + "/enrolment",
                {{"state", "closed"}, {"reason", "moved"}, {"version", 1}}, gp)
                .status,
            200);
  EXPECT_EQ(People(Body(Get("/api/v1/reviews", coordinator))),
            (std::vector<std::int64_t>{ivy, edna}));
}

TEST_P(ReviewApiTest, PeopleOutsideTheKeyWorkersRelationshipsAreWithheld) {
  // Winston's practice names the council's social worker as key worker, but they are not yet
  // in his care team.
  SetKeyWorker(ids_.person_south, "social.worker", SignIn("gp.south"));
  SetPlanReview(ids_.person_south, "2024-01-03");
  const json list = Body(Get("/api/v1/reviews", SignIn("social.worker")));
  EXPECT_TRUE(list["items"].empty());
  EXPECT_EQ(list["withheld"], 1);
  EXPECT_EQ(CountAudit(ids_.person_south, "review-list", "denied"), 1);
}

INSTANTIATE_TEST_SUITE_P(Engines, ReviewApiTest,
                         ::testing::Values(test::Backend::kSqlite, test::Backend::kPostgres),
                         ParamName);

}  // namespace
}  // namespace lcn::integration
