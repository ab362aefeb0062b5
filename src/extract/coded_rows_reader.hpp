// SPDX-License-Identifier: Apache-2.0
//
// Reading events.csv and medications.csv, the large files of an extract: rows of
// (patient_id, code, date[, value]) parsed in place with no allocation per row. A big file is
// split at line breaks into parts read on separate threads; their rows are joined in file
// order and their errors merged in line order, so the result is the same as a one-thread read.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "extract/extract.hpp"
#include "extract/patient_table.hpp"
#include "extract/read_context.hpp"
#include "extract/row_errors.hpp"

namespace lcn::extract {

template <typename Row>
struct CodedRows {
  std::vector<Row> rows;
  std::int64_t rows_read = 0;  // data rows scanned, valid or not
};

// Reads `dir`/events.csv (required), checking each row against `patients`. Problems go to
// `errors`; rows are returned only for valid lines (the caller discards them all if any
// error was reported anywhere).
CodedRows<Event> ReadEvents(const std::string& dir, const PatientTable& patients,
                            const ReadContext& context, RowErrors& errors);

// As ReadEvents, for `dir`/medications.csv, which may be absent (then no rows, no error).
CodedRows<Medication> ReadMedications(const std::string& dir, const PatientTable& patients,
                                      const ReadContext& context, RowErrors& errors);

}  // namespace lcn::extract
