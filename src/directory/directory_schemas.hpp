// SPDX-License-Identifier: Apache-2.0
//
// The wire contract of the directory: the JSON Schemas of its request and response bodies
// (api/schema.hpp), beside its JSON mapping (api/json_mapping.cpp and the directory's handlers).
// The API tests check every exchange against them.
#pragma once

#include "api/schema.hpp"

namespace lcn::api {

// Networks: the list and one network with its neighbourhoods and practices.
schema::Schema NetworkListSchema();
schema::Schema NetworkDetailSchema();

// Areas.
schema::Schema AreaSchema();
schema::Schema AreaListSchema();
schema::Schema AreaCreateSchema();
schema::Schema AreaUpdateSchema();
// The ?kind= of the area list.
schema::Schema AreaKindSchema();

// Organisations.
schema::Schema OrganisationSchema();
schema::Schema OrganisationDetailSchema();
schema::Schema OrganisationListSchema();
schema::Schema OrganisationCreateSchema();
schema::Schema OrganisationUpdateSchema();

// Teams and their members.
schema::Schema TeamSchema();
schema::Schema TeamDetailSchema();
schema::Schema TeamListSchema();
schema::Schema TeamCreateSchema();
schema::Schema TeamUpdateSchema();
schema::Schema TeamMemberAddSchema();
schema::Schema TeamMembershipSchema();

// The staff directory.
schema::Schema StaffListSchema();

// Staff accounts.
schema::Schema StaffAccountSchema();
schema::Schema StaffAccountListSchema();
schema::Schema StaffAccountCreateSchema();
schema::Schema StaffAccountUpdateSchema();

}  // namespace lcn::api
