// SPDX-License-Identifier: Apache-2.0
//
// Reading events in two parts on two threads gives exactly the one-thread result.
#include "extract/coded_rows_reader.hpp"

#include <cmath>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "extract/day.hpp"
#include "extract/extract_test_dir.hpp"

namespace lcn::extract {
namespace {

constexpr int kPatients = 50;
constexpr int kRows = 3000;

class CodedRowsReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string patients = "patient_id,birth_date,sex,practice\n";
    for (int i = 0; i < kPatients; ++i) {
      patients += "P" + std::to_string(i) + ",1950-01-01,female,A81001\n";
    }
    dir_.Write("patients.csv", patients);
    std::string events = "patient_id,code,date,value\n";
    std::string medications = "patient_id,code,date\n";
    for (int i = 0; i < kRows; ++i) {
      const std::string patient = i % 131 == 5 ? "Q" : "P" + std::to_string(i / 60);
      const std::string date = i % 97 == 3 ? "2031-01-01" : "2020-01-01";
      const std::string value = i % 2 == 0 ? "" : std::to_string(i) + ".5";
      const std::string code = std::to_string(100000 + i);
      for (std::string* file : {&events, &medications}) {
        *file += patient;
        *file += ',';
        *file += code;
        *file += ',';
        *file += date;
        if (file == &events) {
          *file += ',';
          *file += value;
        }
        *file += '\n';
      }
    }
    dir_.Write("events.csv", events);
    dir_.Write("medications.csv", medications);
  }

  ReadContext Context(unsigned parts) const {
    ReadContext context;
    context.today_day = *ParseDay("2025-06-01");
    context.max_errors = 1000;
    context.parts = parts;
    context.min_part_bytes = 1;
    return context;
  }

  PatientTable Patients() const {
    RowErrors errors("patients.csv", 10);
    std::int64_t rows_read = 0;
    PatientTable patients = PatientTable::Read(dir_.Path(), Context(1), errors, rows_read);
    EXPECT_EQ(errors.Count(), 0);
    return patients;
  }

  ExtractTestDir dir_;
};

TEST_F(CodedRowsReaderTest, TwoPartsReadLikeOne) {
  const PatientTable patients = Patients();
  RowErrors one_errors("events.csv", 1000);
  const CodedRows<Event> one = ReadEvents(dir_.Path(), patients, Context(1), one_errors);
  RowErrors two_errors("events.csv", 1000);
  const CodedRows<Event> two = ReadEvents(dir_.Path(), patients, Context(2), two_errors);

  EXPECT_EQ(one.rows_read, kRows);
  EXPECT_EQ(two.rows_read, kRows);
  ASSERT_EQ(one.rows.size(), two.rows.size());
  for (std::size_t i = 0; i < one.rows.size(); ++i) {
    EXPECT_EQ(one.rows[i].patient, two.rows[i].patient);
    EXPECT_EQ(one.rows[i].code, two.rows[i].code);
    EXPECT_EQ(one.rows[i].day, two.rows[i].day);
    EXPECT_EQ(std::isnan(one.rows[i].value), std::isnan(two.rows[i].value));
    if (!std::isnan(one.rows[i].value)) {
      EXPECT_EQ(one.rows[i].value, two.rows[i].value);
    }
  }
  EXPECT_EQ(one_errors.Count(), two_errors.Count());
  EXPECT_EQ(one_errors.Kept(), two_errors.Kept());

  std::vector<std::int64_t> expected_lines;
  for (int i = 0; i < kRows; ++i) {
    if (i % 131 == 5 || i % 97 == 3) {
      expected_lines.push_back(i + 2);
    }
  }
  std::vector<std::int64_t> lines;
  for (const RowError& error : two_errors.Kept()) {
    lines.push_back(error.line);
  }
  EXPECT_EQ(lines, expected_lines);
  EXPECT_EQ(one.rows.size(), kRows - expected_lines.size());
}

TEST_F(CodedRowsReaderTest, TwoPartsReadMedicationsLikeOne) {
  const PatientTable patients = Patients();
  RowErrors one_errors("medications.csv", 5);
  const CodedRows<Medication> one = ReadMedications(dir_.Path(), patients, Context(1), one_errors);
  RowErrors two_errors("medications.csv", 5);
  const CodedRows<Medication> two = ReadMedications(dir_.Path(), patients, Context(2), two_errors);

  ASSERT_EQ(one.rows.size(), two.rows.size());
  for (std::size_t i = 0; i < one.rows.size(); ++i) {
    EXPECT_EQ(one.rows[i].patient, two.rows[i].patient);
    EXPECT_EQ(one.rows[i].code, two.rows[i].code);
  }
  EXPECT_EQ(one_errors.Count(), two_errors.Count());
  EXPECT_EQ(one_errors.Kept(), two_errors.Kept());
  EXPECT_EQ(two_errors.Kept().size(), 5U);
}

}  // namespace
}  // namespace lcn::extract
