// SPDX-License-Identifier: Apache-2.0
//
// The wire contract of continual review and of an MDT meeting's suggested cases: the JSON
// Schemas of their response bodies, beside the JSON mapping in review_handlers.cpp and
// mdt_suggestion_handlers.cpp (the API tests check every response against them).
#pragma once

#include "api/schema.hpp"

namespace lcn::api {

// GET /mdt/meetings/{id}/suggestions: people the meeting might discuss, with every reason.
schema::Schema MdtSuggestionsSchema();

// GET /reviews: people whose review is due, yours or an area's.
schema::Schema ReviewListSchema();

// The `box` query parameter of GET /reviews.
schema::Schema ReviewBoxSchema();

}  // namespace lcn::api
