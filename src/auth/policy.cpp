// SPDX-License-Identifier: Apache-2.0
//
// The role-to-permission table. Changing who may do what is a change to this file only, and
// docs/security.md shows the same table.
#include <algorithm>
#include <array>
#include <vector>

#include "auth/permission.hpp"

namespace lcn::auth {
namespace {

using domain::Role;
using P = Permission;

struct PolicyRow {
  Role role;
  std::vector<Permission> permissions;
};

const std::vector<PolicyRow>& Policy() {
  static const std::vector<PolicyRow> kPolicy = [] {
    const std::vector<Permission> kClinical = {P::kDirectoryRead, P::kPersonSearch, P::kPersonRead,
                                               P::kBreakGlass,    P::kTaskWrite,    P::kMdtRead,
                                               P::kNoteWrite};
    // Clinical and care roles that also record assessments, write About me and plans and take
    // part in MDT meetings (paramedics read only).
    std::vector<Permission> kAssessing = kClinical;
    kAssessing.insert(kAssessing.end(),
                      {P::kAssessmentWrite, P::kAboutMeWrite, P::kCarePlanWrite, P::kMdtWrite});
    const std::vector<Permission> kRegistering = {
        P::kDirectoryRead,   P::kPersonSearch, P::kPersonRead,   P::kPersonWrite,
        P::kBreakGlass,      P::kWorklistRead, P::kEnrol,        P::kCareTeamWrite,
        P::kAssessmentWrite, P::kTaskWrite,    P::kAboutMeWrite, P::kCarePlanWrite,
        P::kMdtRead,         P::kMdtWrite,     P::kNoteWrite};
    return std::vector<PolicyRow>{
        {Role::kGp, kRegistering},
        {Role::kPracticeNurse, kRegistering},
        {Role::kCareCoordinator, kRegistering},
        {Role::kCommunityNurse, kAssessing},
        {Role::kSocialWorker, kAssessing},
        {Role::kCareNavigator, kAssessing},
        {Role::kLinkWorker, kAssessing},
        {Role::kParamedic, kClinical},
        {Role::kGeriatrician, kAssessing},
        {Role::kPharmacist, kAssessing},
        {Role::kCareHomeManager, kAssessing},
        {Role::kNetworkManager,
         {P::kDirectoryRead, P::kPersonSearch, P::kPersonRead, P::kCountsRead, P::kWorklistRead,
          P::kMdtRead, P::kMdtWrite}},
        {Role::kAnalyst, {P::kDirectoryRead, P::kCountsRead}},
        {Role::kPrivacyOfficer, {P::kDirectoryRead, P::kAuditRead}},
        {Role::kAdministrator,
         {P::kDirectoryRead, P::kDirectoryWrite, P::kUserAdmin, P::kCountsRead,
          P::kRegisterImport}},
    };
  }();
  return kPolicy;
}

}  // namespace

bool RoleHas(Role role, Permission permission) {
  if (permission == P::kPublic || permission == P::kSignedIn) {
    return true;
  }
  for (const auto& row : Policy()) {
    if (row.role == role) {
      return std::find(row.permissions.begin(), row.permissions.end(), permission) !=
             row.permissions.end();
    }
  }
  return false;
}

bool WorksAcrossNetwork(Role role) {
  return role == Role::kCareCoordinator || role == Role::kNetworkManager;
}

std::span<const Permission> PermissionsOf(Role role) {
  for (const auto& row : Policy()) {
    if (row.role == role) {
      return row.permissions;
    }
  }
  return {};
}

}  // namespace lcn::auth
