// SPDX-License-Identifier: Apache-2.0
//
// RuleRecords writes the records behind a case-finding rule for one person, read from the rule
// itself rather than hand-written per condition, so the histories follow the definitions: a code
// for "ever", a code inside the window for "in the last N days", N or more prescriptions of one
// medicine on distinct days for counting rules, results on the right side of a threshold (the
// latest, the latest two, or any), and a chosen branch of anyOf. It also writes near misses (a
// lapsed record): a code or prescriptions just outside the window, one prescription too few, an
// old first diagnosis with a recent repeat, or an old abnormal result followed by normal ones.
// Not thread-safe; one per person being written.
#pragma once

#include "casefinding/rule.hpp"
#include "demo/history_model.hpp"
#include "demo/person_records.hpp"
#include "demo/stream_random.hpp"

namespace lcn::demo {

class RuleRecords {
 public:
  // Keeps references to all four; they must outlive this object.
  RuleRecords(const HistoryModel& model, const PersonContext& person, StreamRandom& random,
              PersonRecords& out)
      : model_(model), person_(person), random_(random), out_(out) {}

  // Writes records under which `rule` holds on the as-of day (unless another record the person
  // has contradicts a `not`). Returns false and writes nothing when the rule cannot hold for this
  // person: a sex, age or care-home status they do not have, an empty code list, too few days
  // left in a window before death, "any" medication, or a cohort-only predicate.
  bool Satisfy(const casefinding::Rule& rule);

  // Writes records that come close to `rule` without making it hold. Returns false and writes
  // nothing when the rule has no near miss (e.g. a code "ever").
  bool NearMiss(const casefinding::Rule& rule);

  // Writes one diagnosis event for every code predicate in `rule` (as "ever"), for a condition
  // whose rule cannot be met but whose diagnosis should still be in the record.
  void WriteDiagnoses(const casefinding::Rule& rule);

 private:
  struct Window {
    std::int32_t first = 0;
    std::int32_t last = -1;

    std::int32_t Days() const { return last - first + 1; }
  };

  struct Interval {
    double low = -1e30;
    double high = 1e30;
    bool low_open = false;
    bool high_open = false;
  };

  Window WindowOf(const casefinding::Rule& rule, std::int32_t default_days) const;
  bool CanSatisfy(const casefinding::Rule& rule) const;
  bool CanNearMiss(const casefinding::Rule& rule) const;
  bool SatisfyAll(const casefinding::Rule& rule);
  bool SatisfyAny(const casefinding::Rule& rule);
  bool NearMissAll(const casefinding::Rule& rule);
  ConceptId PickCode(const std::string& list);
  std::vector<std::int32_t> DistinctDays(Window window, int count);
  void WriteCode(const casefinding::Rule& rule);
  void WriteIssues(const std::string& list, Window window, int count);
  void WriteCount(const casefinding::Rule& rule, Window window, int count);
  void WriteValue(const casefinding::Rule& rule, const Interval& interval);
  bool NearMissValue(const casefinding::Rule& rule);
  std::int32_t Day(Window window);
  double Sample(const Interval& interval);
  static Interval IntervalOf(const casefinding::Rule& rule);
  static Interval IntervalFor(casefinding::Rule::Compare compare, double threshold);
  static Interval Complement(const casefinding::Rule& rule);
  static bool Inside(const Interval& interval, double value);

  const HistoryModel& model_;
  const PersonContext& person_;
  StreamRandom& random_;
  PersonRecords& out_;
};

}  // namespace lcn::demo
