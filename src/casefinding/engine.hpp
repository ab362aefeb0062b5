// SPDX-License-Identifier: Apache-2.0
//
// The case-finding engine: evaluates a compiled Plan for every person of a Population as of a
// date (Run), or for one person with the evidence behind each finding (Explain). Events after
// the as-of date are ignored. Run splits people across threads; each thread owns its scratch
// space, so there are no locks. Stateless; thread-safe.
#pragma once

#include "casefinding/plan.hpp"
#include "casefinding/population.hpp"
#include "casefinding/results.hpp"

namespace lcn::casefinding {

// Evaluates every person. `threads` 0 means the hardware's.
Results Run(const Population& population, const Plan& plan, Day as_of, unsigned threads = 0);

// Re-evaluates people [begin, end) into existing results (incremental updates after a change).
// REQUIRES: results sized for population.
void RunRange(const Population& population, const Plan& plan, Day as_of, std::size_t begin,
              std::size_t end, Results& results);

// Everything that holds for `person`, with its evidence.
Explanation Explain(const Population& population, const Plan& plan, Day as_of,
                    std::uint32_t person);

}  // namespace lcn::casefinding
