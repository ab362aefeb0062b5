// SPDX-License-Identifier: Apache-2.0
//
// Personalised care and support plans (docs/care-coordination.md): read a person's current plan
// (version 0 and an empty plan when there is none yet), save a new version (optimistic: a stale
// version is 409 and nothing is written; every field problem is one 400 naming its element
// path), list the versions, read one, the readable difference between two, and the printable
// copy for the person (HTML), and the plan's vocabularies. Each handler parses, calls
// care::CarePlans (which decides and audits access in the data's transaction) and renders.
// Plain functions; no state.
#pragma once

#include "api/router.hpp"

namespace lcn::api::handlers {

// care_plan_handlers.cpp
Response GetCarePlan(const Request& req, const Call& call);
Response SaveCarePlan(const Request& req, const Call& call);
Response ListCarePlanVersions(const Request& req, const Call& call);
Response GetCarePlanVersion(const Request& req, const Call& call);

// care_plan_view_handlers.cpp
Response GetCarePlanVocabulary(const Request& req, const Call& call);
Response DiffCarePlan(const Request& req, const Call& call);
Response PrintCarePlan(const Request& req, const Call& call);

}  // namespace lcn::api::handlers
