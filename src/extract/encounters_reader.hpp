// SPDX-License-Identifier: Apache-2.0
//
// Reading encounters.csv, the optional file of hospital encounters (emergency admissions, A&E
// attendances, elective admissions, outpatient appointments) of an extract.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "extract/extract.hpp"
#include "extract/patient_table.hpp"
#include "extract/read_context.hpp"
#include "extract/row_errors.hpp"

namespace lcn::extract {

struct EncounterRows {
  std::vector<Encounter> rows;
  std::int64_t rows_read = 0;  // data rows scanned, valid or not
};

// Reads `dir`/encounters.csv when it exists (no rows, no error when it does not), checking
// each row against `patients`. Problems go to `errors`; only valid rows are returned.
EncounterRows ReadEncounters(const std::string& dir, const PatientTable& patients,
                             const ReadContext& context, RowErrors& errors);

}  // namespace lcn::extract
