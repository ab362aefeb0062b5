// SPDX-License-Identifier: Apache-2.0
//
// Domain records to API JSON (camelCase keys), and parsing of ids from paths and queries.
#pragma once

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "auth/principal.hpp"
#include "domain/records.hpp"
#include "store/relationship_repository.hpp"

namespace lcn::api {

nlohmann::json AreaJson(const domain::Area& a);

nlohmann::json OrganisationJson(const domain::Organisation& o);

nlohmann::json TeamJson(const domain::Team& t);

nlohmann::json PrincipalJson(const auth::Principal& p);

nlohmann::json UserJson(const domain::User& u);

// A person with the practice summary and how access was granted.
nlohmann::json PersonJson(const domain::Person& p,
                          const std::optional<domain::Organisation>& practice,
                          const std::optional<store::Relationship>& access);

// Parses a positive id from a path segment; throws Error(kNotFound) otherwise (a malformed id
// names nothing).
std::int64_t PathId(const std::string& text);

// NULL-able JSON helpers.
template <typename T>
nlohmann::json OrNull(const std::optional<T>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

}  // namespace lcn::api
