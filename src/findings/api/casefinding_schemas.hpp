// SPDX-License-Identifier: Apache-2.0
//
// The wire contract of case finding and the register: the JSON Schemas of their request and
// response bodies and of the worklist's filters (api/schema.hpp), beside the JSON mapping in
// casefinding_handlers.cpp and register_handlers.cpp. The API tests check every exchange
// against them.
#pragma once

#include <vector>

#include "api/router.hpp"
#include "api/schema.hpp"

namespace lcn::api {

// The worklist's filters, shared by the list and its export; `paged` adds offset and limit.
std::vector<ParamDoc> WorklistParams(bool paged);

schema::Schema WorklistPageSchema();
schema::Schema WorklistPracticeListSchema();
schema::Schema CountsReportSchema();
schema::Schema CaseFindingDefinitionsSchema();
schema::Schema PersonFindingsSchema();

// The register: one recorded event, an upload's answer and the list of imports.
schema::Schema NewEventSchema();
schema::Schema RecordedEventSchema();
schema::Schema ImportResultSchema();
schema::Schema ImportListSchema();

}  // namespace lcn::api
