// SPDX-License-Identifier: Apache-2.0
//
// Enrolment through the API on both engines: the allowed path, illegal changes (409 with the
// allowed ones), stale versions (409, nothing overwritten), required agreement and reasons,
// the relationship and permission checks, and the worklist following at once.
#include <gtest/gtest.h>

#include "integration/api_fixture.hpp"
#include "store/run_in_transaction.hpp"

namespace lcn::integration {
namespace {

using nlohmann::json;

class EnrolmentApiTest : public ApiTest {
 protected:
  std::string Person() { return "/api/v1/people/" + std::to_string(ids_.person_north); }

  std::string Path() { return Person() + "/enrolment"; }

  std::int64_t UserId(const std::string& username) {
    std::int64_t id = 0;
    store::RunInTransaction(*db_, sql::TransactionMode::kReadOnly, [&](auto& tx) {
      tx.Query("SELECT id FROM users WHERE username = ${u}", {{"u", username}},
               [&](const sql::Row& r) { id = r.Int("id"); });
    });
    return id;
  }
};

TEST_P(EnrolmentApiTest, IdentifiedInvitedEnrolledWithAgreementAndALead) {
  const auto gp = SignIn("gp.north");
  const auto before = Get(Path(), gp);
  ASSERT_EQ(before.status, 200) << before.body;
  EXPECT_TRUE(Body(before)["state"].is_null());
  EXPECT_EQ(Body(before)["allowed"], json::array({"identified", "invited"}));

  auto r = Put(Path(), {{"state", "identified"}}, gp);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(Body(r)["version"], 1);
  r = Put(Path(), {{"state", "invited"}, {"version", 1}}, gp);
  ASSERT_EQ(r.status, 200) << r.body;
  const auto no_agreement = Put(Path(), {{"state", "enrolled"}, {"version", 2}}, gp);
  ASSERT_EQ(no_agreement.status, 400);
  EXPECT_NE(Body(no_agreement)["errors"].dump().find("agreement"), std::string::npos);
  r = Put(Path(),
          {{"state", "enrolled"},
           {"agreement", "verbal"},
           {"leadUserId", UserId("coordinator.north")},
           {"version", 2}},
          gp);
  ASSERT_EQ(r.status, 200) << r.body;
  const json b = Body(r);
  EXPECT_EQ(b["state"], "enrolled");
  EXPECT_EQ(b["agreement"], "verbal");
  EXPECT_EQ(b["lead"]["displayName"], "coordinator.north");
  EXPECT_EQ(b["changedBy"]["displayName"], "gp.north");
  ASSERT_EQ(b["history"].size(), 3U);
  EXPECT_EQ(b["history"][2]["from"], "invited");
  EXPECT_EQ(b["history"][2]["to"], "enrolled");
  EXPECT_EQ(b["allowed"], json::array({"closed"}));
  EXPECT_EQ(b["history"][2]["lead"]["displayName"], "coordinator.north");
  // Four access decisions: the refused enrolment without agreement was allowed access too.
  EXPECT_EQ(CountAudit(ids_.person_north, "update-enrolment", "allowed"), 4);
}

TEST_P(EnrolmentApiTest, TheLeadProfessionalChangesWithoutAChangeOfState) {
  const auto gp = SignIn("gp.north");
  ASSERT_EQ(Put(Path(), {{"state", "invited"}}, gp).status, 200);
  ASSERT_EQ(Put(Path(),
                {{"state", "enrolled"},
                 {"agreement", "written"},
                 {"leadUserId", UserId("coordinator.north")},
                 {"version", 1}},
                gp)
                .status,
            200);
  // A new lead: the state, the agreement and what is allowed next stay as they were.
  const auto r =
      Put(Path(), {{"state", "enrolled"}, {"leadUserId", UserId("gp.north")}, {"version", 2}}, gp);
  ASSERT_EQ(r.status, 200) << r.body;
  const json b = Body(r);
  EXPECT_EQ(b["state"], "enrolled");
  EXPECT_EQ(b["agreement"], "written");
  EXPECT_EQ(b["lead"]["displayName"], "gp.north");
  ASSERT_EQ(b["history"].size(), 3U);
  EXPECT_EQ(b["history"][2]["from"], "enrolled");
  EXPECT_EQ(b["history"][2]["to"], "enrolled");
  const json timeline = Body(Get(Person() + "/timeline", gp, {{"types", "enrolment"}}));
  EXPECT_EQ(timeline["entries"][0]["title"], "Lead professional changed");
  // The same state without a new lead is still not a change.
  const auto same =
      Put(Path(), {{"state", "enrolled"}, {"leadUserId", UserId("gp.north")}, {"version", 3}}, gp);
  EXPECT_EQ(same.status, 409);
  EXPECT_EQ(Body(same)["allowed"], json::array({"closed"}));
}

TEST_P(EnrolmentApiTest, IllegalChangesAndStaleVersionsAre409AndChangeNothing) {
  const auto gp = SignIn("gp.north");
  ASSERT_EQ(Put(Path(), {{"state", "identified"}}, gp).status, 200);
  const auto jump =
      Put(Path(), {{"state", "enrolled"}, {"agreement", "written"}, {"version", 1}}, gp);
  ASSERT_EQ(jump.status, 409) << jump.body;
  EXPECT_EQ(Body(jump)["allowed"], json::array({"invited", "declined", "closed"}));
  const auto stale = Put(Path(), {{"state", "invited"}, {"version", 7}}, gp);
  EXPECT_EQ(stale.status, 409);
  const auto missing_version = Put(Path(), {{"state", "invited"}}, gp);
  EXPECT_EQ(missing_version.status, 409);
  EXPECT_EQ(Body(Get(Path(), gp))["state"], "identified");
  EXPECT_EQ(Body(Get(Path(), gp))["version"], 1);

  const auto no_reason = Put(Path(), {{"state", "declined"}, {"version", 1}}, gp);
  EXPECT_EQ(no_reason.status, 400);
  const auto bad_closure =
      Put(Path(), {{"state", "closed"}, {"reason", "bored"}, {"version", 1}}, gp);
  EXPECT_EQ(bad_closure.status, 400);
  EXPECT_EQ(Put(Path(), {{"state", "declined"}, {"reason", "prefers not now"}, {"version", 1}}, gp)
                .status,
            200);
  EXPECT_EQ(Put(Path(), {{"state", "unknown"}, {"version", 2}}, gp).status, 400);
  EXPECT_EQ(Put(Path(), {{"state", "invited"}, {"leadUserId", 999999}, {"version", 2}}, gp).status,
            400);
}

TEST_P(EnrolmentApiTest, OnlyWithARelationshipAndTheRightRole) {
  EXPECT_EQ(Put(Path(), {{"state", "identified"}}, SignIn("gp.south")).status, 403);
  EXPECT_EQ(CountAudit(ids_.person_north, "update-enrolment", "denied"), 1);
  EXPECT_EQ(Put(Path(), {{"state", "identified"}}, SignIn("social.worker")).status, 403);
  EXPECT_EQ(CountAudit(ids_.person_north, "refuse", "denied"), 1);  // the role lacks care:enrol
  EXPECT_EQ(Get(Path(), SignIn("gp.south")).status, 403);
  EXPECT_EQ(
      Put("/api/v1/people/999999/enrolment", {{"state", "identified"}}, SignIn("gp.north")).status,
      404);
}

TEST_P(EnrolmentApiTest, EnrolledAndDeclinedPeopleLeaveTheWorklistAtOnce) {
  ASSERT_EQ(UploadExtract(SignIn("admin"), {{"patients",
                                             "patient_id,nhs_number,birth_date,sex,practice\n"
                                             "X1,9990000018,1938-04-12,female,G0001\n"},
                                            {"events",
                                             "patient_id,code,date\nX1,38341003,2015-01-01\n"
                                             "X1,44054006,2015-01-01\nX1,13645005,2015-01-01\n"}})
                .status,
            201);
  const auto gp = SignIn("gp.north");
  const json before = Body(Get("/api/v1/worklist", gp, {{"cohort", "ltc3"}}));
  EXPECT_EQ(before["total"], 1);
  EXPECT_TRUE(before["items"][0]["enrolment"].is_null());
  ASSERT_EQ(Put(Path(), {{"state", "invited"}, {"leadUserId", UserId("gp.north")}}, gp).status,
            200);
  const json invited = Body(Get("/api/v1/worklist", gp, {{"cohort", "ltc3"}}));
  EXPECT_EQ(invited["total"], 1);  // still to do, and the row says where it stands
  EXPECT_EQ(invited["items"][0]["enrolment"]["state"], "invited");
  EXPECT_EQ(invited["items"][0]["enrolment"]["leadUserId"], UserId("gp.north"));
  EXPECT_EQ(invited["items"][0]["enrolment"]["version"], 1);
  ASSERT_EQ(
      Put(Path(), {{"state", "enrolled"}, {"agreement", "by_carer"}, {"version", 1}}, gp).status,
      200);
  EXPECT_EQ(Body(Get("/api/v1/worklist", gp, {{"cohort", "ltc3"}}))["total"], 0);
  const auto why = Get("/api/v1/people/" + std::to_string(ids_.person_north) + "/findings", gp);
  EXPECT_EQ(Body(why)["excludedBecause"], "enrolled");
}

INSTANTIATE_TEST_SUITE_P(Engines, EnrolmentApiTest,
                         ::testing::Values(test::Backend::kSqlite, test::Backend::kPostgres),
                         ParamName);

}  // namespace
}  // namespace lcn::integration
