// SPDX-License-Identifier: Apache-2.0
//
// The everyday part of a GP record, which case finding does not count but a real record is
// mostly made of: consultations, blood pressure, BMI and weight, smoking status, blood tests,
// flu vaccination, medication reviews and the repeat medicines of treated conditions. Values
// stay in normal ranges (or the condition's usual range) so that they never trigger an eFI
// value rule by accident; results in the lists the definitions read (eGFR, haemoglobin, TSH) are
// dated more than 400 days back, before any result a rule was written with. Thread-safe for
// distinct StreamRandoms and PersonRecords.
#pragma once

#include "demo/health_draw.hpp"
#include "demo/history_model.hpp"
#include "demo/person_records.hpp"
#include "demo/stream_random.hpp"

namespace lcn::demo {

// Appends the person's background records to `out`, dated within the last
// rates.background_years years of their record. REQUIRES: person.end_day >= person.birth_day.
void WriteBackground(const HistoryModel& model, const PersonContext& person,
                     const PersonHealth& health, StreamRandom& random, PersonRecords& out);

// Appends the person's hospital encounters of the last rates.encounter_years years: emergency
// admissions (most through A&E), other A&E attendances, outpatient appointments and elective
// admissions, at the table's rates by age band, spread by the frailty latent; care-home
// residents' emergency admissions are multiplied by care_home_admission_factor. An admission
// still running on the as-of day has no end day; one running at death ends on the death day.
// REQUIRES: person.end_day >= person.birth_day.
void WriteEncounters(const HistoryModel& model, const PersonContext& person,
                     const PersonHealth& health, StreamRandom& random, PersonRecords& out);

}  // namespace lcn::demo
