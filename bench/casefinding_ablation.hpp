// SPDX-License-Identifier: Apache-2.0
//
// Ablation for the case-finding benchmark (--ablate): what each definition costs the full run,
// found by running it again with that definition replaced by a plain code test (or, for the
// frailty deficits and the cohorts, with the whole group removed). One thread, the
// thread's CPU time, medians; prints one "key: value" line per figure in nanoseconds a person.
// This machine kind has no hardware counters, so this is how docs/adr/0013 found where the time
// goes. Differences of a few nanoseconds are noise.
#pragma once

#include "casefinding/population.hpp"
#include "casefinding/rule.hpp"

namespace lcn::casefinding::bench {

void RunAblation(const Population& population, const DefinitionSet& definitions, Day as_of,
                 int runs);

}  // namespace lcn::casefinding::bench
