// SPDX-License-Identifier: Apache-2.0
//
// Permissions that routes declare, described once in one data table (permission.cpp: name,
// whether it concerns people's records, description), and the one role-to-permission table
// (policy.cpp). Deny by default: a role has only the permissions listed for it. The OpenAPI
// document and the web UI read names and person-data flags from here.
#pragma once

#include <span>
#include <string_view>

#include "domain/role.hpp"

namespace lcn::auth {

enum class Permission {
  kPublic,           // no session needed (sign-in, health)
  kSignedIn,         // any signed-in user (own session, sign-out)
  kDirectoryRead,    // geography, organisations, teams
  kDirectoryWrite,   // add and change geography, organisations, teams
  kUserAdmin,        // manage staff accounts
  kPersonSearch,     // find people (results still filtered by relationship)
  kPersonRead,       // read a person's record (with a legitimate relationship)
  kPersonWrite,      // register and change people (with a relationship, for changes)
  kBreakGlass,       // emergency access to one person with a reason
  kAuditRead,        // accesses to a person's record; break-glass review
  kCountsRead,       // aggregate counts without identities
  kWorklistRead,     // case-finding worklists of the practices within reach (identifiable)
  kRegisterImport,   // upload GP and hospital extracts into the register
  kEnrol,            // enrol people in care coordination and name their lead professional
  kCareTeamWrite,    // add, change and end members of a person's care team
  kAssessmentWrite,  // record holistic assessments and scored instruments for a person
  kTaskWrite,        // ask others to do something for a person in your care (tasks, referrals)
  kAboutMeWrite,     // write a person's About me (with them or their carer)
  kCarePlanWrite,    // write and agree a person's personalised care and support plan
  kMdtRead,          // see MDT meetings, their case lists and outcomes
  kMdtWrite,         // schedule MDT meetings, build case lists, record outcomes and minutes
  kNoteWrite,        // write notes about a person in your care (calls, visits, messages)
};

// One row of the permission table.
struct PermissionInfo {
  Permission permission;
  std::string_view name;  // as routes, sessions and the OpenAPI document name it
  bool person_data;       // routes that need it read or change people's records
  std::string_view description;
};

// Every permission, in declaration order.
std::span<const PermissionInfo> Permissions();

// The row of `p`.
const PermissionInfo& InfoOf(Permission p);

std::string_view PermissionName(Permission p);

// True when `role` holds `permission`. kPublic and kSignedIn hold for every role.
bool RoleHas(domain::Role role, Permission permission);

// True when the role works across its networks (care coordinators, network managers), so the
// network-role relationship applies to it.
bool WorksAcrossNetwork(domain::Role role);

// The permissions of `role`, for display.
std::span<const Permission> PermissionsOf(domain::Role role);

}  // namespace lcn::auth
