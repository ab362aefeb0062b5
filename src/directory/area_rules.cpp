// SPDX-License-Identifier: Apache-2.0
#include "directory/area_rules.hpp"

#include <string>

#include "core/error.hpp"
#include "domain/kinds.hpp"
#include "store/area_repository.hpp"

namespace lcn::directory {

void CheckParent(sql::Transaction& tx, const domain::Area& area) {
  const auto expected = domain::ParentKind(area.kind);
  if (!expected) {
    if (area.parent_id) {
      throw Error(ErrorCode::kBadRequest, "a system has no parent",
                  {{"parentId", "must be empty for a system"}});
    }
    return;
  }
  store::AreaRepository areas(tx);
  const auto parent = area.parent_id ? areas.FindById(*area.parent_id) : std::nullopt;
  if (!parent || parent->kind != *expected) {
    throw Error(
        ErrorCode::kBadRequest, "the parent area is not valid",
        {{"parentId", "must be the id of a " + std::string(domain::AreaKindName(*expected))}});
  }
}

void CheckAreaExists(sql::Transaction& tx, const std::optional<AreaId>& area) {
  if (area && !store::AreaRepository(tx).FindById(*area)) {
    throw Error(ErrorCode::kBadRequest, "no such area", {{"areaId", "no area has this id"}});
  }
}

}  // namespace lcn::directory
