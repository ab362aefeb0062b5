// SPDX-License-Identifier: Apache-2.0
//
// Results of one full case-finding run: for every person, compact columns of which conditions
// hold (one 64-bit set per condition set), the eFI deficit count, emergency admissions in the
// window and cohort membership. About 24 bytes a person. Evidence is not stored: Explain()
// recomputes it for one person on demand. Immutable after the run; thread-safe to read.
#pragma once

#include <bit>
#include <cstdint>
#include <string>
#include <vector>

#include "casefinding/population.hpp"

namespace lcn::casefinding {

// eFI categories by integer deficit count (clinical-reference §2.1): fit 0-4, mild 5-8,
// moderate 9-12, severe 13+. kNotAssessed under 65.
enum class FrailtyCategory : std::uint8_t { kNotAssessed, kFit, kMild, kModerate, kSevere };

FrailtyCategory CategoryFor(int deficits);

std::string_view FrailtyCategoryName(FrailtyCategory c);

constexpr std::uint8_t kNotAssessed = 255;

struct Results {
  Day as_of = 0;
  std::string definitions_version;
  // condition_bits[set][person]: bit c set when condition c of the set holds.
  std::vector<std::vector<std::uint64_t>> condition_bits;
  std::vector<std::uint8_t> efi_deficits;  // kNotAssessed under 65
  std::vector<std::uint16_t> emergency_admissions;
  std::vector<std::uint32_t> cohort_bits;

  int ConditionCount(std::size_t set, std::size_t person) const {
    return std::popcount(condition_bits[set][person]);
  }

  FrailtyCategory Frailty(std::size_t person) const {
    return efi_deficits[person] == kNotAssessed ? FrailtyCategory::kNotAssessed
                                                : CategoryFor(efi_deficits[person]);
  }
};

// Why one definition holds for one person: the record behind it.
struct Evidence {
  enum class Source { kEvent, kMedication, kEncounter, kDemographic } source = Source::kEvent;
  ConceptId code = 0;
  Day day = kNoDay;
  float value = 0;
  bool has_value = false;
  int count = 0;     // for counting rules: how many records in the window
  std::string note;  // e.g. "aged 81", "care-home resident"
};

struct Finding {
  std::string kind;  // "condition", "deficit", "cohort"
  std::string set;   // condition set name, for conditions
  std::string id;
  std::string name;
  std::vector<Evidence> evidence;
};

struct Explanation {
  std::vector<Finding> findings;
  int efi_deficits = -1;  // -1 under 65
  int emergency_admissions = 0;
};

}  // namespace lcn::casefinding
