// SPDX-License-Identifier: Apache-2.0
//
// Principal: who is asking, as established from a valid session. Immutable value.
#pragma once

#include <string>

#include "core/ids.hpp"
#include "domain/kinds.hpp"
#include "domain/role.hpp"
#include "store/relationship_repository.hpp"

namespace lcn::auth {

struct Principal {
  UserId user_id;
  std::string username;
  std::string display_name;
  domain::Role role = domain::Role::kAnalyst;
  OrganisationId organisation_id;
  std::string organisation_name;
  domain::OrganisationKind organisation_kind = domain::OrganisationKind::kGpPractice;
  std::string session_token_hash;
  std::string csrf_token;

  store::Accessor AsAccessor() const;
};

}  // namespace lcn::auth
