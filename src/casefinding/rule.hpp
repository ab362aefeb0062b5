// SPDX-License-Identifier: Apache-2.0
//
// The case-finding rule language, as parsed from the versioned definition files in
// data/casefinding/ (see docs/casefinding-definitions.md). A condition (one of the Cambridge
// Multimorbidity Score conditions), an eFI deficit and a cohort are each a named Rule: a small
// expression tree of predicates over one person's coded events, medication issues, values and
// demographics, evaluated as of a date. Plain values; no I/O. Code lists are referred to by name
// and resolved to concept ids by the CodeListSet.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace lcn::casefinding {

// A SNOMED CT concept id (events) or dm+d id (medications).
using ConceptId = std::int64_t;

struct CodeList {
  std::string name;     // e.g. "cms_anxiety"
  std::string title;    // e.g. "Anxiety and other neurotic, stress-related disorders"
  std::string source;   // where the codes come from (citation)
  std::string version;  // source version or date
  std::string licence;
  bool medications = false;  // dm+d medication codes rather than SNOMED CT event codes
  std::vector<ConceptId> codes;
};

// How a value predicate summarises the values of matching events in its window.
enum class ValueAggregate {
  kLatest,          // the most recent value
  kMaxOfLatestTwo,  // the higher of the two most recent values (needs two; CMS CKD eGFR)
  kAny,             // any value in the window
};

struct Rule;
using RulePtr = std::shared_ptr<const Rule>;

// One node of a rule. Exactly the fields of its kind are meaningful.
struct Rule {
  enum class Kind {
    // {"code": LIST} (+ "withinDays": N) (+ "first": true): an event with a code in LIST, on or
    // before the as-of date, within N days when given; with "first", the person's earliest such
    // event must fall in the window (new diagnoses: CMS cancer).
    kCode,
    // {"medications": LIST, "withinDays": N, "atLeast": K}: at least K issues of medications in
    // LIST in the window (K defaults to 1; no window means ever).
    kMedications,
    // {"distinctMedications": LIST|"any", "withinDays": N, "atLeast": K}: K or more different
    // medications issued in the window (eFI polypharmacy).
    kDistinctMedications,
    // {"value": LIST, "aggregate": "latest"|"maxOfLatestTwo"|"any", "below"|"above"|"atMost"|
    //  "atLeast": X, "withinDays": N}: a numeric result recorded with a code in LIST.
    kValue,
    // {"events": LIST, "withinDays": N, "atLeast": K}: K or more events (falls in 12 months).
    kEventCount,
    // {"ageAtLeast": N} / {"ageBelow": N}: age in whole years on the as-of date.
    kAgeAtLeast,
    kAgeBelow,
    // {"sex": "male"|"female"|"other"|"unknown"}
    kSex,
    // {"careHome": true}: registered as resident in a care home.
    kCareHome,
    // {"conditionCount": SET, "atLeast": N}: N or more conditions of condition set SET.
    kConditionCount,
    // {"condition": ID}: that condition holds (for cohorts built on one condition).
    kCondition,
    // {"frailty": "mild"|"moderate"|"severe"}: eFI category at least this (age 65 and over).
    kFrailtyAtLeast,
    // {"emergencyAdmissions": N, "withinDays": D}: N or more emergency admissions.
    kEmergencyAdmissions,
    // {"anyOf": [..]}, {"allOf": [..]}, {"not": rule}
    kAnyOf,
    kAllOf,
    kNot,
  };

  Kind kind = Kind::kCode;
  std::string list;                         // code list name, condition set, or condition id
  std::optional<std::int32_t> within_days;  // window ending on the as-of date, inclusive
  bool first = false;                       // kCode: the earliest event must be in the window
  std::int32_t at_least = 1;                // counts and thresholds in whole numbers
  ValueAggregate aggregate = ValueAggregate::kLatest;
  enum class Compare { kBelow, kAtMost, kAbove, kAtLeast } compare = Compare::kBelow;
  double threshold = 0;           // kValue
  std::string text;               // kSex, kFrailtyAtLeast
  std::vector<RulePtr> children;  // kAnyOf, kAllOf, kNot (one child)
};

// A named rule: a CMS condition, an eFI deficit or a cohort.
struct Definition {
  std::string id;                // "ANX", "efi_falls", "ltc3"
  std::string name;              // human name
  std::optional<double> weight;  // CMS general-outcome weight, when published
  RulePtr rule;
};

// The full, versioned set of definitions the engine runs.
struct DefinitionSet {
  std::string version;                         // e.g. "lcn-casefinding-2026.11"
  std::map<std::string, CodeList> code_lists;  // by name
  // Condition sets by name, e.g. "cms37", "cms20": the conditions counted for multimorbidity.
  std::map<std::string, std::vector<Definition>> condition_sets;
  std::vector<Definition> frailty_deficits;  // the eFI's 36 deficits (score = present / 36)
  std::vector<Definition> cohorts;           // e.g. ltc3, frailty moderate+, care home
  std::string emergency_admission_type = "emergency_admission";
};

}  // namespace lcn::casefinding
