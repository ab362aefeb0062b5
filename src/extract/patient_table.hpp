// SPDX-License-Identifier: Apache-2.0
//
// PatientTable reads patients.csv and resolves the patient_id of the other files to an index
// into the patients: one hash map whose keys view the file's buffer, which the table keeps.
// Ids of refused patient rows stay in the map (marked refused), so rows that refer to them are
// not also reported as unknown. Immutable after Read(), so Find() may be called from several
// threads at once.
#pragma once

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/extract.hpp"
#include "extract/read_context.hpp"
#include "extract/row_errors.hpp"
#include "extract/table_file.hpp"

namespace lcn::extract {

// PatientRef::patient of a row that was refused.
inline constexpr std::uint32_t kRefusedPatient = std::numeric_limits<std::uint32_t>::max();

// PatientRef::birth_day when it is not known; nothing is before it.
inline constexpr std::int32_t kUnknownBirthDay = std::numeric_limits<std::int32_t>::min();

struct PatientRef {
  std::uint32_t patient = kRefusedPatient;  // index into the patients, or kRefusedPatient
  std::int32_t birth_day = kUnknownBirthDay;
  std::int64_t line = 0;  // where the patient_id first appears in patients.csv
};

class PatientTable {
 public:
  // Reads `dir`/patients.csv, reporting every problem into `errors` and adding the data rows
  // scanned to `rows_read`.
  static PatientTable Read(const std::string& dir, const ReadContext& context, RowErrors& errors,
                           std::int64_t& rows_read);

  // True when patients.csv could be read, so an id that Find() does not know is unknown.
  bool Usable() const { return file_.has_value(); }

  // The entry for `patient_id`, or nullptr when no row of patients.csv has it.
  const PatientRef* Find(std::string_view patient_id) const {
    const auto it = index_.find(patient_id);
    return it == index_.end() ? nullptr : &it->second;
  }

  // The accepted patients, in file order. Leaves the table without patients.
  std::vector<Patient> TakePatients() { return std::move(patients_); }

 private:
  PatientTable() = default;

  // Checks one row's fields; appends the patient and indexes its id when all are valid.
  void ReadRow(const RowFields& fields, std::int64_t line, const ReadContext& context,
               RowErrors& errors);

  std::optional<TableFile> file_;  // owns the bytes that index_'s keys view
  std::vector<Patient> patients_;
  std::unordered_map<std::string_view, PatientRef> index_;
  std::unordered_map<std::int64_t, std::int64_t> nhs_number_lines_;  // NHS number -> line
};

}  // namespace lcn::extract
