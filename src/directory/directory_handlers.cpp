// SPDX-License-Identifier: Apache-2.0
//
// Geography, organisations and teams: read by every signed-in role, changed by administrators.
#include "directory/directory_handlers.hpp"

#include "api/json_body.hpp"
#include "api/json_mapping.hpp"
#include "api/problem.hpp"
#include "directory/area_rules.hpp"
#include "domain/vocabularies.hpp"
#include "store/area_repository.hpp"
#include "store/organisation_repository.hpp"
#include "store/run_in_transaction.hpp"

namespace lcn::api::handlers {
namespace {

using directory::CheckAreaExists;
using directory::CheckParent;
using nlohmann::json;
using sql::TransactionMode;

std::int64_t SumListSizes(const std::vector<domain::Organisation>& practices) {
  std::int64_t total = 0;
  for (const auto& p : practices) {
    total += p.list_size.value_or(0);
  }
  return total;
}

json NetworkSummary(store::AreaRepository& areas, store::OrganisationRepository& orgs,
                    const domain::Area& network) {
  const auto practices = orgs.List({domain::OrganisationKind::kGpPractice, network.id});
  json place = nullptr;
  if (network.parent_id) {
    if (auto p = areas.FindById(*network.parent_id)) {
      place = {{"id", p->id.Value()}, {"name", p->name}};
    }
  }
  return {{"id", network.id.Value()},
          {"code", OrNull(network.code)},
          {"name", network.name},
          {"place", place},
          {"practiceCount", practices.size()},
          {"registeredPatients", SumListSizes(practices)}};
}

// Reads and validates the writable fields of an area into `area`.
void ReadArea(JsonBody& body, domain::Area& area, bool creating) {
  if (creating) {
    if (const auto kind = body.Choice("kind", true, domain::AreaKinds())) {
      area.kind = *kind;
    }
  }
  area.code = body.String("code", false);
  if (auto name = body.String("name", true)) {
    area.name = *name;
  }
  const auto parent = body.Integer("parentId", false);
  area.parent_id = parent ? std::optional<AreaId>(AreaId(*parent)) : std::nullopt;
  area.population = body.Integer("population", false);
  if (area.population && *area.population < 0) {
    body.Invalid("population", "must not be negative");
  }
}

void ReadOrganisation(JsonBody& body, domain::Organisation& org) {
  if (auto kind = body.String("kind", true)) {
    if (auto k = domain::ParseOrganisationKind(*kind)) {
      org.kind = *k;
    } else {
      body.Invalid("kind", "is not a known organisation kind");
    }
  }
  org.ods_code = body.String("odsCode", false);
  if (org.ods_code && (org.ods_code->size() < 3 || org.ods_code->size() > 10)) {
    body.Invalid("odsCode", "must be 3 to 10 characters");
  }
  if (auto name = body.String("name", true)) {
    org.name = *name;
  }
  org.postcode = body.String("postcode", false);
  const auto area = body.Integer("areaId", false);
  org.area_id = area ? std::optional<AreaId>(AreaId(*area)) : std::nullopt;
  org.list_size = body.Integer("listSize", false);
  if (org.list_size && *org.list_size < 0) {
    body.Invalid("listSize", "must not be negative");
  }
  org.pcn_code = body.String("pcnCode", false);
  org.pcn_name = body.String("pcnName", false);
  org.description = body.String("description", false);
  org.website = body.String("website", false);
}

std::int64_t RequiredVersion(JsonBody& body) {
  const auto v = body.Integer("version", true);
  return v.value_or(0);
}

}  // namespace

Response ListNetworks(const Request&, const Call& call) {
  return store::RunInTransaction(call.services.db, TransactionMode::kReadOnly, [&](auto& tx) {
    store::AreaRepository areas(tx);
    store::OrganisationRepository orgs(tx);
    json items = json::array();
    for (const auto& n : areas.List(domain::AreaKind::kNetwork)) {
      items.push_back(NetworkSummary(areas, orgs, n));
    }
    return Json(200, {{"items", items}});
  });
}

Response GetNetwork(const Request& req, const Call& call) {
  const AreaId id(PathId(req.path_params.at("id")));
  return store::RunInTransaction(call.services.db, TransactionMode::kReadOnly, [&](auto& tx) {
    store::AreaRepository areas(tx);
    store::OrganisationRepository orgs(tx);
    const auto network = areas.FindById(id);
    if (!network || network->kind != domain::AreaKind::kNetwork) {
      throw Error(ErrorCode::kNotFound, "no network has this id");
    }
    json out = NetworkSummary(areas, orgs, *network);
    json neighbourhoods = json::array();
    for (const auto& n : areas.List(domain::AreaKind::kNeighbourhood, id)) {
      neighbourhoods.push_back({{"id", n.id.Value()}, {"code", OrNull(n.code)}, {"name", n.name}});
    }
    json practices = json::array();
    for (const auto& p : orgs.List({domain::OrganisationKind::kGpPractice, id})) {
      json neighbourhood = nullptr;
      if (p.area_id && *p.area_id != id) {
        neighbourhood = p.area_id->Value();
      }
      practices.push_back({{"id", p.id.Value()},
                           {"odsCode", OrNull(p.ods_code)},
                           {"name", p.name},
                           {"postcode", OrNull(p.postcode)},
                           {"listSize", OrNull(p.list_size)},
                           {"pcnName", OrNull(p.pcn_name)},
                           {"neighbourhoodId", neighbourhood}});
    }
    out["neighbourhoods"] = neighbourhoods;
    out["practices"] = practices;
    return Json(200, out);
  });
}

Response ListAreas(const Request& req, const Call& call) {
  std::optional<domain::AreaKind> kind;
  if (const auto k = req.Query("kind")) {
    kind = domain::ParseAreaKind(*k);
    if (!kind) {
      throw Error(ErrorCode::kBadRequest, "unknown area kind",
                  {{"kind", "must be one of " + domain::AreaKinds().Joined()}});
    }
  }
  std::optional<AreaId> parent;
  if (const auto p = req.Query("parentId")) {
    parent = AreaId(PathId(*p));
  }
  return store::RunInTransaction(call.services.db, TransactionMode::kReadOnly, [&](auto& tx) {
    json items = json::array();
    for (const auto& a : store::AreaRepository(tx).List(kind, parent)) {
      items.push_back(AreaJson(a));
    }
    return Json(200, {{"items", items}});
  });
}

Response GetArea(const Request& req, const Call& call) {
  const AreaId id(PathId(req.path_params.at("id")));
  return store::RunInTransaction(call.services.db, TransactionMode::kReadOnly, [&](auto& tx) {
    const auto area = store::AreaRepository(tx).FindById(id);
    if (!area) {
      throw Error(ErrorCode::kNotFound, "no area has this id");
    }
    return Json(200, AreaJson(*area));
  });
}

Response CreateArea(const Request& req, const Call& call) {
  JsonBody body(req.body);
  domain::Area area;
  ReadArea(body, area, true);
  body.ThrowIfInvalid();
  const Micros now = call.services.clock.Now();
  return store::RunInTransaction(call.services.db, TransactionMode::kReadWrite, [&](auto& tx) {
    CheckParent(tx, area);
    domain::Area created = area;
    created.id = store::AreaRepository(tx).Insert(area, now);
    return Json(201, AreaJson(created));
  });
}

Response UpdateArea(const Request& req, const Call& call) {
  const AreaId id(PathId(req.path_params.at("id")));
  JsonBody body(req.body);
  domain::Area incoming;
  ReadArea(body, incoming, false);
  const std::int64_t version = RequiredVersion(body);
  body.ThrowIfInvalid();
  const Micros now = call.services.clock.Now();
  return store::RunInTransaction(call.services.db, TransactionMode::kReadWrite, [&](auto& tx) {
    store::AreaRepository areas(tx);
    const auto existing = areas.FindById(id);
    if (!existing) {
      throw Error(ErrorCode::kNotFound, "no area has this id");
    }
    domain::Area area = incoming;
    area.id = id;
    area.kind = existing->kind;  // the kind of an area never changes
    area.version = version;
    CheckParent(tx, area);
    area.version = areas.Update(area, now);
    return Json(200, AreaJson(area));
  });
}

Response ListOrganisations(const Request& req, const Call& call) {
  store::OrganisationFilter filter;
  if (const auto k = req.Query("kind")) {
    filter.kind = domain::ParseOrganisationKind(*k);
    if (!filter.kind) {
      throw Error(ErrorCode::kBadRequest, "unknown organisation kind",
                  {{"kind", "is not a known organisation kind"}});
    }
  }
  if (const auto a = req.Query("areaId")) {
    filter.within_area = AreaId(PathId(*a));
  }
  return store::RunInTransaction(call.services.db, TransactionMode::kReadOnly, [&](auto& tx) {
    json items = json::array();
    for (const auto& o : store::OrganisationRepository(tx).List(filter)) {
      items.push_back(OrganisationJson(o));
    }
    return Json(200, {{"items", items}});
  });
}

Response GetOrganisation(const Request& req, const Call& call) {
  const OrganisationId id(PathId(req.path_params.at("id")));
  return store::RunInTransaction(call.services.db, TransactionMode::kReadOnly, [&](auto& tx) {
    const auto org = store::OrganisationRepository(tx).FindById(id);
    if (!org) {
      throw Error(ErrorCode::kNotFound, "no organisation has this id");
    }
    json out = OrganisationJson(*org);
    json teams = json::array();
    for (const auto& t : store::TeamRepository(tx).List(id)) {
      teams.push_back(TeamJson(t));
    }
    out["teams"] = teams;
    return Json(200, out);
  });
}

Response CreateOrganisation(const Request& req, const Call& call) {
  JsonBody body(req.body);
  domain::Organisation org;
  ReadOrganisation(body, org);
  body.ThrowIfInvalid();
  const Micros now = call.services.clock.Now();
  return store::RunInTransaction(call.services.db, TransactionMode::kReadWrite, [&](auto& tx) {
    CheckAreaExists(tx, org.area_id);
    store::OrganisationRepository orgs(tx);
    if (org.ods_code && orgs.FindByOdsCode(*org.ods_code)) {
      throw Error(ErrorCode::kConflict, "an organisation with this ODS code already exists",
                  {{"odsCode", "is already used"}});
    }
    domain::Organisation created = org;
    created.id = orgs.Insert(org, now);
    return Json(201, OrganisationJson(created));
  });
}

Response UpdateOrganisation(const Request& req, const Call& call) {
  const OrganisationId id(PathId(req.path_params.at("id")));
  JsonBody body(req.body);
  domain::Organisation org;
  ReadOrganisation(body, org);
  const std::int64_t version = RequiredVersion(body);
  body.ThrowIfInvalid();
  org.id = id;
  org.version = version;
  const Micros now = call.services.clock.Now();
  return store::RunInTransaction(call.services.db, TransactionMode::kReadWrite, [&](auto& tx) {
    CheckAreaExists(tx, org.area_id);
    domain::Organisation updated = org;
    updated.version = store::OrganisationRepository(tx).Update(org, now);
    return Json(200, OrganisationJson(updated));
  });
}

}  // namespace lcn::api::handlers
