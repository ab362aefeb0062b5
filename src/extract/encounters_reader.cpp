// SPDX-License-Identifier: Apache-2.0
//
// Reading and checking encounters.csv.
#include "extract/encounters_reader.hpp"

#include <array>

#include "extract/record_checks.hpp"
#include "extract/table_file.hpp"

namespace lcn::extract {
namespace {

enum Column : std::size_t { kPatientId, kType, kStartDate, kEndDate };

constexpr std::array<ColumnSpec, 4> kColumns = {{
    {"patient_id", true},
    {"type", true},
    {"start_date", true},
    {"end_date", false},
}};

constexpr std::int64_t kProgressEveryLines = 1 << 14;

}  // namespace

EncounterRows ReadEncounters(const std::string& dir, const PatientTable& patients,
                             const ReadContext& context, RowErrors& errors) {
  EncounterRows result;
  const std::optional<TableFile> table =
      TableFile::Open(dir, "encounters.csv", kColumns, /*required=*/false, errors);
  if (!table) {
    return result;
  }
  PatientResolver resolver(patients);
  RowFields fields{};
  CsvCursor cursor(table->RowsBegin(), table->RowsEnd());
  const char* progress_mark = table->RowsBegin();
  std::int64_t line = TableFile::FirstRowLine() - 1;
  while (!cursor.Done()) {
    ++line;
    ++result.rows_read;
    const CsvLine csv = cursor.Next(table->Slots(fields));
    if (line % kProgressEveryLines == 0 && context.progress != nullptr) {
      context.progress->Add(cursor.Position() - progress_mark);
      progress_mark = cursor.Position();
      context.progress->MaybeReport();
    }
    if (!table->CheckShape(csv, line, errors)) {
      continue;
    }
    bool valid = true;
    const PatientRef* patient = resolver.Resolve(table->Field(fields, kPatientId), line, errors);
    valid = valid && patient != nullptr;
    const std::int32_t birth_day = patient != nullptr ? patient->birth_day : kUnknownBirthDay;

    const std::string_view type_text = table->Field(fields, kType);
    const std::optional<EncounterType> type = ParseEncounterType(type_text);
    if (!type) {
      if (type_text.empty()) {
        errors.Add(line, "type", {"is required"});
      } else {
        errors.AddQuoted(
            line, "type", type_text,
            "is not one of emergency_admission, ae_attendance, elective_admission, outpatient");
      }
      valid = false;
    }

    const std::optional<std::int32_t> start_day =
        CheckRecordDay(table->Field(fields, kStartDate), "start_date", /*required=*/true, birth_day,
                       context.today_day, line, errors, valid);
    const std::string_view end_text = table->Field(fields, kEndDate);
    // end_date must not be before start_date; when start_date is refused, only its own checks.
    const std::optional<std::int32_t> end_day =
        CheckRecordDay(end_text, "end_date", /*required=*/false, birth_day, context.today_day, line,
                       errors, valid);
    if (start_day && end_day && *end_day < *start_day) {
      errors.Add(line, "end_date", {end_text, " is before start_date"});
      valid = false;
    }

    if (valid && patient != nullptr && type && start_day) {
      result.rows.push_back(Encounter{patient->patient, *type, *start_day, end_day});
    }
  }
  if (context.progress != nullptr) {
    context.progress->Add(cursor.Position() - progress_mark);
  }
  return result;
}

}  // namespace lcn::extract
