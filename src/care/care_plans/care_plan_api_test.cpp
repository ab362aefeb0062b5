// SPDX-License-Identifier: Apache-2.0
//
// Personalised care and support plans through the API on both engines: the first plan and its
// versions, the readable difference, the printable copy (escaped), stale versions (409, nothing
// overwritten), field errors by path (400), refusals without a relationship or the permission
// (403, audited), and a care-team member from another organisation reading and editing.
#include <algorithm>

#include <gtest/gtest.h>

#include "care/care_plans/care_plan.hpp"
#include "crypto/crypto.hpp"
#include "integration/api_fixture.hpp"
#include "store/run_in_transaction.hpp"
#include "store/user_repository.hpp"

namespace lcn::integration {
namespace {

using nlohmann::json;

class CarePlanApiTest : public ApiTest {
 protected:
  std::string Person() { return "/api/v1/people/" + std::to_string(ids_.person_north); }

  std::string Plan() { return Person() + "/care-plan"; }

  std::int64_t Id(const std::string& sql) {
    std::int64_t id = 0;
    store::RunInTransaction(*db_, sql::TransactionMode::kReadOnly, [&](auto& tx) {
      tx.Query(sql, {}, [&](const sql::Row& r) { id = r.Int("id"); });
    });
    return id;
  }

  void AddUser(const std::string& name, domain::Role role, std::int64_t organisation) {
    store::RunInTransaction(*db_, sql::TransactionMode::kReadWrite, [&](auto& tx) {
      domain::User u;
      u.username = name;
      u.display_name = name;
      u.role = role;
      u.organisation_id = OrganisationId(organisation);
      u.password_hash = crypto::HashPassword(kPassword, crypto::HashCost::kMinimal);
      store::UserRepository(tx).Insert(u, clock_.Now());
    });
  }

  // A draft: one need, one goal, one action for the person (no ids: the server gives them).
  static json Draft() {
    return json::parse(R"json({
      "needs": [{"domain": "mobility", "description": "Falls on the stairs"}],
      "goals": [{"inOwnWords": "I want to walk to the shop again"}],
      "actions": [{"description": "Arrange grab rails", "owner": {"kind": "person"},
                   "status": "planned"}],
      "contingency": {"warningSigns": "Dizzy spells", "whatToDo": "Sit down, ring 111",
                      "whoToContact": "Sarah (daughter)"}
    })json");
  }

  static bool Has(const json& list, const std::string& s) {
    return std::find(list.begin(), list.end(), json(s)) != list.end();
  }

  static std::vector<std::string> Fields(const api::Response& r) {
    std::vector<std::string> out;
    const json body = Body(r);
    for (const auto& e : body["errors"]) {
      out.push_back(e["field"]);
    }
    return out;
  }
};

TEST_P(CarePlanApiTest, FirstPlanThenAnAgreedVersionWithItsDifference) {
  const auto gp = SignIn("gp.north");
  const auto none = Get(Plan(), gp);
  ASSERT_EQ(none.status, 200) << none.body;
  EXPECT_EQ(Body(none)["version"], 0);
  EXPECT_TRUE(Body(none)["status"].is_null());
  EXPECT_TRUE(Body(none)["content"]["goals"].empty());

  const auto first = Put(Plan(), {{"content", Draft()}, {"version", 0}}, gp);
  ASSERT_EQ(first.status, 200) << first.body;
  json plan = Body(first);
  EXPECT_EQ(plan["version"], 1);
  EXPECT_EQ(plan["status"], "draft");
  EXPECT_EQ(plan["content"]["actions"][0]["id"], "action-1-1");
  EXPECT_EQ(plan["recordedBy"]["displayName"], "gp.north");

  // Agree it, with the federation owning the action and a review date.
  json content = plan["content"];
  content["actions"][0]["owner"] = {{"kind", "organisation"}, {"id", ids_.federation_north}};
  content["actions"][0]["dueDate"] = "2024-02-01";
  content["goals"][0]["needIds"] = {content["needs"][0]["id"]};
  content["agreement"] = {
      {"agreedWith", "person"}, {"how", "face_to_face"}, {"agreedOn", "2024-01-01"}};
  content["reviewDate"] = "2024-06-30";
  const auto second =
      Put(Plan(), {{"content", content}, {"version", 1}, {"changeNote", "Agreed at home"}}, gp);
  ASSERT_EQ(second.status, 200) << second.body;
  plan = Body(second);
  EXPECT_EQ(plan["version"], 2);
  EXPECT_EQ(plan["status"], "agreed");
  EXPECT_EQ(plan["reviewDate"], "2024-06-30");
  EXPECT_EQ(plan["content"]["actions"][0]["owner"]["name"], "North Federation");

  // Sending the same plan again writes no new version.
  EXPECT_EQ(Body(Put(Plan(), {{"content", plan["content"]}, {"version", 2}}, gp))["version"], 2);

  const json versions = Body(Get(Plan() + "/versions", gp));
  EXPECT_EQ(versions["currentVersion"], 2);
  ASSERT_EQ(versions["versions"].size(), 2U);
  EXPECT_EQ(versions["versions"][0]["version"], 2);
  EXPECT_EQ(versions["versions"][0]["changeNote"], "Agreed at home");
  EXPECT_EQ(versions["versions"][0]["agreedHow"], "face_to_face");
  EXPECT_EQ(versions["versions"][1]["status"], "draft");
  EXPECT_EQ(Body(Get(Plan() + "/versions/1", gp))["content"]["actions"][0]["owner"]["kind"],
            "person");
  EXPECT_EQ(Get(Plan() + "/versions/3", gp).status, 404);

  const auto diff = Get(Plan() + "/diff", gp);  // default: the latest change
  ASSERT_EQ(diff.status, 200) << diff.body;
  const json d = Body(diff);
  EXPECT_EQ(d["from"], 1);
  EXPECT_EQ(d["to"], 2);
  EXPECT_TRUE(Has(d["sentences"],
                  "Action 'Arrange grab rails' changed owner from the person to North Federation"))
      << d["sentences"];
  EXPECT_TRUE(Has(d["sentences"], "Plan agreed with the person, face to face, on 2024-01-01"));
  EXPECT_TRUE(Has(d["sentences"], "Review date set to 2024-06-30"));
  const json fields = d["actions"]["changed"][0]["fields"];  // owner and due date
  ASSERT_EQ(fields.size(), 2U);
  EXPECT_EQ(fields[1]["field"], "owner");
  EXPECT_EQ(fields[1]["to"]["name"], "North Federation");
  const json all = Body(Get(Plan() + "/diff", gp, {{"from", "0"}, {"to", "2"}}));
  EXPECT_TRUE(Has(all["sentences"], "Goal added: 'I want to walk to the shop again'"));
  EXPECT_EQ(Get(Plan() + "/diff", gp, {{"from", "x"}}).status, 400);
  EXPECT_EQ(Get(Plan() + "/diff", gp, {{"to", "7"}}).status, 404);

  // What continual review queries: the current version, status and review date.
  std::string status, review;
  store::RunInTransaction(*db_, sql::TransactionMode::kReadOnly, [&](auto& tx) {
    tx.Query("SELECT current_version, status, review_date FROM care_plans WHERE person_id = ${p}",
             {{"p", ids_.person_north}}, [&](const sql::Row& r) {
               EXPECT_EQ(r.Int("current_version"), 2);
               status = r.Text("status");
               review = r.Text("review_date");
             });
  });
  EXPECT_EQ(status, "agreed");
  EXPECT_EQ(review, "2024-06-30");
  EXPECT_EQ(CountAudit(ids_.person_north, "update-care-plan", "allowed"), 3);
}

TEST_P(CarePlanApiTest, TheVocabularyListsEveryCodeTheServerAcceptsWithItsLabel) {
  const auto analyst = SignIn("analyst");  // no person data: the words are not about anyone
  const auto r = Get("/api/v1/care-plans/vocabulary", analyst);
  ASSERT_EQ(r.status, 200) << r.body;
  const json v = Body(r);
  ASSERT_EQ(v["needDomains"].size(), domain::NeedDomainNames().size());
  EXPECT_EQ(v["needDomains"][5],
            (json{{"code", "loneliness"}, {"label", "Loneliness and isolation"}}));
  EXPECT_EQ(v["actionStatuses"][1], (json{{"code", "in_progress"}, {"label", "In progress"}}));
  EXPECT_EQ(v["agreedHow"][3], (json{{"code", "letter"}, {"label", "By letter"}}));
  EXPECT_EQ(v["limits"]["itemsPerSection"], domain::kMaxCarePlanItems);
  // Every code it lists is one a plan may hold.
  for (const auto& need : v["needDomains"]) {
    EXPECT_TRUE(domain::ParseNeedDomain(need["code"].get<std::string>()).has_value());
  }
  for (const auto& kind : v["ownerKinds"]) {
    EXPECT_FALSE(kind["label"].get<std::string>().empty()) << kind;
  }
  EXPECT_EQ(Send(api::Method::kGet, "/api/v1/care-plans/vocabulary").status, 401);
}

TEST_P(CarePlanApiTest, AnUnknownVocabularyValueNamesTheChoicesFromTheTable) {
  const auto gp = SignIn("gp.north");
  json plan = Draft();
  plan["actions"][0]["status"] = "finished";
  const auto r = Put(Plan(), {{"content", plan}, {"version", 0}}, gp);
  ASSERT_EQ(r.status, 400) << r.body;
  EXPECT_EQ(Body(r)["errors"][0]["field"], "content.actions[0].status");
  EXPECT_EQ(Body(r)["errors"][0]["message"],
            "must be one of planned, in_progress, done, cancelled");
}

TEST_P(CarePlanApiTest, AStaleVersionIs409AndNothingIsOverwritten) {
  const auto gp = SignIn("gp.north");
  const auto coordinator = SignIn("coordinator.north");
  ASSERT_EQ(Put(Plan(), {{"content", Draft()}, {"version", 0}}, gp).status, 200);
  json mine = Draft();
  mine["goals"][0]["inOwnWords"] = "I want to garden again";
  json theirs = Draft();
  theirs["goals"][0]["inOwnWords"] = "I want to see my grandchildren";
  ASSERT_EQ(Put(Plan(), {{"content", mine}, {"version", 1}}, gp).status, 200);
  const auto stale = Put(Plan(), {{"content", theirs}, {"version", 1}}, coordinator);
  ASSERT_EQ(stale.status, 409) << stale.body;
  EXPECT_EQ(Body(stale)["currentVersion"], 2);
  EXPECT_EQ(Body(stale)["type"], "/problems/conflict");
  const json now = Body(Get(Plan(), gp));
  EXPECT_EQ(now["version"], 2);
  EXPECT_EQ(now["content"]["goals"][0]["inOwnWords"], "I want to garden again");
  EXPECT_EQ(Body(Get(Plan() + "/versions", gp))["versions"].size(), 2U);
  // A second "first" plan, and a version from the future, are stale too.
  EXPECT_EQ(Put(Plan(), {{"content", theirs}, {"version", 0}}, coordinator).status, 409);
  EXPECT_EQ(Put(Plan(), {{"content", theirs}, {"version", 9}}, coordinator).status, 409);
  EXPECT_EQ(Body(Get(Plan(), gp))["version"], 2);
}

TEST_P(CarePlanApiTest, FieldErrorsNameTheirPathsAndWriteNothing) {
  const auto gp = SignIn("gp.north");
  json bad = Draft();
  bad["actions"][0]["owner"]["kind"] = "neighbour";
  auto r = Put(Plan(), {{"content", bad}, {"version", 0}}, gp);
  ASSERT_EQ(r.status, 400) << r.body;
  EXPECT_EQ(Fields(r), std::vector<std::string>{"content.actions[0].owner.kind"});

  bad = Draft();
  bad["goals"][0].erase("inOwnWords");
  r = Put(Plan(), {{"content", bad}, {"version", 0}}, gp);
  EXPECT_EQ(Fields(r), std::vector<std::string>{"content.goals[0].inOwnWords"});

  bad = Draft();
  bad["actions"][0]["owner"] = {{"kind", "user"}, {"id", 999999}};
  r = Put(Plan(), {{"content", bad}, {"version", 0}}, gp);
  ASSERT_EQ(r.status, 400) << r.body;
  EXPECT_EQ(Fields(r), std::vector<std::string>{"content.actions[0].owner.id"});

  bad = Draft();
  bad["agreement"] = {{"agreedWith", "carer"}, {"how", "phone"}, {"agreedOn", "2024-01-01"}};
  r = Put(Plan(), {{"content", bad}, {"version", 0}}, gp);
  EXPECT_EQ(Fields(r), std::vector<std::string>{"content.reviewDate"});

  r = Put(Plan(), {{"content", Draft()}, {"version", 0}, {"colour", "red"}}, gp);
  EXPECT_EQ(Fields(r), std::vector<std::string>{"colour"});
  EXPECT_EQ(Put(Plan(), {{"content", Draft()}}, gp).status, 400);  // no version

  EXPECT_EQ(Body(Get(Plan(), gp))["version"], 0);
  // The owner check ran after access was decided: that decision stays audited.
  EXPECT_EQ(CountAudit(ids_.person_north, "update-care-plan", "allowed"), 1);
}

TEST_P(CarePlanApiTest, ThePrintableCopyShowsThePlanAndEscapesText) {
  const auto gp = SignIn("gp.north");
  json content = Draft();
  content["goals"][0]["inOwnWords"] = "I want <script>alert('x')</script> my garden back";
  content["agreement"] = {
      {"agreedWith", "person_and_carer"}, {"how", "face_to_face"}, {"agreedOn", "2024-01-01"}};
  content["reviewDate"] = "2024-06-30";
  ASSERT_EQ(Put(Plan(), {{"content", content}, {"version", 0}}, gp).status, 200);
  const auto r = Get(Plan() + "/print", gp);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.content_type, "text/html; charset=utf-8");
  EXPECT_EQ(r.body.rfind("<!DOCTYPE html>", 0), 0U);
  EXPECT_NE(r.body.find("Doris Jones"), std::string::npos);
  EXPECT_NE(r.body.find("I want &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; my garden back"),
            std::string::npos);
  EXPECT_EQ(r.body.find("<script>"), std::string::npos);
  EXPECT_NE(r.body.find("Arrange grab rails"), std::string::npos);
  EXPECT_NE(r.body.find("Sit down, ring 111"), std::string::npos);
  EXPECT_NE(r.body.find("30 June 2024"), std::string::npos);
  EXPECT_EQ(Get(Plan() + "/print", gp, {{"version", "1"}}).status, 200);
  EXPECT_EQ(Get(Plan() + "/print", gp, {{"version", "2"}}).status, 404);
  EXPECT_EQ(CountAudit(ids_.person_north, "print-care-plan", "allowed"), 3);
  const std::string south = "/api/v1/people/" + std::to_string(ids_.person_south);
  EXPECT_EQ(Get(south + "/care-plan/print", SignIn("gp.south")).status, 404);  // no plan yet
}

TEST_P(CarePlanApiTest, NoRelationshipOrNoPermissionIsRefusedAndAudited) {
  const auto gp_south = SignIn("gp.south");
  EXPECT_EQ(Get(Plan(), gp_south).status, 403);
  EXPECT_EQ(Put(Plan(), {{"content", Draft()}, {"version", 0}}, gp_south).status, 403);
  EXPECT_EQ(Get(Plan() + "/print", gp_south).status, 403);
  EXPECT_EQ(CountAudit(ids_.person_north, "read-care-plan", "denied"), 1);
  EXPECT_EQ(CountAudit(ids_.person_north, "update-care-plan", "denied"), 1);
  EXPECT_EQ(CountAudit(ids_.person_north, "print-care-plan", "denied"), 1);

  // A paramedic at the practice reads the plan but may not write it; an analyst does neither.
  AddUser("paramedic.north", domain::Role::kParamedic, ids_.practice_north);
  const auto paramedic = SignIn("paramedic.north");
  EXPECT_EQ(Get(Plan(), paramedic).status, 200);
  const auto refused = Put(Plan(), {{"content", Draft()}, {"version", 0}}, paramedic);
  EXPECT_EQ(refused.status, 403);
  EXPECT_NE(refused.body.find("care-plan:write"), std::string::npos);
  const auto analyst = SignIn("analyst");
  EXPECT_EQ(Get(Plan(), analyst).status, 403);
  EXPECT_EQ(Put(Plan(), {{"content", Draft()}, {"version", 0}}, analyst).status, 403);
  EXPECT_EQ(CountAudit(ids_.person_north, "refuse", "denied"), 3);
  EXPECT_EQ(Body(Get(Plan(), SignIn("gp.north")))["version"], 0);
}

TEST_P(CarePlanApiTest, ACareTeamMemberFromAnotherOrganisationReadsAndEdits) {
  const auto gp = SignIn("gp.north");
  const auto social = SignIn("social.worker");  // the council's, not North's
  ASSERT_EQ(Put(Plan(), {{"content", Draft()}, {"version", 0}}, gp).status, 200);
  EXPECT_EQ(Get(Plan(), social).status, 403);
  const std::int64_t social_id = Id("SELECT id FROM users WHERE username = 'social.worker'");
  ASSERT_EQ(
      Post(Person() + "/care-team", {{"userId", social_id}, {"role", "Social worker"}}, gp).status,
      201);
  const auto read = Get(Plan(), social);
  ASSERT_EQ(read.status, 200) << read.body;
  json content = Body(read)["content"];
  content["actions"].push_back({{"description", "Apply for Attendance Allowance"},
                                {"owner", {{"kind", "user"}, {"id", social_id}}},
                                {"dueDate", "2024-03-01"},
                                {"status", "planned"}});
  const auto saved = Put(Plan(), {{"content", content}, {"version", 1}}, social);
  ASSERT_EQ(saved.status, 200) << saved.body;
  EXPECT_EQ(Body(saved)["version"], 2);
  EXPECT_EQ(Body(saved)["content"]["actions"][1]["owner"]["name"], "social.worker");
  const json d = Body(Get(Plan() + "/diff", gp));
  EXPECT_TRUE(Has(d["sentences"],
                  "Action added: 'Apply for Attendance Allowance', by social.worker, due "
                  "2024-03-01"))
      << d["sentences"];
}

INSTANTIATE_TEST_SUITE_P(Engines, CarePlanApiTest,
                         ::testing::Values(test::Backend::kSqlite, test::Backend::kPostgres),
                         ParamName);

}  // namespace
}  // namespace lcn::integration
