// SPDX-License-Identifier: Apache-2.0
//
// A person's timeline and the care team's notes through the API on both engines: every kind
// of entry appears newest first with who did it; filters by type and period; paging; notes
// marked in error are kept and flagged; relationship and permission refusals.
#include <cstdint>
#include <set>

#include <gtest/gtest.h>

#include "integration/api_fixture.hpp"
#include "store/run_in_transaction.hpp"

namespace lcn::integration {
namespace {

using nlohmann::json;

class TimelineApiTest : public ApiTest {
 protected:
  std::string Person() { return "/api/v1/people/" + std::to_string(ids_.person_north); }

  std::string Timeline() { return Person() + "/timeline"; }

  std::string Notes() { return Person() + "/notes"; }

  std::int64_t UserId(const std::string& username) {
    std::int64_t id = 0;
    store::RunInTransaction(*db_, sql::TransactionMode::kReadOnly, [&](auto& tx) {
      tx.Query("SELECT id FROM users WHERE username = ${u}", {{"u", username}},
               [&](const sql::Row& r) { id = r.Int("id"); });
    });
    return id;
  }

  static std::vector<std::string> Types(const json& body) {
    std::vector<std::string> out;
    for (const auto& e : body["entries"]) {
      out.push_back(e["type"].get<std::string>());
    }
    return out;
  }
};

TEST_P(TimelineApiTest, EveryKindOfEntryNewestFirstWithWhoDidIt) {
  const auto gp = SignIn("gp.north");
  ASSERT_EQ(Put(Person() + "/enrolment", {{"state", "identified"}}, gp).status, 200);
  clock_.AdvanceSeconds(60);
  ASSERT_EQ(Post(Notes(), {{"kind", "phone_call"}, {"text", "Spoke to her daughter"}}, gp).status,
            201);
  clock_.AdvanceSeconds(60);
  const auto referral = Post(Person() + "/tasks",
                             {{"kind", "referral"},
                              {"service", "adult_social_care"},
                              {"title", "Care needs assessment"},
                              {"priority", "soon"},
                              {"assigneeUserId", UserId("social.worker")}},
                             gp);
  ASSERT_EQ(referral.status, 201) << referral.body;
  clock_.AdvanceSeconds(60);
  // The social worker accepts, which adds them to the care team and opens the record to them.
  const auto social = SignIn("social.worker");
  const std::int64_t task = Body(referral)["id"];
  const auto accepted =
      Post("/api/v1/tasks/" + std::to_string(task) + "/state",
           {{"state", "accepted"}, {"version", Body(referral)["version"]}}, social);
  ASSERT_EQ(accepted.status, 200) << accepted.body;

  const auto r = Get(Timeline(), social);
  ASSERT_EQ(r.status, 200) << r.body;
  const json body = Body(r);
  const auto types = Types(body);
  const std::multiset<std::string> kinds(types.begin(), types.end());
  EXPECT_EQ(kinds.count("enrolment"), 1U);
  EXPECT_EQ(kinds.count("note"), 1U);
  EXPECT_EQ(kinds.count("referral"), 2U);   // sent, then accepted
  EXPECT_EQ(kinds.count("care_team"), 1U);  // the social worker joined
  std::string previous = "9999";
  for (const auto& e : body["entries"]) {
    EXPECT_LE(e["at"].get<std::string>(), previous) << "newest first";
    previous = e["at"];
    EXPECT_FALSE(e["title"].get<std::string>().empty());
  }
  EXPECT_EQ(types.back(), "enrolment");  // the oldest
  // The filter's choices, each with the server's words for one entry and for all of them.
  bool referrals = false;
  for (const auto& t : body["types"]) {
    if (t["code"] == "referral") {
      referrals = true;
      EXPECT_EQ(t["label"], "Referral");
      EXPECT_EQ(t["plural"], "Referrals");
    }
  }
  EXPECT_TRUE(referrals);
  const json oldest_note = body["entries"][types.size() - 2];
  EXPECT_EQ(oldest_note["title"], "Phone call");
  EXPECT_EQ(oldest_note["detail"], "Spoke to her daughter");
  EXPECT_EQ(oldest_note["by"], Body(Get("/api/v1/session", gp))["user"]["displayName"]);
  bool saw_accepted = false;
  for (const auto& e : body["entries"]) {
    if (e["type"] == "referral" && e["event"] == "accepted") {
      saw_accepted = true;
      EXPECT_EQ(e["title"], "Referral accepted: Care needs assessment");
    }
  }
  EXPECT_TRUE(saw_accepted);
  EXPECT_EQ(CountAudit(ids_.person_north, "read-timeline", "allowed"), 1);
}

TEST_P(TimelineApiTest, FiltersByTypeAndPeriodAndPages) {
  for (int i = 0; i < 5; ++i) {
    // One a day; sessions do not last a day, so sign in each time.
    ASSERT_EQ(Post(Notes(), {{"text", "note " + std::to_string(i)}}, SignIn("gp.north")).status,
              201);
    clock_.AdvanceSeconds(std::int64_t{24} * 3600);
  }
  const auto gp = SignIn("gp.north");
  ASSERT_EQ(Put(Person() + "/enrolment", {{"state", "identified"}}, gp).status, 200);

  const json notes = Body(Get(Timeline(), gp, {{"types", "note"}}));
  EXPECT_EQ(notes["entries"].size(), 5U);
  EXPECT_EQ(notes["entries"][0]["detail"], "note 4");
  const json both = Body(Get(Timeline(), gp, {{"types", "note,enrolment"}}));
  EXPECT_EQ(both["entries"].size(), 6U);

  // The period: the days of notes 1 to 3, both ends included.
  const std::string day1 = notes["entries"][3]["at"].get<std::string>().substr(0, 10);
  const std::string day3 = notes["entries"][1]["at"].get<std::string>().substr(0, 10);
  const json period = Body(Get(Timeline(), gp, {{"from", day1}, {"to", day3}}));
  ASSERT_EQ(period["entries"].size(), 3U);
  EXPECT_EQ(period["entries"][0]["detail"], "note 3");
  EXPECT_EQ(period["entries"][2]["detail"], "note 1");

  const json page1 = Body(Get(Timeline(), gp, {{"limit", "4"}}));
  EXPECT_EQ(page1["entries"].size(), 4U);
  EXPECT_TRUE(page1["hasMore"].get<bool>());
  const json page2 = Body(Get(Timeline(), gp, {{"limit", "4"}, {"offset", "4"}}));
  EXPECT_EQ(page2["entries"].size(), 2U);
  EXPECT_FALSE(page2["hasMore"].get<bool>());
  EXPECT_EQ(page2["entries"][1]["detail"], "note 0");

  const auto bad =
      Get(Timeline(), gp, {{"types", "note,gossip"}, {"from", "2024-13-01"}, {"limit", "0"}});
  ASSERT_EQ(bad.status, 400);
  const std::string errors = Body(bad)["errors"].dump();
  for (const char* field : {"types", "from", "limit", "gossip"}) {
    EXPECT_NE(errors.find(field), std::string::npos) << field;
  }
  const auto backwards = Get(Timeline(), gp, {{"from", day3}, {"to", day1}});
  EXPECT_EQ(backwards.status, 400);
}

TEST_P(TimelineApiTest, NotesInErrorAreKeptAndOnlyTheirAuthorMarksThem) {
  const auto gp = SignIn("gp.north");
  const auto coordinator = SignIn("coordinator.north");
  const auto note = Post(Notes(), {{"kind", "home_visit"}, {"text", "Wrong person's visit"}}, gp);
  ASSERT_EQ(note.status, 201);
  const std::string mark =
      Notes() + "/" + std::to_string(Body(note)["id"].get<std::int64_t>()) + "/entered-in-error";
  EXPECT_EQ(Post(mark, {{"reason", "not mine"}}, coordinator).status, 403);
  EXPECT_EQ(Post(mark, json::object(), gp).status, 400);  // a reason is required
  const auto marked = Post(mark, {{"reason", "written in the wrong record"}}, gp);
  ASSERT_EQ(marked.status, 200) << marked.body;
  EXPECT_TRUE(Body(marked)["inError"].get<bool>());
  EXPECT_EQ(Body(marked)["enteredInError"]["reason"], "written in the wrong record");
  EXPECT_EQ(Post(mark, {{"reason", "again"}}, gp).status, 409);

  const json list = Body(Get(Notes(), coordinator));
  ASSERT_EQ(list["notes"].size(), 1U);  // kept
  EXPECT_TRUE(list["notes"][0]["inError"].get<bool>());
  const json timeline = Body(Get(Timeline(), gp, {{"types", "note"}}));
  ASSERT_EQ(timeline["entries"].size(), 1U);
  EXPECT_TRUE(timeline["entries"][0]["inError"].get<bool>());

  EXPECT_EQ(Post(Notes(), {{"kind", "gossip"}, {"text", "x"}}, gp).status, 400);
  EXPECT_EQ(Post(Notes() + "/999999/entered-in-error", {{"reason", "x"}}, gp).status, 404);
}

TEST_P(TimelineApiTest, RefusedWithoutRelationshipOrPermission) {
  const auto south = SignIn("gp.south");
  EXPECT_EQ(Get(Timeline(), south).status, 403);
  EXPECT_EQ(Post(Notes(), {{"text", "x"}}, south).status, 403);
  EXPECT_EQ(CountAudit(ids_.person_north, "read-timeline", "denied"), 1);
  EXPECT_EQ(CountAudit(ids_.person_north, "write-note", "denied"), 1);
  const auto analyst = SignIn("analyst");
  EXPECT_EQ(Post(Notes(), {{"text", "x"}}, analyst).status, 403);
  EXPECT_EQ(Get(Timeline(), analyst).status, 403);
  EXPECT_EQ(Get("/api/v1/people/999999/timeline", SignIn("gp.north")).status, 404);
}

INSTANTIATE_TEST_SUITE_P(Engines, TimelineApiTest,
                         ::testing::Values(test::Backend::kSqlite, test::Backend::kPostgres),
                         ParamName);

}  // namespace
}  // namespace lcn::integration
