// SPDX-License-Identifier: Apache-2.0
//
// Small built-in lists of common given and family names in the UK (a mix reflecting the
// boroughs' communities) for the synthetic population. Names alone identify nobody.
#pragma once

#include <span>
#include <string_view>

#include "domain/kinds.hpp"

namespace lcn::demo {

// Given names for `sex` (kMale or kFemale; any other sex gets the union of both lists).
std::span<const std::string_view> GivenNames(domain::Sex sex);

std::span<const std::string_view> FamilyNames();

}  // namespace lcn::demo
