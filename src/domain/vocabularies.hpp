// SPDX-License-Identifier: Apache-2.0
//
// The domain's name tables as Vocabulary<E> (core/vocabulary.hpp): area kinds, organisation
// kinds, sex and staff roles, for the REST edge's request checks ("must be one of ..."), its
// JSON Schemas and its vocabulary endpoints. Kept apart from kinds.hpp and role.hpp, which
// nearly every file includes, so that only the edge depends on it. Thread-safe.
#pragma once

#include "core/vocabulary.hpp"
#include "domain/kinds.hpp"
#include "domain/role.hpp"

namespace lcn::domain {

// system, place, network, neighbourhood.
Vocabulary<AreaKind> AreaKinds();

// gp_practice, gp_federation, ... (kinds.cpp).
Vocabulary<OrganisationKind> OrganisationKinds();

// male, female, other, unknown.
Vocabulary<Sex> Sexes();

// gp, practice_nurse, ... (role.cpp), in the table's order.
Vocabulary<Role> Roles();

}  // namespace lcn::domain
