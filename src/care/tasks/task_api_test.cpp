// SPDX-License-Identifier: Apache-2.0
//
// Tasks and referrals through the API on both engines: a referral from a GP to adult social
// care, accepted (the council joins the care team and gains the relationship), started and
// completed with an outcome the requester sees; declines need a reason; illegal changes are 409
// with the allowed ones; strangers are refused; overdue flags; the requester cancels.
#include <gtest/gtest.h>

#include "integration/api_fixture.hpp"

namespace lcn::integration {
namespace {

using nlohmann::json;

class TaskApiTest : public ApiTest {
 protected:
  std::string Tasks() { return "/api/v1/people/" + std::to_string(ids_.person_north) + "/tasks"; }

  json Referral(const std::string& due = "2024-02-01") {
    return {{"kind", "referral"},
            {"service", "adult_social_care"},
            {"title", "Care needs assessment"},
            {"details", "Struggling with stairs since the fall"},
            {"priority", "soon"},
            {"dueDate", due},
            {"assigneeOrganisationId", ids_.council}};
  }

  api::Response Change(std::int64_t task, const json& body, const Session& s) {
    return Post("/api/v1/tasks/" + std::to_string(task) + "/state", body, s);
  }
};

TEST_P(TaskApiTest, AReferralIsAcceptedWorkedAndCompletedAndTheRequesterSeesTheOutcome) {
  const auto gp = SignIn("gp.north");
  const auto social = SignIn("social.worker");
  const auto created = Post(Tasks(), Referral(), gp);
  ASSERT_EQ(created.status, 201) << created.body;
  const std::int64_t id = Body(created)["id"];
  EXPECT_EQ(Body(created)["state"], "requested");
  EXPECT_EQ(Body(created)["assignee"]["name"], "Council ASC");

  const json inbox = Body(Get("/api/v1/tasks", social, {{"box", "organisation"}}));
  ASSERT_EQ(inbox["items"].size(), 1U);
  EXPECT_EQ(inbox["items"][0]["personName"], "Doris Jones");
  const std::string person = "/api/v1/people/" + std::to_string(ids_.person_north);
  EXPECT_EQ(Get(person, social).status, 403);  // not yet in her care

  const auto detail = Get("/api/v1/tasks/" + std::to_string(id), social);
  ASSERT_EQ(detail.status, 200);
  EXPECT_EQ(Body(detail)["allowed"], json::array({"accepted", "declined"}));

  ASSERT_EQ(Change(id, {{"state", "accepted"}, {"version", 1}}, social).status, 200);
  EXPECT_EQ(Get(person, social).status, 200);  // the council joined her care team
  const json team = Body(Get(person + "/care-team", gp));
  ASSERT_EQ(team["members"].size(), 1U);
  EXPECT_EQ(team["members"][0]["name"], "Council ASC");
  EXPECT_EQ(team["members"][0]["role"], "Adult social care");

  EXPECT_EQ(Change(id, {{"state", "in_progress"}, {"version", 1}}, social).status, 409);  // stale
  ASSERT_EQ(Change(id, {{"state", "in_progress"}, {"version", 2}}, social).status, 200);
  const auto done =
      Change(id, {{"state", "completed"}, {"version", 3}, {"note", "Stair rail fitted"}}, social);
  ASSERT_EQ(done.status, 200) << done.body;

  const json sent = Body(Get("/api/v1/tasks", gp, {{"box", "sent"}, {"open", "false"}}));
  ASSERT_EQ(sent["items"].size(), 1U);
  EXPECT_EQ(sent["items"][0]["state"], "completed");
  EXPECT_EQ(sent["items"][0]["outcome"], "Stair rail fitted");
  const json history = Body(Get("/api/v1/tasks/" + std::to_string(id), gp))["history"];
  ASSERT_EQ(history.size(), 4U);
  EXPECT_EQ(history[3]["to"], "completed");
  EXPECT_EQ(history[3]["by"], "social.worker");
  EXPECT_TRUE(Body(Get("/api/v1/tasks", social, {{"box", "organisation"}}))["items"].empty());
}

TEST_P(TaskApiTest, DeclinesNeedAReasonAndFinishedTasksCannotMove) {
  const auto gp = SignIn("gp.north");
  const auto social = SignIn("social.worker");
  const std::int64_t id = Body(Post(Tasks(), Referral(), gp))["id"];
  EXPECT_EQ(Change(id, {{"state", "declined"}, {"version", 1}}, social).status, 400);
  ASSERT_EQ(
      Change(id, {{"state", "declined"}, {"version", 1}, {"note", "Not eligible"}}, social).status,
      200);
  const auto late = Change(id, {{"state", "completed"}, {"version", 2}}, social);
  ASSERT_EQ(late.status, 409) << late.body;
  EXPECT_EQ(Body(late)["allowed"], json::array());
  EXPECT_EQ(Body(Get("/api/v1/tasks/" + std::to_string(id), gp))["declineReason"], "Not eligible");
  // Declining did not add the council to the care team.
  EXPECT_TRUE(
      Body(Get("/api/v1/people/" + std::to_string(ids_.person_north) + "/care-team", gp))["members"]
          .empty());
}

TEST_P(TaskApiTest, OnlyTheRequesterCancelsAndStrangersAreRefused) {
  const auto gp = SignIn("gp.north");
  const auto social = SignIn("social.worker");
  const std::int64_t id = Body(Post(Tasks(), Referral(), gp))["id"];
  EXPECT_EQ(Change(id, {{"state", "cancelled"}, {"version", 1}}, social).status, 409);
  const auto stranger = SignIn("gp.south");
  EXPECT_EQ(Change(id, {{"state", "accepted"}, {"version", 1}}, stranger).status, 403);
  EXPECT_EQ(Get("/api/v1/tasks/" + std::to_string(id), stranger).status, 403);
  EXPECT_EQ(Change(id, {{"state", "accepted"}, {"version", 1}}, gp).status, 409);  // not assignee
  ASSERT_EQ(Change(id, {{"state", "cancelled"}, {"version", 1}}, gp).status, 200);
  // A requester without a relationship cannot create one.
  EXPECT_EQ(Post(Tasks(), Referral(), stranger).status, 403);
  // Bad requests name their fields.
  const auto bad = Post(Tasks(),
                        {{"kind", "referral"},
                         {"title", "x"},
                         {"dueDate", "2023-01-01"},
                         {"assigneeUserId", 1},
                         {"assigneeTeamId", 1}},
                        gp);
  ASSERT_EQ(bad.status, 400);
  const std::string errors = Body(bad)["errors"].dump();
  for (const char* field : {"service", "dueDate", "assigneeUserId"}) {
    EXPECT_NE(errors.find(field), std::string::npos) << field;
  }
}

TEST_P(TaskApiTest, OverdueTasksAreFlaggedAndListed) {
  const auto gp = SignIn("gp.north");
  json task = Referral("2024-01-02");
  task["kind"] = "task";
  task.erase("service");
  task.erase("assigneeOrganisationId");
  task["assigneeUserId"] = Body(Get("/api/v1/session", gp))["user"]["id"];
  ASSERT_EQ(Post(Tasks(), task, gp).status, 201);
  EXPECT_TRUE(Body(Get("/api/v1/tasks", gp, {{"overdue", "true"}}))["items"].empty());
  clock_.AdvanceSeconds(3 * 24 * 3600);
  const auto later = SignIn("gp.north");  // the old session has expired
  const json overdue = Body(Get("/api/v1/tasks", later, {{"overdue", "true"}}));
  ASSERT_EQ(overdue["items"].size(), 1U);
  EXPECT_TRUE(overdue["items"][0]["overdue"].get<bool>());
  EXPECT_EQ(Get("/api/v1/tasks", later, {{"box", "everything"}}).status, 400);
}

INSTANTIATE_TEST_SUITE_P(Engines, TaskApiTest,
                         ::testing::Values(test::Backend::kSqlite, test::Backend::kPostgres),
                         ParamName);

}  // namespace
}  // namespace lcn::integration
