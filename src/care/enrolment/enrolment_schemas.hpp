// SPDX-License-Identifier: Apache-2.0
//
// The wire contract of enrolment: the JSON Schemas of its request and response bodies, beside
// the JSON mapping in enrolment_handlers.cpp (the API tests check every response against them).
#pragma once

#include "api/schema.hpp"

namespace lcn::api {

// PUT /people/{id}/enrolment.
schema::Schema EnrolmentChangeSchema();

// A person's enrolment, its history and the changes allowed next.
schema::Schema EnrolmentSchema();

}  // namespace lcn::api
