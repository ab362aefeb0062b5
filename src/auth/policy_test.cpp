// SPDX-License-Identifier: Apache-2.0
#include <set>
#include <string_view>

#include <gtest/gtest.h>

#include "auth/permission.hpp"

namespace lcn::auth {
namespace {

using domain::Role;

TEST(PolicyTest, AnalystsSeeCountsNeverIdentities) {
  EXPECT_TRUE(RoleHas(Role::kAnalyst, Permission::kCountsRead));
  EXPECT_FALSE(RoleHas(Role::kAnalyst, Permission::kPersonRead));
  EXPECT_FALSE(RoleHas(Role::kAnalyst, Permission::kPersonSearch));
  EXPECT_FALSE(RoleHas(Role::kAnalyst, Permission::kBreakGlass));
}

TEST(PolicyTest, WorklistsForPracticeAndNetworkStaffImportsForAdministrators) {
  for (const Role r :
       {Role::kGp, Role::kPracticeNurse, Role::kCareCoordinator, Role::kNetworkManager}) {
    EXPECT_TRUE(RoleHas(r, Permission::kWorklistRead));
    EXPECT_FALSE(RoleHas(r, Permission::kRegisterImport));
  }
  for (const Role r :
       {Role::kAnalyst, Role::kAdministrator, Role::kCommunityNurse, Role::kPrivacyOfficer}) {
    EXPECT_FALSE(RoleHas(r, Permission::kWorklistRead));
  }
  EXPECT_TRUE(RoleHas(Role::kAdministrator, Permission::kRegisterImport));
}

TEST(PolicyTest, AdministratorsManageButCannotReadPeople) {
  EXPECT_TRUE(RoleHas(Role::kAdministrator, Permission::kUserAdmin));
  EXPECT_TRUE(RoleHas(Role::kAdministrator, Permission::kDirectoryWrite));
  EXPECT_FALSE(RoleHas(Role::kAdministrator, Permission::kPersonRead));
}

TEST(PolicyTest, ClinicalRolesReadWithRelationshipAndMayBreakGlass) {
  for (const Role r : {Role::kGp, Role::kCommunityNurse, Role::kSocialWorker, Role::kParamedic}) {
    EXPECT_TRUE(RoleHas(r, Permission::kPersonRead));
    EXPECT_TRUE(RoleHas(r, Permission::kBreakGlass));
    EXPECT_FALSE(RoleHas(r, Permission::kUserAdmin));
    EXPECT_FALSE(RoleHas(r, Permission::kAuditRead));
  }
}

TEST(PolicyTest, OnlyCoordinatorsAndNetworkManagersWorkAcrossTheNetwork) {
  int across = 0;
  for (const Role r : domain::AllRoles()) {
    across += WorksAcrossNetwork(r) ? 1 : 0;
  }
  EXPECT_EQ(across, 2);
  EXPECT_TRUE(WorksAcrossNetwork(Role::kCareCoordinator));
  EXPECT_TRUE(WorksAcrossNetwork(Role::kNetworkManager));
  EXPECT_FALSE(WorksAcrossNetwork(Role::kGp));
}

TEST(PolicyTest, ClinicalAndCareRolesRecordAssessmentsParamedicsAndOthersDoNot) {
  for (const Role r :
       {Role::kGp, Role::kPracticeNurse, Role::kCareCoordinator, Role::kCommunityNurse,
        Role::kSocialWorker, Role::kCareNavigator, Role::kLinkWorker, Role::kGeriatrician,
        Role::kPharmacist, Role::kCareHomeManager}) {
    EXPECT_TRUE(RoleHas(r, Permission::kAssessmentWrite)) << domain::RoleName(r);
    EXPECT_TRUE(RoleHas(r, Permission::kPersonRead)) << domain::RoleName(r);
  }
  for (const Role r : {Role::kParamedic, Role::kNetworkManager, Role::kAnalyst,
                       Role::kPrivacyOfficer, Role::kAdministrator}) {
    EXPECT_FALSE(RoleHas(r, Permission::kAssessmentWrite)) << domain::RoleName(r);
  }
  EXPECT_EQ(PermissionName(Permission::kAssessmentWrite), "assessment:write");
}

TEST(PolicyTest, EveryRoleHasAPolicyRow) {
  for (const Role r : domain::AllRoles()) {
    EXPECT_FALSE(PermissionsOf(r).empty()) << domain::RoleName(r);
    EXPECT_TRUE(RoleHas(r, Permission::kSignedIn));
  }
}

TEST(PermissionTableTest, EveryPermissionHasOneRowInDeclarationOrderWithAUniqueName) {
  const auto table = Permissions();
  ASSERT_EQ(table.size(), static_cast<std::size_t>(Permission::kNoteWrite) + 1);
  std::set<std::string_view> names;
  for (std::size_t i = 0; i < table.size(); ++i) {
    EXPECT_EQ(static_cast<std::size_t>(table[i].permission), i);
    EXPECT_TRUE(names.insert(table[i].name).second) << table[i].name;
    EXPECT_FALSE(table[i].description.empty()) << table[i].name;
  }
  EXPECT_TRUE(InfoOf(Permission::kCarePlanWrite).person_data);
  EXPECT_FALSE(InfoOf(Permission::kCountsRead).person_data);
  EXPECT_EQ(PermissionName(Permission::kBreakGlass), "person:break-glass");
}

}  // namespace
}  // namespace lcn::auth
