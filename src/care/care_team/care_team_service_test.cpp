// SPDX-License-Identifier: Apache-2.0
//
// The care-team service on both engines: a refused read is audited and committed; a refused or
// invalid change leaves no member and exactly its access row (denied, or one allowed row when
// the use case itself refused); the rules that moved out of the handlers (no duplicate member,
// a member belongs to one person's team) hold; membership gives and ends the relationship.
#include "care/care_team/care_team_service.hpp"

#include <gtest/gtest.h>

#include "integration/api_fixture.hpp"
#include "store/run_in_transaction.hpp"

namespace lcn::integration {
namespace {

class CareTeamServiceTest : public ApiTest {
 protected:
  care::CareTeams Teams() { return care::CareTeams(*db_, clock_); }

  static store::CareTeamMember Organisation(std::int64_t id, const std::string& role) {
    store::CareTeamMember m;
    m.organisation = OrganisationId(id);
    m.role = role;
    return m;
  }

  // Every member of the person's team, ended ones included, read without the service.
  std::size_t StoredMembers(std::int64_t person) {
    std::size_t n = 0;
    store::RunInTransaction(*db_, sql::TransactionMode::kReadOnly, [&](auto& tx) {
      n = store::CareTeamRepository(tx).Members(PersonId(person), true).size();
    });
    return n;
  }
};

TEST_P(CareTeamServiceTest, RefusedReadIsAuditedAndCommitted) {
  try {
    (void)Teams().Members(Principal("gp.south"), PersonId(ids_.person_north), false);
    FAIL() << "a GP of another practice read the care team";
  } catch (const Error& e) {
    EXPECT_EQ(e.Code(), ErrorCode::kForbidden);
    EXPECT_EQ(e.Kind(), "no-legitimate-relationship");
    EXPECT_TRUE(e.Audited());
  }
  EXPECT_EQ(CountAudit(ids_.person_north, "read-care-team", "denied"), 1);
  EXPECT_EQ(CountAudit(ids_.person_north, "read-care-team", "allowed"), 0);
}

TEST_P(CareTeamServiceTest, RefusedAddLeavesNoMemberAndItsRefusalRow) {
  EXPECT_THROW((void)Teams().Add(Principal("gp.south"), PersonId(ids_.person_north),
                                 Organisation(ids_.council, "ASC")),
               Error);
  EXPECT_EQ(StoredMembers(ids_.person_north), 0U);
  EXPECT_EQ(CountAudit(ids_.person_north, "update-care-team", "denied"), 1);
  EXPECT_EQ(CountAudit(ids_.person_north, "update-care-team", "allowed"), 0);
}

TEST_P(CareTeamServiceTest, InvalidAddLeavesNoMemberAndOneAllowedRow) {
  store::CareTeamMember ghost;
  ghost.user = UserId(999999);
  ghost.role = "Ghost";
  try {
    (void)Teams().Add(Principal("gp.north"), PersonId(ids_.person_north), ghost);
    FAIL() << "a member who does not exist was added";
  } catch (const Error& e) {
    EXPECT_EQ(e.Code(), ErrorCode::kBadRequest);
    ASSERT_EQ(e.Issues().size(), 1U);
    EXPECT_EQ(e.Issues()[0].field, "userId");
  }
  EXPECT_EQ(StoredMembers(ids_.person_north), 0U);
  EXPECT_EQ(CountAudit(ids_.person_north, "update-care-team", "allowed"), 1);
  EXPECT_EQ(CountAudit(ids_.person_north, "update-care-team", "denied"), 0);
}

TEST_P(CareTeamServiceTest, AnActiveMemberIsNotAddedTwice) {
  const auto gp = Principal("gp.north");
  const PersonId person(ids_.person_north);
  (void)Teams().Add(gp, person, Organisation(ids_.council, "ASC"));
  try {
    (void)Teams().Add(gp, person, Organisation(ids_.council, "Again"));
    FAIL() << "the council was added twice";
  } catch (const Error& e) {
    EXPECT_EQ(e.Code(), ErrorCode::kConflict);
    EXPECT_EQ(e.Kind(), "already-a-member");
  }
  EXPECT_EQ(StoredMembers(ids_.person_north), 1U);
  EXPECT_EQ(CountAudit(ids_.person_north, "update-care-team", "allowed"), 2);
}

TEST_P(CareTeamServiceTest, AMemberOfAnotherPersonsTeamIsNotFound) {
  const auto south = Teams().Add(Principal("gp.south"), PersonId(ids_.person_south),
                                 Organisation(ids_.council, "ASC"));
  const auto gp = Principal("gp.north");
  try {
    (void)Teams().End(gp, PersonId(ids_.person_north), south.id, south.version, "not mine");
    FAIL() << "a member of another person's team was ended";
  } catch (const Error& e) {
    EXPECT_EQ(e.Code(), ErrorCode::kNotFound);
  }
  EXPECT_EQ(Teams().Members(Principal("gp.south"), PersonId(ids_.person_south), false).size(), 1U);
}

TEST_P(CareTeamServiceTest, MembershipGivesTheRelationshipAndEndingItTakesItAway) {
  const auto gp = Principal("gp.north");
  const auto social = Principal("social.worker");
  const PersonId person(ids_.person_north);
  EXPECT_THROW((void)Teams().Members(social, person, false), Error);
  store::CareTeamMember named;
  named.user = social.user_id;
  named.role = "Social worker";
  named.lead = true;
  const auto added = Teams().Add(gp, person, named);
  EXPECT_EQ(added.name, "social.worker");
  EXPECT_TRUE(added.lead);
  EXPECT_EQ(Teams().Members(social, person, false).size(), 1U);  // now in her care
  const auto ended = Teams().End(gp, person, added.id, added.version, "case closed");
  ASSERT_TRUE(ended.ended_at.has_value());
  EXPECT_EQ(ended.end_reason, "case closed");
  EXPECT_THROW((void)Teams().Members(social, person, false), Error);
}

INSTANTIATE_TEST_SUITE_P(Engines, CareTeamServiceTest,
                         ::testing::Values(test::Backend::kSqlite, test::Backend::kPostgres),
                         ParamName);

}  // namespace
}  // namespace lcn::integration
