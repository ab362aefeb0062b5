// SPDX-License-Identifier: Apache-2.0
//
// Which GP practices a worklist or count request covers: the practice or area asked for, within
// what the caller may see (store::RelationshipRepository::PracticesInReach). Internal to the
// case-finding handlers.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "api/request.hpp"
#include "api/service_context.hpp"
#include "sql/database.hpp"

namespace lcn::api::handlers {

struct WorklistScope {
  std::vector<std::string> practices;        // ODS codes
  std::map<std::string, std::int64_t> ids;   // ODS code -> organisation id
  std::map<std::string, std::string> names;  // ODS code -> practice name
  std::string description;                   // for the audit row
};

// The practices named by ?practiceId= or ?areaId= (neither: all in reach). With `within_reach`,
// a practice or area outside the caller's reach is refused: Error(kForbidden). Unknown ids are
// Error(kNotFound); malformed ones Error(kBadRequest).
WorklistScope ResolveScope(sql::Transaction& tx, const Request& req, const Call& call,
                           bool within_reach);

}  // namespace lcn::api::handlers
