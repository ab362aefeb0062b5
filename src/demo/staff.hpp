// SPDX-License-Identifier: Apache-2.0
//
// The demo's teams (teams.cpp) and fictional staff accounts (staff_accounts.cpp). Teams are
// aligned to a network or neighbourhood and owned by the organisation that employs their
// members: the council (adult social care), the GP federation (care coordination, primary care
// navigation), the community and mental health trusts. Users hold the demo password.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "demo/demo_area.hpp"
#include "demo/demo_builder.hpp"
#include "demo/geography.hpp"
#include "demo/organisations.hpp"
#include "store/organisation_repository.hpp"
#include "store/user_repository.hpp"

namespace lcn::demo {

struct TeamPlan {
  std::string name;          // unique across the demo, e.g. "Southwark North care coordination"
  std::string organisation;  // the owning organisation's name
  std::string area_code;
};

// The teams for the networks and neighbourhoods of `geography`.
std::vector<TeamPlan> PlanTeams(const GeographyPlan& geography);

using TeamIds = std::map<std::string, TeamId, std::less<>>;

// Inserts the teams; returns their ids by name. Throws Error(kInternal) for an unknown
// organisation or area, and as TeamRepository::Insert does.
TeamIds InsertTeams(store::TeamRepository& repository, const std::vector<TeamPlan>& teams,
                    const OrganisationIds& organisations, const AreaIds& areas, Micros now);

// Inserts the demo users of `area` with `password_hash`, adding each to its team; returns how
// many. Throws Error(kInternal) for an unknown organisation or team, and as the repositories do.
int InsertUsers(store::UserRepository& users, store::TeamRepository& teams, DemoArea area,
                const std::string& password_hash, const OrganisationIds& organisations,
                const TeamIds& team_ids, Micros now);

}  // namespace lcn::demo
