// SPDX-License-Identifier: Apache-2.0
//
// ReadExtract on invalid extracts: each problem reported exactly, by file, line and column,
// and nothing returned.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "extract/day.hpp"
#include "extract/extract_test_dir.hpp"
#include "extract/read_extract.hpp"

namespace lcn::extract {
namespace {

constexpr std::string_view kPatientsHeader =
    "patient_id,nhs_number,birth_date,sex,practice,postcode,death_date,care_home\n";
constexpr std::string_view kPatients =
    "P1,9434765919,1940-05-17,female,A81001,TS1 3BA,,\n"
    "P2,,1990-03-03,male,A81002,,,\n";
constexpr std::string_view kEventsHeader = "patient_id,code,date,value\n";
constexpr std::string_view kEvents = "P1,44054006,2020-01-02,\nP2,38341003,2021-01-01,140\n";

// Reasons too long to sit on one line of the expectations below.
constexpr std::string_view kUnterminated =
    "unterminated quoted field (line breaks inside fields are not allowed)";
constexpr std::string_view kQuoteInside =
    "quote inside an unquoted field (quote the whole field and double the quote)";
constexpr std::string_view kNotOds = "is not an ODS code (3-10 upper-case letters or digits)";
constexpr std::string_view kNotType =
    "is not one of emergency_admission, ae_attendance, elective_admission, outpatient";

// "`where``reason`", e.g. At("events.csv:4: patient_id: ", kUnterminated).
std::string At(std::string_view where, std::string_view reason) {
  return std::string(where) + std::string(reason);
}

class ReadExtractErrorsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    WritePatients("");
    WriteEvents(kEvents);
  }

  // patients.csv: the header, P1 (line 2), P2 (line 3), then `rows` from line 4.
  void WritePatients(std::string_view rows) const {
    dir_.Write("patients.csv",
               std::string(kPatientsHeader) + std::string(kPatients) + std::string(rows));
  }

  // events.csv: the header, then `rows` from line 2.
  void WriteEvents(std::string_view rows) const {
    dir_.Write("events.csv", std::string(kEventsHeader) + std::string(rows));
  }

  // Reads the extract, which must be refused; returns the report as formatted lines.
  std::vector<std::string> Refusal() {
    report_ = ReadReport{};
    ReadReport filled;
    try {
      (void)ReadExtract(dir_.Path(), options_, &filled);
      ADD_FAILURE() << "the extract was accepted";
    } catch (const ExtractError& error) {
      report_ = error.Report();
      EXPECT_EQ(error.Code(), ErrorCode::kBadRequest);
    }
    EXPECT_EQ(filled.errors, report_.errors);
    EXPECT_EQ(filled.error_count, report_.error_count);
    std::vector<std::string> lines;
    for (const RowError& error : report_.errors) {
      lines.push_back(FormatRowError(error));
    }
    return lines;
  }

  using Lines = std::vector<std::string>;

  ExtractTestDir dir_;
  ReadOptions options_{.today_day = *ParseDay("2025-06-01")};
  ReadReport report_;
};

TEST_F(ReadExtractErrorsTest, FutureEventDateIsReportedByFileLineAndColumn) {
  WriteEvents("P1,44054006,2020-01-02,\nP2,38341003,2031-02-01,\n");

  EXPECT_EQ(Refusal(), Lines{"events.csv:3: date: 2031-02-01 is in the future"});
  ASSERT_EQ(report_.errors.size(), 1U);
  EXPECT_EQ(report_.errors[0], (RowError{"events.csv", 3, "date", "2031-02-01 is in the future"}));
  EXPECT_EQ(report_.error_count, 1);
  EXPECT_EQ(report_.rows_read, 4);
}

TEST_F(ReadExtractErrorsTest, ExtractErrorSummarisesAndCarriesIssues) {
  WriteEvents("P1,44054006,2031-02-01,\n");
  try {
    (void)ReadExtract(dir_.Path(), options_);
    FAIL() << "the extract was accepted";
  } catch (const ExtractError& error) {
    EXPECT_STREQ(error.what(),
                 "the extract is invalid: 1 error; first: events.csv:2: date: 2031-02-01 is in "
                 "the future");
    ASSERT_EQ(error.Issues().size(), 1U);
    EXPECT_EQ(error.Issues()[0].field, "events.csv:2:date");
    EXPECT_EQ(error.Issues()[0].message, "2031-02-01 is in the future");
  }
}

TEST_F(ReadExtractErrorsTest, EventFieldsAreChecked) {
  WriteEvents(
      "P1,44054006,1939-01-01,\n"
      "P1,44054006,2020-02-30,\n"
      "P1,4405,2020-01-01,\n"
      "P1,044054006,2020-01-01,\n"
      "P1,,2020-01-01,\n"
      "P1,44054006,,\n"
      "P1,44054006,2020-01-01,high\n"
      "P1,44054006,2020-01-01,nan\n"
      "P9,44054006,2020-01-01,\n"
      ",44054006,2020-01-01,\n");

  EXPECT_EQ(Refusal(),
            (Lines{
                "events.csv:2: date: 1939-01-01 is before the patient's birth date",
                "events.csv:3: date: \"2020-02-30\" is not a date (YYYY-MM-DD)",
                "events.csv:4: code: \"4405\" is not a SNOMED CT concept id (6-18 digits)",
                "events.csv:5: code: \"044054006\" is not a SNOMED CT concept id (6-18 digits)",
                "events.csv:6: code: is required",
                "events.csv:7: date: is required",
                "events.csv:8: value: \"high\" is not a number",
                "events.csv:9: value: \"nan\" is not a number",
                "events.csv:10: patient_id: unknown patient (not in patients.csv)",
                "events.csv:11: patient_id: is required",
            }));
}

TEST_F(ReadExtractErrorsTest, EveryBadFieldOfARowIsReported) {
  WriteEvents("P9,12,2031-01-01,x\n");

  EXPECT_EQ(Refusal(), (Lines{
                           "events.csv:2: patient_id: unknown patient (not in patients.csv)",
                           "events.csv:2: code: \"12\" is not a SNOMED CT concept id (6-18 digits)",
                           "events.csv:2: date: 2031-01-01 is in the future",
                           "events.csv:2: value: \"x\" is not a number",
                       }));
}

TEST_F(ReadExtractErrorsTest, BadlyShapedLinesAreReported) {
  WriteEvents(
      "P1,44054006,2020-01-02\n"
      "\n"
      "\"P1,44054006,2020-01-02,\n"
      "P1,44054006,2020-01-02,1,2\n"
      "P1,\"44054006\"x,2020-01-02,\n"
      "P1,44054006,2020-01-02,1\"\n"
      "P1,44054006,2020-01-02,\n");

  EXPECT_EQ(Refusal(), (Lines{
                           "events.csv:2: has 3 fields; the header has 4",
                           "events.csv:3: blank line",
                           At("events.csv:4: patient_id: ", kUnterminated),
                           "events.csv:5: has 5 fields; the header has 4",
                           "events.csv:6: code: text after the closing quote of a quoted field",
                           At("events.csv:7: value: ", kQuoteInside),
                       }));
}

TEST_F(ReadExtractErrorsTest, PatientFieldsAreCheckedWithoutQuotingPersonalValues) {
  WritePatients(
      "P1,,1950-01-01,male,A81001,,,\n"
      "P3,9434765918,1950-01-01,male,A81001,,,\n"
      "P4,943 476 5919,1950-01-01,male,A81001,,,\n"
      "P5,,2030-01-01,male,A81001,,,\n"
      "P6,,1879-12-31,male,A81001,,,\n"
      "P7,,17/05/1940,male,A81001,,,\n"
      "P8,,,male,A81001,,,\n"
      "P9,,1950-01-01,M,A81001,,,\n"
      "P10,,1950-01-01,male,a81001,,,\n"
      "P11,,1950-01-01,male,,,,\n"
      "P12,,1950-01-01,male,A81001,,1949-12-31,\n"
      "P13,,1950-01-01,male,A81001,,2026-01-01,\n"
      "P14,,1950-01-01,male,A81001,,,X\n"
      " P15,,1950-01-01,male,A81001,,,\n"
      ",,1950-01-01,male,A81001,,,\n"
      "P16,,1950-01-01,male,A81001,\"\x01\",,\n");

  EXPECT_EQ(Refusal(), (Lines{
                           "patients.csv:4: patient_id: duplicate of line 2",
                           "patients.csv:5: nhs_number: is not a valid NHS number",
                           "patients.csv:6: nhs_number: duplicate of line 2",
                           "patients.csv:7: birth_date: is in the future",
                           "patients.csv:8: birth_date: is before 1880-01-01",
                           "patients.csv:9: birth_date: is not a date (YYYY-MM-DD)",
                           "patients.csv:10: birth_date: is required",
                           "patients.csv:11: sex: \"M\" is not one of male, female, other, unknown",
                           At("patients.csv:12: practice: \"a81001\" ", kNotOds),
                           "patients.csv:13: practice: is required",
                           "patients.csv:14: death_date: is before birth_date",
                           "patients.csv:15: death_date: is in the future",
                           At("patients.csv:16: care_home: \"X\" ", kNotOds),
                           "patients.csv:17: patient_id: has leading or trailing spaces",
                           "patients.csv:18: patient_id: is required",
                           "patients.csv:19: postcode: is not clean UTF-8 text",
                       }));
}

TEST_F(ReadExtractErrorsTest, RowsOfARefusedPatientAreNotAlsoUnknown) {
  WritePatients("P3,,1950-01-01,M,A81001,,,\n");
  WriteEvents("P3,44054006,2020-01-02,\nP3,44054006,1949-01-01,\n");

  EXPECT_EQ(Refusal(), (Lines{
                           "patients.csv:4: sex: \"M\" is not one of male, female, other, unknown",
                           "events.csv:3: date: 1949-01-01 is before the patient's birth date",
                       }));
}

TEST_F(ReadExtractErrorsTest, MedicationAndEncounterRowsAreChecked) {
  dir_.Write("medications.csv",
             "patient_id,code,date\nP1,39732311000001104,2031-01-01\nP7,39732311000001104,"
             "2020-01-01\n");
  dir_.Write("encounters.csv",
             "patient_id,type,start_date,end_date\n"
             "P1,admission,2020-01-01,\n"
             "P1,emergency_admission,2020-01-05,2020-01-04\n"
             "P1,outpatient,2031-01-01,\n"
             "P2,elective_admission,,2020-01-01\n"
             "P2,elective_admission,2020-01-01,2031-01-01\n");

  EXPECT_EQ(Refusal(), (Lines{
                           "medications.csv:2: date: 2031-01-01 is in the future",
                           "medications.csv:3: patient_id: unknown patient (not in patients.csv)",
                           At("encounters.csv:2: type: \"admission\" ", kNotType),
                           "encounters.csv:3: end_date: 2020-01-04 is before start_date",
                           "encounters.csv:4: start_date: 2031-01-01 is in the future",
                           "encounters.csv:5: start_date: is required",
                           "encounters.csv:6: end_date: 2031-01-01 is in the future",
                       }));
}

TEST_F(ReadExtractErrorsTest, MissingRequiredFilesAreReported) {
  dir_.Remove("patients.csv");
  dir_.Remove("events.csv");

  EXPECT_EQ(Refusal(), (Lines{"patients.csv: file is missing", "events.csv: file is missing"}));
}

TEST_F(ReadExtractErrorsTest, WithoutPatientsEventIdsAreNotReportedUnknown) {
  dir_.Remove("patients.csv");
  WriteEvents("P9,44054006,2031-01-01,\n");

  EXPECT_EQ(Refusal(), (Lines{"patients.csv: file is missing",
                              "events.csv:2: date: 2031-01-01 is in the future"}));
}

TEST_F(ReadExtractErrorsTest, HeaderProblemsAreReportedOnLineOne) {
  dir_.Write("events.csv", "patient_id,code,value\nP1,44054006,1\n");
  dir_.Write("medications.csv",
             "patient_id,code,date,comment\nP1,39732311000001104,2020-01-01,x\n");
  dir_.Write("encounters.csv",
             "patient_id,type,start_date,start_date,\nP1,outpatient,2020-01-01,2020-01-01,\n");

  EXPECT_EQ(Refusal(), (Lines{
                           "events.csv:1: date: required column is missing",
                           "medications.csv:1: comment: unknown column",
                           "encounters.csv:1: start_date: duplicate column",
                           "encounters.csv:1: column 5 has no name",
                       }));
}

TEST_F(ReadExtractErrorsTest, EmptyFileHasNoHeader) {
  dir_.Write("events.csv", "\xEF\xBB\xBF\r\n");

  EXPECT_EQ(Refusal(), (Lines{"events.csv:1: file is empty (no header row)"}));
}

TEST_F(ReadExtractErrorsTest, ReportKeepsTheFirstErrorsButCountsAll) {
  std::string rows;
  for (int i = 0; i < 250; ++i) {
    rows += "P1,44054006,2031-01-01,\n";
  }
  WritePatients("P1,,1950-01-01,male,A81001,,,\n");
  WriteEvents(rows);
  options_.max_reported_errors = 100;

  const Lines lines = Refusal();

  ASSERT_EQ(lines.size(), 100U);
  EXPECT_EQ(report_.error_count, 251);
  EXPECT_EQ(lines.front(), "patients.csv:4: patient_id: duplicate of line 2");
  EXPECT_EQ(lines[1], "events.csv:2: date: 2031-01-01 is in the future");
  EXPECT_EQ(lines.back(), "events.csv:100: date: 2031-01-01 is in the future");
  EXPECT_EQ(report_.rows_read, 3 + 250);
}

}  // namespace
}  // namespace lcn::extract
