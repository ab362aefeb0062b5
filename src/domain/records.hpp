// SPDX-License-Identifier: Apache-2.0
//
// Plain value types for the foundation's records: areas, organisations, teams, staff and people.
// No I/O. `version` supports optimistic concurrency: an update names the version it read.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/ids.hpp"
#include "domain/kinds.hpp"
#include "domain/role.hpp"

namespace lcn::domain {

struct Area {
  AreaId id;
  AreaKind kind = AreaKind::kNetwork;
  std::optional<std::string> code;  // stable slug such as "southwark-north"
  std::string name;
  std::optional<AreaId> parent_id;
  std::optional<std::int64_t> population;
  std::int64_t version = 1;
};

struct Organisation {
  OrganisationId id;
  OrganisationKind kind = OrganisationKind::kGpPractice;
  std::optional<std::string> ods_code;
  std::string name;
  std::optional<std::string> postcode;
  std::optional<AreaId> area_id;  // the network or neighbourhood it is aligned to
  std::optional<std::int64_t> list_size;
  std::optional<std::string> pcn_code;
  std::optional<std::string> pcn_name;
  std::optional<std::string> description;
  std::optional<std::string> website;
  std::int64_t version = 1;
};

struct Team {
  TeamId id;
  OrganisationId organisation_id;
  std::string name;
  std::optional<AreaId> area_id;
  std::int64_t version = 1;
};

struct User {
  UserId id;
  std::string username;
  std::string display_name;
  Role role = Role::kGp;
  OrganisationId organisation_id;
  std::string password_hash;
  bool disabled = false;
  std::int64_t failed_logins = 0;
  std::optional<Micros> locked_until;
  std::int64_t version = 1;
};

struct Person {
  PersonId id;
  std::optional<std::string> nhs_number;  // canonical 10 digits
  std::string given_name;
  std::string family_name;
  std::string birth_date;  // YYYY-MM-DD
  Sex sex = Sex::kUnknown;
  std::optional<std::string> postcode;
  std::optional<OrganisationId> practice_id;
  std::int64_t version = 1;
};

}  // namespace lcn::domain
