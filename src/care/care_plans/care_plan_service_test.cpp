// SPDX-License-Identifier: Apache-2.0
//
// The care-plan service on both engines, and the mechanism every person use case runs through
// (auth::RunPersonUseCase): a refused read is audited and committed; a failed write leaves no
// data and one "allowed" access row; a use case that wrote and then failed is rolled back to
// its savepoint while its access row commits. Issue 11 asks for this proof.
#include "care/care_plans/care_plan_service.hpp"

#include <gtest/gtest.h>

#include "auth/person_use_case.hpp"
#include "integration/api_fixture.hpp"

namespace lcn::integration {
namespace {

class CarePlanServiceTest : public ApiTest {
 protected:
  care::CarePlans Plans() { return care::CarePlans(*db_, clock_); }

  static domain::CarePlanContent OneNeed() {
    domain::CarePlanContent content;
    content.needs.push_back(
        {.id = "n1", .domain = domain::NeedDomain::kOther, .description = "Help with shopping"});
    return content;
  }

  // The versions of the person's plan, read without the service (no audit row).
  std::size_t StoredVersions(std::int64_t person) {
    std::size_t n = 0;
    store::RunInTransaction(*db_, sql::TransactionMode::kReadOnly, [&](auto& tx) {
      n = store::CarePlanRepository(tx).Versions(PersonId(person)).size();
    });
    return n;
  }
};

TEST_P(CarePlanServiceTest, RefusedReadIsAuditedAndCommitted) {
  const auto south_gp = Principal("gp.south");
  try {
    (void)Plans().Current(south_gp, PersonId(ids_.person_north));
    FAIL() << "a GP of another practice read the plan";
  } catch (const Error& e) {
    EXPECT_EQ(e.Code(), ErrorCode::kForbidden);
    EXPECT_EQ(e.Kind(), "no-legitimate-relationship");
    EXPECT_TRUE(e.Audited());
  }
  EXPECT_EQ(CountAudit(ids_.person_north, "read-care-plan", "denied"), 1);
  EXPECT_EQ(CountAudit(ids_.person_north, "read-care-plan", "allowed"), 0);
}

TEST_P(CarePlanServiceTest, RefusedWriteLeavesNoDataAndItsRefusalRow) {
  const auto south_gp = Principal("gp.south");
  EXPECT_THROW((void)Plans().Save(south_gp, PersonId(ids_.person_north), OneNeed(), {}, 0), Error);
  EXPECT_EQ(StoredVersions(ids_.person_north), 0u);
  EXPECT_EQ(CountAudit(ids_.person_north, "update-care-plan", "denied"), 1);
}

TEST_P(CarePlanServiceTest, StaleWriteLeavesNoDataAndOneAllowedRow) {
  const auto gp = Principal("gp.north");
  try {
    (void)Plans().Save(gp, PersonId(ids_.person_north), OneNeed(), {}, 3);
    FAIL() << "a stale version was saved";
  } catch (const Error& e) {
    EXPECT_EQ(e.Code(), ErrorCode::kConflict);
    ASSERT_EQ(e.Facts().size(), 2u);
    EXPECT_EQ(e.Facts()[0].name, "currentVersion");
    EXPECT_EQ(e.Facts()[0].type, ErrorFact::Type::kNumber);
    EXPECT_EQ(e.Facts()[0].number, 0);
  }
  EXPECT_EQ(StoredVersions(ids_.person_north), 0u);
  EXPECT_EQ(CountAudit(ids_.person_north, "update-care-plan", "allowed"), 1);
}

TEST_P(CarePlanServiceTest, SaveCommitsThePlanWithItsAccessRow) {
  const auto gp = Principal("gp.north");
  const auto saved = Plans().Save(gp, PersonId(ids_.person_north), OneNeed(), "first", 0);
  ASSERT_TRUE(saved.version.has_value());
  EXPECT_EQ(saved.version->version, 1);
  EXPECT_EQ(StoredVersions(ids_.person_north), 1u);
  EXPECT_EQ(CountAudit(ids_.person_north, "update-care-plan", "allowed"), 1);
  // The same content again is no new version, and still one audited access.
  const auto again = Plans().Save(gp, PersonId(ids_.person_north), OneNeed(), {}, 1);
  EXPECT_EQ(again.version->version, 1);
  EXPECT_EQ(StoredVersions(ids_.person_north), 1u);
  EXPECT_EQ(CountAudit(ids_.person_north, "update-care-plan", "allowed"), 2);
}

TEST_P(CarePlanServiceTest, UseCaseThatWroteThenFailedIsRolledBackButItsAccessRowCommits) {
  const auto gp = Principal("gp.north");
  const PersonId person(ids_.person_north);
  EXPECT_THROW(auth::RunPersonUseCase(*db_, clock_, gp, person, "update-care-plan",
                                      [&](auth::PersonUse& use) {
                                        const auto written = store::CarePlanRepository(use.tx).Save(
                                            person, OneNeed(), std::nullopt, 0, gp.user_id,
                                            use.now);
                                        EXPECT_TRUE(written.has_value());
                                        throw Error(ErrorCode::kBadRequest, "changed my mind");
                                      }),
               Error);
  EXPECT_EQ(StoredVersions(ids_.person_north), 0u);
  EXPECT_EQ(CountAudit(ids_.person_north, "update-care-plan", "allowed"), 1);
}

TEST_P(CarePlanServiceTest, UnknownPersonIsNotFoundAndNothingIsAudited) {
  const auto gp = Principal("gp.north");
  try {
    (void)Plans().Current(gp, PersonId(999999));
    FAIL() << "an unknown person was read";
  } catch (const Error& e) {
    EXPECT_EQ(e.Code(), ErrorCode::kNotFound);
  }
  EXPECT_EQ(CountAudit(999999, "read-care-plan", "denied"), 0);
  EXPECT_EQ(CountAudit(999999, "read-care-plan", "allowed"), 0);
}

INSTANTIATE_TEST_SUITE_P(Engines, CarePlanServiceTest,
                         ::testing::Values(test::Backend::kSqlite, test::Backend::kPostgres),
                         ParamName);

}  // namespace
}  // namespace lcn::integration
