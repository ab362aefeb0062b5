// SPDX-License-Identifier: Apache-2.0
//
// ReadExtract: the files in order, then all or nothing.
#include "extract/read_extract.hpp"

#include <array>
#include <string_view>
#include <thread>
#include <utility>

#include "extract/coded_rows_reader.hpp"
#include "extract/encounters_reader.hpp"
#include "extract/file_content.hpp"
#include "extract/patient_table.hpp"
#include "extract/progress_meter.hpp"
#include "extract/read_context.hpp"
#include "extract/row_errors.hpp"

namespace lcn::extract {
namespace {

constexpr std::array<std::string_view, 4> kFiles = {"patients.csv", "events.csv", "medications.csv",
                                                    "encounters.csv"};

std::int64_t TotalBytes(const std::string& dir) {
  std::int64_t total = 0;
  for (const std::string_view file : kFiles) {
    total += FileSizeOrZero(dir + "/" + std::string(file));
  }
  return total;
}

}  // namespace

Extract ReadExtract(const std::string& dir, const ReadOptions& options, ReadReport* report) {
  ProgressMeter progress(options.progress, TotalBytes(dir));
  ReadContext context;
  context.today_day = options.today_day;
  context.max_errors = options.max_reported_errors;
  context.progress = &progress;
  context.parts = std::thread::hardware_concurrency() >= 2 ? 2 : 1;

  ReadReport result;
  const std::size_t max = options.max_reported_errors;
  Extract extract;

  RowErrors patient_errors(kFiles[0], max);
  PatientTable patients = PatientTable::Read(dir, context, patient_errors, result.rows_read);
  patient_errors.MoveInto(result, max);

  RowErrors event_errors(kFiles[1], max);
  CodedRows<Event> events = ReadEvents(dir, patients, context, event_errors);
  event_errors.MoveInto(result, max);
  result.rows_read += events.rows_read;

  RowErrors medication_errors(kFiles[2], max);
  CodedRows<Medication> medications = ReadMedications(dir, patients, context, medication_errors);
  medication_errors.MoveInto(result, max);
  result.rows_read += medications.rows_read;

  RowErrors encounter_errors(kFiles[3], max);
  EncounterRows encounters = ReadEncounters(dir, patients, context, encounter_errors);
  encounter_errors.MoveInto(result, max);
  result.rows_read += encounters.rows_read;

  progress.Finish();
  if (report != nullptr) {
    *report = result;
  }
  if (result.error_count > 0) {
    throw ExtractError(std::move(result));
  }
  extract.patients = patients.TakePatients();
  extract.events = std::move(events.rows);
  extract.medications = std::move(medications.rows);
  extract.encounters = std::move(encounters.rows);
  return extract;
}

}  // namespace lcn::extract
