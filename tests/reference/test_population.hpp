// SPDX-License-Identifier: Apache-2.0
//
// Test data for the case-finding engine: a definition set that uses every rule kind (with
// codes 100..1035 and medications 900..999), and random populations over those codes, with
// dates clustered around the windows' edges so that boundaries are exercised. Deterministic by
// seed (its own generator, not std::*_distribution, so results match across libraries).
#pragma once

#include <cstdint>

#include "casefinding/population.hpp"
#include "casefinding/rule.hpp"

namespace lcn::casefinding::testdata {

// The as-of date the random populations are built around (2026-06-30).
Day AsOf();

DefinitionSet RuleKindDefinitions();

// RuleKindDefinitions plus a condition set "c_overlap" whose lists share codes with the others
// (a concept in two or three lists), that counts one list in several windows, and that uses
// every rule kind with and without windows, first-in-window, and age, sex and care-home tests
// inside anyOf / allOf / not.
DefinitionSet OverlapDefinitions();

// `people` random people with about `events_per_person` events each.
Population RandomPopulation(std::uint64_t seed, std::size_t people, int events_per_person);

}  // namespace lcn::casefinding::testdata
