// SPDX-License-Identifier: Apache-2.0
//
// The wire contract of the people capability: the JSON Schemas of its request and response
// bodies (api/schema.hpp), beside its JSON mapping (api::PersonJson and the handlers). The API
// tests check every exchange against them.
#pragma once

#include "api/schema.hpp"

namespace lcn::api {

// A person's record, as read, registered or changed.
schema::Schema PersonSchema();
// A search: the people shown and how many were withheld.
schema::Schema PeopleResultSchema();
schema::Schema PersonCreateSchema();
schema::Schema PersonUpdateSchema();

// Break-glass: the request, the grant, the list for review and a review.
schema::Schema BreakGlassRequestSchema();
schema::Schema BreakGlassGrantSchema();
schema::Schema BreakGlassAccessListSchema();
schema::Schema BreakGlassReviewRequestSchema();
schema::Schema BreakGlassReviewSchema();

// Every access to one person's record.
schema::Schema PersonAccessLogSchema();

// Registered people per practice.
schema::Schema PeopleByPracticeSchema();

}  // namespace lcn::api
