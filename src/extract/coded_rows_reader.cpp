// SPDX-License-Identifier: Apache-2.0
//
// The hot loop of extract reading: events and medication issues, optionally on two threads.
#include "extract/coded_rows_reader.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <future>
#include <limits>
#include <type_traits>

#include "extract/field_checks.hpp"
#include "extract/huge_pages.hpp"
#include "extract/record_checks.hpp"
#include "extract/table_file.hpp"

namespace lcn::extract {
namespace {

enum Column : std::size_t { kPatientId, kCode, kDate, kValue };

constexpr std::array<ColumnSpec, 4> kEventColumns = {{
    {"patient_id", true},
    {"code", true},
    {"date", true},
    {"value", false},
}};

constexpr std::array<ColumnSpec, 3> kMedicationColumns = {{
    {"patient_id", true},
    {"code", true},
    {"date", true},
}};

constexpr std::int64_t kProgressEveryLines = 1 << 14;

// The start of the line after the middle of [begin, end), or end when there is none.
char* MiddleLineStart(char* begin, char* end) {
  char* const middle = begin + (end - begin) / 2;
  void* const newline = std::memchr(middle, '\n', static_cast<std::size_t>(end - middle));
  return newline == nullptr ? end : static_cast<char*>(newline) + 1;
}

template <typename Row>
struct Part {
  std::vector<Row> rows;
  RowErrors errors;
  std::int64_t lines = 0;
};

// Reads the lines [begin, end) of `table`, numbering them from `first_line`. Only the thread
// that called ReadExtract may pass `reports_progress`.
template <typename Row>
Part<Row> ReadPart(const TableFile& table, std::string_view file, char* begin, char* end,
                   std::int64_t first_line, std::size_t reserve, const PatientTable& patients,
                   const ReadContext& context, bool reports_progress) {
  Part<Row> part{{}, RowErrors(file, context.max_errors), 0};
  part.rows.reserve(reserve);
  AdviseHugePages(part.rows.data(), part.rows.capacity() * sizeof(Row));
  PatientResolver resolver(patients);
  RowFields fields{};
  CsvCursor cursor(begin, end);
  const char* progress_mark = begin;
  std::int64_t line = first_line - 1;
  while (!cursor.Done()) {
    ++line;
    const CsvLine csv = cursor.Next(table.Slots(fields));
    if (line % kProgressEveryLines == 0 && context.progress != nullptr) {
      context.progress->Add(cursor.Position() - progress_mark);
      progress_mark = cursor.Position();
      if (reports_progress) {
        context.progress->MaybeReport();
      }
    }
    if (!table.CheckShape(csv, line, part.errors)) {
      continue;
    }
    bool valid = true;
    const PatientRef* patient =
        resolver.Resolve(table.Field(fields, kPatientId), line, part.errors);
    valid = valid && patient != nullptr;

    const std::string_view code_text = table.Field(fields, kCode);
    const std::optional<std::int64_t> code = ParseConceptId(code_text);
    if (!code) {
      if (code_text.empty()) {
        part.errors.Add(line, "code", {"is required"});
      } else {
        part.errors.AddQuoted(line, "code", code_text,
                              "is not a SNOMED CT concept id (6-18 digits)");
      }
      valid = false;
    }

    const std::optional<std::int32_t> day =
        CheckRecordDay(table.Field(fields, kDate), "date", /*required=*/true,
                       patient != nullptr ? patient->birth_day : kUnknownBirthDay,
                       context.today_day, line, part.errors, valid);

    float value = std::numeric_limits<float>::quiet_NaN();
    if constexpr (std::is_same_v<Row, Event>) {
      const std::string_view value_text = table.Field(fields, kValue);
      if (!value_text.empty()) {
        if (const std::optional<float> parsed = ParseValue(value_text)) {
          value = *parsed;
        } else {
          part.errors.AddQuoted(line, "value", value_text, "is not a number");
          valid = false;
        }
      }
    }

    if (valid && patient != nullptr && code && day) {
      if constexpr (std::is_same_v<Row, Event>) {
        part.rows.push_back(Event{patient->patient, *code, *day, value});
      } else {
        part.rows.push_back(Medication{patient->patient, *code, *day});
      }
    }
  }
  if (context.progress != nullptr) {
    context.progress->Add(cursor.Position() - progress_mark);
  }
  part.lines = line - first_line + 1;
  return part;
}

template <typename Row, std::size_t kColumnCount>
CodedRows<Row> ReadCodedFile(const std::string& dir, std::string_view file, bool required,
                             const std::array<ColumnSpec, kColumnCount>& columns,
                             const PatientTable& patients, const ReadContext& context,
                             RowErrors& errors) {
  CodedRows<Row> result;
  const std::optional<TableFile> table = TableFile::Open(dir, file, columns, required, errors);
  if (!table) {
    return result;
  }
  char* const begin = table->RowsBegin();
  char* const end = table->RowsEnd();
  const auto bytes = static_cast<std::size_t>(end - begin);
  char* const split =
      context.parts >= 2 && bytes >= 2 * context.min_part_bytes ? MiddleLineStart(begin, end) : end;
  // The second half, if any, is read on another thread while this one reads the first.
  std::future<Part<Row>> second;
  if (split != end) {
    second = std::async(std::launch::async, [&table, file, split, end, &patients, &context] {
      return ReadPart<Row>(*table, file, split, end, 1, EstimateRows(split, end), patients, context,
                           /*reports_progress=*/false);
    });
  }
  Part<Row> first = ReadPart<Row>(*table, file, begin, split, TableFile::FirstRowLine(),
                                  EstimateRows(begin, end), patients, context,
                                  /*reports_progress=*/true);
  errors.Append(first.errors, 0);
  result.rows = std::move(first.rows);
  result.rows_read = first.lines;
  if (second.valid()) {
    Part<Row> rest = second.get();
    errors.Append(rest.errors, TableFile::FirstRowLine() - 1 + first.lines);
    result.rows.insert(result.rows.end(), rest.rows.begin(), rest.rows.end());
    result.rows_read += rest.lines;
  }
  return result;
}

}  // namespace

CodedRows<Event> ReadEvents(const std::string& dir, const PatientTable& patients,
                            const ReadContext& context, RowErrors& errors) {
  return ReadCodedFile<Event>(dir, "events.csv", /*required=*/true, kEventColumns, patients,
                              context, errors);
}

CodedRows<Medication> ReadMedications(const std::string& dir, const PatientTable& patients,
                                      const ReadContext& context, RowErrors& errors) {
  return ReadCodedFile<Medication>(dir, "medications.csv", /*required=*/false, kMedicationColumns,
                                   patients, context, errors);
}

}  // namespace lcn::extract
