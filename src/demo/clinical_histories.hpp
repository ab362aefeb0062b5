// SPDX-License-Identifier: Apache-2.0
//
// GenerateHistories turns the demo's synthetic people into a GP and hospital extract with
// clinical histories calibrated by age band (docs/demo-population.md): long-term conditions
// recorded so that the Cambridge Multimorbidity Score rules of the default case-finding
// definitions count them (with some lapsed records that must not count), eFI deficits for older
// people, care-home residence in the area's care homes, deaths in the last year, emergency and
// other hospital encounters, and the background records of an ordinary GP record (about 30
// events a person on average for an England-like age mix). Rates come from
// data/demo/clinical_rates.json; codes from the definitions' code lists and the table.
#pragma once

#include <cstdint>
#include <vector>

#include "demo/care_homes.hpp"
#include "demo/geography.hpp"
#include "demo/people.hpp"
#include "extract/extract.hpp"

namespace lcn::demo {

// The extract of `people` as of `as_of_day` (days since 1970-01-01; extract/day.hpp):
// patients[i] describes people[i] (patient_id "P00000001" for i = 0, the person's NHS number,
// birth date, sex, practice, postcode and names; care_home, an ODS code of `care_homes` in the
// person's network, for residents; death_day for those who died in the year before as_of_day),
// and events, medications and encounters are grouped by patient in that order, each patient's
// sorted by day. No record is dated before birth, after death or after as_of_day.
// A pure function of its arguments: the same seed gives a byte-identical extract whatever the
// `threads` (0: the hardware's). Memory is about the extract's own size plus a few thousand
// people's records per thread.
// Throws Error(kInternal) when a person's practice is not in `geography`, a birth date is
// malformed, or the embedded rates do not fit the embedded definitions (a build bug).
// REQUIRES: people.size() < 2^32.
extract::Extract GenerateHistories(const std::vector<PersonPlan>& people,
                                   const GeographyPlan& geography,
                                   const std::vector<CareHomeSite>& care_homes, std::uint64_t seed,
                                   std::int32_t as_of_day, unsigned threads = 0);

}  // namespace lcn::demo
