// SPDX-License-Identifier: Apache-2.0
//
// AreaRepository reads and writes the geography (system > place > network > neighbourhood)
// inside the caller's transaction. Stateless; thread-compatible.
#pragma once

#include <optional>
#include <vector>

#include "core/clock.hpp"
#include "domain/records.hpp"
#include "sql/database.hpp"

namespace lcn::store {

class AreaRepository {
 public:
  explicit AreaRepository(sql::Transaction& tx) : tx_(tx) {}

  // Inserts `area` (its id and version are ignored); returns the new id.
  // Throws Error(kConflict) on a duplicate code.
  AreaId Insert(const domain::Area& area, Micros now);

  [[nodiscard]] std::optional<domain::Area> FindById(AreaId id);

  [[nodiscard]] std::optional<domain::Area> FindByCode(const std::string& code);

  // Areas of `kind` (all kinds when nullopt), optionally only children of `parent`, by name.
  std::vector<domain::Area> List(std::optional<domain::AreaKind> kind,
                                 std::optional<AreaId> parent = std::nullopt);

  // Updates name, code, parent and population when `area.version` is current; returns the new
  // version. Throws Error(kConflict) when the version is stale, Error(kNotFound) when missing.
  std::int64_t Update(const domain::Area& area, Micros now);

 private:
  sql::Transaction& tx_;
};

}  // namespace lcn::store
