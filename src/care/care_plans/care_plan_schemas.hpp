// SPDX-License-Identifier: Apache-2.0
//
// The wire contract of care plans: the JSON Schemas of their request and response bodies, beside
// the JSON mapping (care_plan.cpp, care_plan_diff.cpp, care_plan_handlers.cpp). The API tests
// check every response against them.
#pragma once

#include "api/schema.hpp"

namespace lcn::api {

// PUT /people/{id}/care-plan: {content, changeNote?, version}.
schema::Schema CarePlanSaveSchema();

// One version of a person's plan (version 0 and empty content before the first).
schema::Schema CarePlanVersionSchema();

// Every version of a person's plan, newest first, without content.
schema::Schema CarePlanVersionListSchema();

// What changed between two versions.
schema::Schema CarePlanDiffSchema();

// The plan's vocabularies with their labels, and its limits.
schema::Schema CarePlanVocabularySchema();

}  // namespace lcn::api
