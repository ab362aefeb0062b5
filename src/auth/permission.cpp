// SPDX-License-Identifier: Apache-2.0
//
// The permission table. A new permission is one enumerator in permission.hpp and one row here;
// a test checks that every enumerator has its row, in order.
#include "auth/permission.hpp"

#include <array>

#include "core/error.hpp"

namespace lcn::auth {
namespace {

using P = Permission;

constexpr std::array kPermissions = {
    PermissionInfo{P::kPublic, "public", false, "no session needed (sign-in, health)"},
    PermissionInfo{P::kSignedIn, "signed-in", false,
                   "any signed-in user (own session, sign-out, own inbox)"},
    PermissionInfo{P::kDirectoryRead, "directory:read", false,
                   "geography, organisations, teams and the staff directory"},
    PermissionInfo{P::kDirectoryWrite, "directory:write", false,
                   "add and change geography, organisations and teams"},
    PermissionInfo{P::kUserAdmin, "users:admin", false, "manage staff accounts"},
    PermissionInfo{P::kPersonSearch, "person:search", true,
                   "find people (results still filtered by relationship)"},
    PermissionInfo{P::kPersonRead, "person:read", true,
                   "read a person's record (with a legitimate relationship)"},
    PermissionInfo{P::kPersonWrite, "person:write", true,
                   "register and change people (with a relationship, for changes)"},
    PermissionInfo{P::kBreakGlass, "person:break-glass", true,
                   "emergency access to one person with a reason"},
    PermissionInfo{P::kAuditRead, "audit:read", true,
                   "accesses to a person's record; break-glass review"},
    PermissionInfo{P::kCountsRead, "counts:read", false, "aggregate counts without identities"},
    PermissionInfo{P::kWorklistRead, "worklist:read", true,
                   "case-finding worklists of the practices within reach (identifiable)"},
    PermissionInfo{P::kRegisterImport, "register:import", false,
                   "upload GP and hospital extracts into the register"},
    PermissionInfo{P::kEnrol, "care:enrol", true,
                   "enrol people in care coordination and name their lead professional"},
    PermissionInfo{P::kCareTeamWrite, "care-team:write", true,
                   "add, change and end members of a person's care team"},
    PermissionInfo{P::kAssessmentWrite, "assessment:write", true,
                   "record holistic assessments and scored instruments for a person"},
    PermissionInfo{P::kTaskWrite, "task:write", true,
                   "ask others to do something for a person in your care (tasks, referrals)"},
    PermissionInfo{P::kAboutMeWrite, "about-me:write", true,
                   "write a person's About me (with them or their carer)"},
    PermissionInfo{P::kCarePlanWrite, "care-plan:write", true,
                   "write and agree a person's personalised care and support plan"},
    PermissionInfo{P::kMdtRead, "mdt:read", true,
                   "see MDT meetings, their case lists and outcomes"},
    PermissionInfo{P::kMdtWrite, "mdt:write", true,
                   "schedule MDT meetings, build case lists, record outcomes and minutes"},
    PermissionInfo{P::kNoteWrite, "note:write", true,
                   "write notes about a person in your care (calls, visits, messages)"},
};

}  // namespace

std::span<const PermissionInfo> Permissions() {
  return kPermissions;
}

const PermissionInfo& InfoOf(Permission p) {
  const auto index = static_cast<std::size_t>(p);
  LCN_CHECK(index < kPermissions.size() && kPermissions[index].permission == p);
  return kPermissions[index];
}

std::string_view PermissionName(Permission p) {
  return InfoOf(p).name;
}

}  // namespace lcn::auth
