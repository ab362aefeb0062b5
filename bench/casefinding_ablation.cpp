// SPDX-License-Identifier: Apache-2.0
#include "casefinding_ablation.hpp"

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

#include "casefinding/engine.hpp"

namespace lcn::casefinding::bench {
namespace {

double ThreadCpuSeconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

// Median CPU time of a full run on this thread, in nanoseconds a person.
double NanosecondsPerPerson(const Population& population, const DefinitionSet& definitions,
                            Day as_of, int runs) {
  const Plan plan = Compile(definitions, population);
  std::vector<double> times;
  for (int r = 0; r < runs; ++r) {
    const double start = ThreadCpuSeconds();
    const Results results = Run(population, plan, as_of, 1);
    times.push_back(ThreadCpuSeconds() - start);
  }
  std::sort(times.begin(), times.end());
  return times[times.size() / 2] * 1e9 / static_cast<double>(population.Size());
}

}  // namespace

void RunAblation(const Population& population, const DefinitionSet& definitions, Day as_of,
                 int runs) {
  auto cost = [&](const DefinitionSet& d) {
    return NanosecondsPerPerson(population, d, as_of, runs);
  };
  const double full = cost(definitions);
  std::printf("ablation_full_ns: %.1f\n", full);
  // The replacement: the first condition's list, ever (a single bit test).
  RulePtr plain;
  for (const auto& [name, conditions] : definitions.condition_sets) {
    for (const auto& c : conditions) {
      if (!plain && c.rule->kind == Rule::Kind::kCode) {
        plain = c.rule;
      }
    }
  }
  if (!plain) {
    std::printf("ablation: no plain code rule to replace definitions with\n");
    return;
  }
  for (const auto& [name, conditions] : definitions.condition_sets) {
    for (std::size_t i = 0; i < conditions.size(); ++i) {
      DefinitionSet d = definitions;
      d.condition_sets[name][i].rule = plain;
      std::printf("ablation_%s_%s_ns: %.1f\n", name.c_str(), conditions[i].id.c_str(),
                  full - cost(d));
    }
  }
  DefinitionSet no_deficits = definitions;
  no_deficits.frailty_deficits.clear();
  std::printf("ablation_deficits_ns: %.1f\n", full - cost(no_deficits));
  DefinitionSet no_cohorts = definitions;
  no_cohorts.cohorts.clear();
  std::printf("ablation_cohorts_ns: %.1f\n", full - cost(no_cohorts));
}

}  // namespace lcn::casefinding::bench
