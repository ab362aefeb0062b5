// SPDX-License-Identifier: Apache-2.0
//
// Care teams through the API on both engines: members from three organisations (a member of
// staff, a team, an organisation), one lead, membership as a legitimate relationship that
// starts and ends with it, duplicates refused, stale versions 409, permissions.
#include <gtest/gtest.h>

#include "integration/api_fixture.hpp"
#include "store/run_in_transaction.hpp"

namespace lcn::integration {
namespace {

using nlohmann::json;

class CareTeamApiTest : public ApiTest {
 protected:
  std::string Person() { return "/api/v1/people/" + std::to_string(ids_.person_north); }

  std::string Team() { return Person() + "/care-team"; }

  std::int64_t Id(const std::string& sql) {
    std::int64_t id = 0;
    store::RunInTransaction(*db_, sql::TransactionMode::kReadOnly, [&](auto& tx) {
      tx.Query(sql, {}, [&](const sql::Row& r) { id = r.Int("id"); });
    });
    return id;
  }
};

TEST_P(CareTeamApiTest, MembersFromThreeOrganisationsGainAndLoseTheRelationship) {
  const auto gp = SignIn("gp.north");
  const auto social = SignIn("social.worker");  // Council adult social care, not North's
  EXPECT_EQ(Get(Person(), social).status, 403);

  // The council's social worker by name, the federation as an organisation, a team.
  const auto r = Post(Team(),
                      {{"userId", Id("SELECT id FROM users WHERE username = 'social.worker'")},
                       {"role", "Social worker"},
                       {"lead", true}},
                      gp);
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(Body(r)["kind"], "person");
  EXPECT_EQ(Body(r)["organisation"], "Council ASC");
  const std::int64_t social_member = Body(r)["id"];
  ASSERT_EQ(
      Post(Team(), {{"organisationId", ids_.federation_north}, {"role", "Care coordination"}}, gp)
          .status,
      201);
  const auto gp_self = Post(Team(),
                            {{"userId", Id("SELECT id FROM users WHERE username = 'gp.north'")},
                             {"role", "GP"},
                             {"lead", true}},
                            gp);
  ASSERT_EQ(gp_self.status, 201);

  const auto team = Get(Team(), gp);
  ASSERT_EQ(team.status, 200);
  const json members = Body(team)["members"];
  ASSERT_EQ(members.size(), 3U);
  int leads = 0;
  for (const auto& m : members) {
    leads += m["lead"].get<bool>() ? 1 : 0;
  }
  EXPECT_EQ(leads, 1);  // the GP took the lead from the social worker

  // Membership is a relationship: the social worker reads the record, with basis care-team.
  const auto read = Get(Person(), social);
  ASSERT_EQ(read.status, 200) << read.body;
  EXPECT_EQ(CountAudit(ids_.person_north, "read", "allowed"), 1);

  // Ending it takes the relationship away.
  const json current = Body(Get(Team(), gp));
  std::int64_t version = 0;
  for (const auto& m : current["members"]) {
    if (m["id"] == social_member) {
      version = m["version"];
    }
  }
  const std::string end = Team() + "/" + std::to_string(social_member) + "/end";
  EXPECT_EQ(Post(end, {{"version", version + 5}}, gp).status, 409);  // stale
  const auto ended = Post(end, {{"version", version}, {"reason", "case closed"}}, gp);
  ASSERT_EQ(ended.status, 200) << ended.body;
  EXPECT_FALSE(Body(ended)["endedAt"].is_null());
  EXPECT_EQ(Post(end, {{"version", version + 1}}, gp).status, 409);  // already ended
  EXPECT_EQ(Get(Person(), social).status, 403);
  EXPECT_EQ(Body(Get(Team(), gp))["members"].size(), 2U);
  EXPECT_EQ(Body(Get(Team(), gp, {{"includeEnded", "true"}}))["members"].size(), 3U);
}

TEST_P(CareTeamApiTest, BadMembersDuplicatesAndPermissionsAreRefused) {
  const auto gp = SignIn("gp.north");
  EXPECT_EQ(Post(Team(), {{"role", "Nobody"}}, gp).status, 400);
  EXPECT_EQ(Post(Team(), {{"userId", 1}, {"teamId", 1}, {"role", "Two"}}, gp).status, 400);
  EXPECT_EQ(Post(Team(), {{"userId", 999999}, {"role", "Ghost"}}, gp).status, 400);
  EXPECT_EQ(Post(Team(), {{"organisationId", ids_.council}}, gp).status, 400);  // no role
  ASSERT_EQ(Post(Team(), {{"organisationId", ids_.council}, {"role", "ASC"}}, gp).status, 201);
  EXPECT_EQ(Post(Team(), {{"organisationId", ids_.council}, {"role", "Again"}}, gp).status, 409);
  // Someone without a relationship, and a role without the permission.
  EXPECT_EQ(
      Post(Team(), {{"organisationId", ids_.federation_north}, {"role", "x"}}, SignIn("gp.south"))
          .status,
      403);
  EXPECT_EQ(Post(Team(), {{"organisationId", ids_.federation_north}, {"role", "x"}},
                 SignIn("social.worker"))
                .status,
            403);
  EXPECT_EQ(Put(Team() + "/999999", {{"role", "x"}, {"lead", false}, {"version", 1}}, gp).status,
            404);
}

INSTANTIATE_TEST_SUITE_P(Engines, CareTeamApiTest,
                         ::testing::Values(test::Backend::kSqlite, test::Backend::kPostgres),
                         ParamName);

}  // namespace
}  // namespace lcn::integration
