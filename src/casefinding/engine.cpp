// SPDX-License-Identifier: Apache-2.0
#include "casefinding/engine.hpp"

#include <algorithm>
#include <atomic>
#include <thread>

#include "casefinding/evaluator.hpp"

namespace lcn::casefinding {
namespace {

constexpr int kFrailtyAge = 65;

// Sizes the result columns for `n` people; with `split`, half of them on a second thread. The
// columns are fresh memory on every run, and on virtual machines the page faults of filling
// them are slow enough to be worth sharing out. (Huge pages made the faults cheaper here, but
// the first updates of single people after a run many times slower: not used.)
void SizeResults(Results& results, std::size_t sets, std::size_t n, bool split) {
  results.condition_bits.resize(sets);
  // Two halves of about the same size: the condition sets' columns against the rest.
  auto first = [&] {
    for (std::size_t s = 0; s < sets; s += 2) {
      results.condition_bits[s].assign(n, 0);
    }
    results.efi_deficits.assign(n, kNotAssessed);
    results.emergency_admissions.assign(n, 0);
  };
  auto second = [&] {
    for (std::size_t s = 1; s < sets; s += 2) {
      results.condition_bits[s].assign(n, 0);
    }
    results.cohort_bits.assign(n, 0);
  };
  if (!split) {
    first();
    second();
    return;
  }
  std::thread helper(second);
  first();
  helper.join();
}

// Evaluates one loaded person into results row `person`.
void EvaluatePerson(Evaluator& ev, const Plan& plan, std::size_t person, Results& results) {
  for (std::size_t s = 0; s < plan.sets.size(); ++s) {
    std::uint64_t bits = 0;
    const auto& conditions = plan.sets[s].conditions;
    for (std::size_t c = 0; c < conditions.size(); ++c) {
      bits |= std::uint64_t{ev.Holds(conditions[c], nullptr)} << c;
    }
    ev.SetConditionBits(s, bits);
    results.condition_bits[s][person] = bits;
  }
  std::uint8_t deficits = kNotAssessed;
  if (!plan.deficits.empty() && ev.AgeAtLeast(kFrailtyAge)) {
    deficits = static_cast<std::uint8_t>(ev.CountDeficits());
    ev.SetFrailty(CategoryFor(deficits));
  }
  results.efi_deficits[person] = deficits;
  results.emergency_admissions[person] = static_cast<std::uint16_t>(
      std::min(ev.EmergencyAdmissions(plan.admissions_window, nullptr), 65535));
  std::uint32_t cohorts = 0;
  for (std::size_t c = 0; c < plan.cohorts.size(); ++c) {
    cohorts |= std::uint32_t{ev.Holds(plan.cohorts[c], nullptr)} << c;
  }
  results.cohort_bits[person] = cohorts;
}

}  // namespace

FrailtyCategory CategoryFor(int deficits) {
  if (deficits >= 13) {
    return FrailtyCategory::kSevere;
  }
  if (deficits >= 9) {
    return FrailtyCategory::kModerate;
  }
  if (deficits >= 5) {
    return FrailtyCategory::kMild;
  }
  return FrailtyCategory::kFit;
}

std::string_view FrailtyCategoryName(FrailtyCategory c) {
  switch (c) {
    case FrailtyCategory::kNotAssessed:
      return "";
    case FrailtyCategory::kFit:
      return "fit";
    case FrailtyCategory::kMild:
      return "mild";
    case FrailtyCategory::kModerate:
      return "moderate";
    case FrailtyCategory::kSevere:
      return "severe";
  }
  return "";
}

void RunRange(const Population& population, const Plan& plan, Day as_of, std::size_t begin,
              std::size_t end, Results& results) {
  Evaluator ev(population, plan, as_of);
  for (std::size_t p = begin; p < end; ++p) {
    ev.Load(static_cast<std::uint32_t>(p));
    EvaluatePerson(ev, plan, p, results);
  }
}

Results Run(const Population& population, const Plan& plan, Day as_of, unsigned threads) {
  const std::size_t n = population.Size();
  Results results;
  results.as_of = as_of;
  results.definitions_version = plan.version;
  if (threads == 0) {
    threads = std::max(1U, std::thread::hardware_concurrency());
  }
  threads =
      static_cast<unsigned>(std::min<std::size_t>(threads, std::max<std::size_t>(1, n / 256)));
  SizeResults(results, plan.sets.size(), n, threads > 1);
  if (threads <= 1) {
    RunRange(population, plan, as_of, 0, n, results);
    return results;
  }
  // Threads take chunks of people as they go, so a thread slowed by other work on the machine
  // does not hold the run up. Chunks (at least 16 per thread, at most 8192 people) are large
  // enough that neighbouring threads rarely write the same cache line of the result columns.
  const std::size_t chunk = std::clamp<std::size_t>(n / (threads * std::size_t{16}), 64, 8192);
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    Evaluator ev(population, plan, as_of);
    for (;;) {
      const std::size_t begin = next.fetch_add(chunk, std::memory_order_relaxed);
      if (begin >= n) {
        return;
      }
      const std::size_t end = std::min(n, begin + chunk);
      for (std::size_t p = begin; p < end; ++p) {
        ev.Load(static_cast<std::uint32_t>(p));
        EvaluatePerson(ev, plan, p, results);
      }
    }
  };
  // Each worker writes only its own rows of the pre-sized columns. The engine only throws on
  // programmer errors, which would terminate here; inputs are validated before a run.
  std::vector<std::thread> workers;
  for (unsigned t = 1; t < threads; ++t) {
    workers.emplace_back(work);
  }
  work();
  for (auto& w : workers) {
    w.join();
  }
  return results;
}

Explanation Explain(const Population& population, const Plan& plan, Day as_of,
                    std::uint32_t person) {
  Explanation out;
  Evaluator ev(population, plan, as_of);
  ev.Load(person);
  for (std::size_t s = 0; s < plan.sets.size(); ++s) {
    std::uint64_t bits = 0;
    const auto& conditions = plan.sets[s].conditions;
    for (std::size_t c = 0; c < conditions.size(); ++c) {
      Finding f{"condition", plan.sets[s].name, conditions[c].id, conditions[c].name, {}};
      if (ev.Holds(conditions[c], &f.evidence)) {
        bits |= std::uint64_t{1} << c;
        out.findings.push_back(std::move(f));
      }
    }
    ev.SetConditionBits(s, bits);
  }
  if (!plan.deficits.empty() && ev.AgeAtLeast(kFrailtyAge)) {
    out.efi_deficits = 0;
    for (const auto& d : plan.deficits) {
      Finding f{"deficit", "efi", d.id, d.name, {}};
      if (ev.Holds(d, &f.evidence)) {
        ++out.efi_deficits;
        out.findings.push_back(std::move(f));
      }
    }
    ev.SetFrailty(CategoryFor(out.efi_deficits));
  }
  out.emergency_admissions = ev.EmergencyAdmissions(plan.admissions_window, nullptr);
  for (const auto& c : plan.cohorts) {
    Finding f{"cohort", "", c.id, c.name, {}};
    if (ev.Holds(c, &f.evidence)) {
      out.findings.push_back(std::move(f));
    }
  }
  return out;
}

}  // namespace lcn::casefinding
