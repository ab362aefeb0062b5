// SPDX-License-Identifier: Apache-2.0
//
// The staff directory: the active members of staff who care for people (every role that may
// read a person's record), by name or organisation, so that a care team member, a task's
// assignee, an MDT attendee or a lead professional can be chosen by name. Directory data, not
// patient data. Stateless; reads inside the caller's transaction.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/ids.hpp"
#include "domain/role.hpp"
#include "sql/database.hpp"

namespace lcn::store {

struct StaffMember {
  UserId id;
  std::string display_name;
  domain::Role role = domain::Role::kGp;
  OrganisationId organisation;
  std::string organisation_name;
};

struct StaffQuery {
  std::optional<std::string> text;  // part of the name or the organisation's name, any case
  std::optional<OrganisationId> organisation;
  std::vector<domain::Role> roles;  // the roles to list (the caring roles)
  int limit = 20;
};

// Members of staff matching `query`, by name.
std::vector<StaffMember> FindStaff(sql::Transaction& tx, const StaffQuery& query);

}  // namespace lcn::store
