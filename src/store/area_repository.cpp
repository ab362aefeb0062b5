// SPDX-License-Identifier: Apache-2.0
#include "store/area_repository.hpp"

#include "core/error.hpp"
#include "store/row_mapping.hpp"

namespace lcn::store {
namespace {

constexpr const char* kColumns =
    "SELECT id, kind, code, name, parent_id, population, version FROM areas ";

domain::Area ToArea(const sql::Row& r) {
  domain::Area a;
  a.id = AreaId(r.Int("id"));
  a.kind = domain::ParseAreaKind(r.Text("kind")).value_or(domain::AreaKind::kNetwork);
  a.code = r.OptText("code");
  a.name = r.Text("name");
  a.parent_id = OptId<AreaId>(r, "parent_id");
  a.population = r.OptInt("population");
  a.version = r.Int("version");
  return a;
}

}  // namespace

AreaId AreaRepository::Insert(const domain::Area& area, Micros now) {
  std::int64_t id = 0;
  tx_.Query(
      "INSERT INTO areas (kind, code, name, parent_id, population, created_at, updated_at) "
      "VALUES (${kind}, ${code}, ${name}, ${parent}, ${population}, ${now}, ${now}) RETURNING id",
      {{"kind", std::string(domain::AreaKindName(area.kind))},
       {"code", sql::Nullable(area.code)},
       {"name", area.name},
       {"parent", NullableId(area.parent_id)},
       {"population", sql::Nullable(area.population)},
       {"now", now}},
      [&](const sql::Row& r) { id = r.Int("id"); });
  return AreaId(id);
}

std::optional<domain::Area> AreaRepository::FindById(AreaId id) {
  return QueryOne(tx_, std::string(kColumns) + "WHERE id = ${id}", {{"id", id.Value()}}, ToArea);
}

std::optional<domain::Area> AreaRepository::FindByCode(const std::string& code) {
  return QueryOne(tx_, std::string(kColumns) + "WHERE code = ${code}", {{"code", code}}, ToArea);
}

std::vector<domain::Area> AreaRepository::List(std::optional<domain::AreaKind> kind,
                                               std::optional<AreaId> parent) {
  return QueryAll(tx_,
                  std::string(kColumns) +
                      "WHERE (CAST(${kind} AS TEXT) = '' OR kind = ${kind}) AND (CAST(${parent} AS "
                      "BIGINT) = 0 OR parent_id = ${parent}) "
                      "ORDER BY name, id",
                  {{"kind", kind ? std::string(domain::AreaKindName(*kind)) : std::string()},
                   {"parent", parent ? parent->Value() : std::int64_t{0}}},
                  ToArea);
}

std::int64_t AreaRepository::Update(const domain::Area& area, Micros now) {
  const std::int64_t changed = tx_.Execute(
      "UPDATE areas SET code = ${code}, name = ${name}, parent_id = ${parent}, "
      "population = ${population}, version = version + 1, updated_at = ${now} "
      "WHERE id = ${id} AND version = ${version}",
      {{"code", sql::Nullable(area.code)},
       {"name", area.name},
       {"parent", NullableId(area.parent_id)},
       {"population", sql::Nullable(area.population)},
       {"now", now},
       {"id", area.id.Value()},
       {"version", area.version}});
  if (changed == 0) {
    ThrowStaleOrMissing(FindById(area.id).has_value(), "area");
  }
  return area.version + 1;
}

}  // namespace lcn::store
