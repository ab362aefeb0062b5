// SPDX-License-Identifier: Apache-2.0
//
// The directory's rules about where things sit in the geography (system > place > network >
// neighbourhood), checked inside the caller's transaction by the handlers that add or change
// areas, organisations and teams. Stateless.
#pragma once

#include <optional>

#include "core/ids.hpp"
#include "domain/records.hpp"
#include "sql/database.hpp"

namespace lcn::directory {

// An area's parent must exist and be of the kind one level up; a system has none.
// Throws Error(kBadRequest) naming parentId otherwise.
void CheckParent(sql::Transaction& tx, const domain::Area& area);

// When `area` is set, it must name an area. Throws Error(kBadRequest) naming areaId otherwise.
void CheckAreaExists(sql::Transaction& tx, const std::optional<AreaId>& area);

}  // namespace lcn::directory
