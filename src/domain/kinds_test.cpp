// SPDX-License-Identifier: Apache-2.0
#include "domain/kinds.hpp"

#include <gtest/gtest.h>

#include "domain/role.hpp"

namespace lcn::domain {
namespace {

TEST(KindsTest, NamesRoundTrip) {
  for (const auto name : OrganisationKindNames()) {
    const auto kind = ParseOrganisationKind(name);
    ASSERT_TRUE(kind.has_value()) << name;
    EXPECT_EQ(OrganisationKindName(*kind), name);
  }
  for (const Role r : AllRoles()) {
    EXPECT_EQ(ParseRole(RoleName(r)), r);
  }
  EXPECT_EQ(ParseSex("female"), Sex::kFemale);
  EXPECT_FALSE(ParseSex("F").has_value());
  EXPECT_FALSE(ParseRole("surgeon").has_value());
  EXPECT_FALSE(ParseAreaKind("county").has_value());
}

TEST(KindsTest, AreasNestSystemPlaceNetworkNeighbourhood) {
  EXPECT_EQ(ParentKind(AreaKind::kNeighbourhood), AreaKind::kNetwork);
  EXPECT_EQ(ParentKind(AreaKind::kNetwork), AreaKind::kPlace);
  EXPECT_EQ(ParentKind(AreaKind::kPlace), AreaKind::kSystem);
  EXPECT_EQ(ParentKind(AreaKind::kSystem), std::nullopt);
}

}  // namespace
}  // namespace lcn::domain
