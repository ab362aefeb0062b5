// SPDX-License-Identifier: Apache-2.0
//
// ReadExtract on valid extracts: every value read, CSV variations accepted.
#include "extract/read_extract.hpp"

#include <cmath>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "extract/day.hpp"
#include "extract/extract_test_dir.hpp"

namespace lcn::extract {
namespace {

std::int32_t Day(std::string_view text) {
  return ParseDay(text).value();
}

ReadOptions Options() {
  ReadOptions options{.today_day = Day("2025-06-01")};
  return options;
}

class ReadExtractTest : public ::testing::Test {
 protected:
  ExtractTestDir dir_;
};

TEST_F(ReadExtractTest, NamesAreOptionalAndReadWhenPresent) {
  dir_.Write("patients.csv",
             "patient_id,birth_date,sex,practice,given_name,family_name\n"
             "P1,1940-05-17,female,A81001,Zoë,O'Brien\n"
             "P2,1950-05-17,male,A81001,,\n");
  dir_.Write("events.csv", "patient_id,code,date\n");
  const Extract extract = ReadExtract(dir_.Path(), Options());
  ASSERT_EQ(extract.patients.size(), 2U);
  EXPECT_EQ(extract.patients[0].given_name, "Zoë");
  EXPECT_EQ(extract.patients[0].family_name, "O'Brien");
  EXPECT_FALSE(extract.patients[1].given_name.has_value());
  EXPECT_FALSE(extract.patients[1].family_name.has_value());

  dir_.Write("patients.csv",
             "patient_id,birth_date,sex,practice,given_name\n"
             "P1,1940-05-17,female,A81001, Ann\n");
  try {
    (void)ReadExtract(dir_.Path(), Options());
    FAIL() << "a name with a leading space was accepted";
  } catch (const ExtractError& e) {
    ASSERT_EQ(e.Report().errors.size(), 1U);
    EXPECT_EQ(e.Report().errors[0].column, "given_name");
    EXPECT_EQ(e.Report().errors[0].line, 2);
  }
}

TEST_F(ReadExtractTest, ReadsEveryFileWithBomCrlfQuotesAndColumnsInAnyOrder) {
  dir_.Write("patients.csv",
             "\xEF\xBB\xBFsex,patient_id,birth_date,practice,nhs_number,postcode,death_date,"
             "care_home\r\n"
             "female,P1,1940-05-17,A81001,943 476 5919,\"TS1 3BA\",,\r\n"
             "male,\"P,2 \"\"x\"\"\",1952-11-02,A81002,,,2024-01-10,VM123\r\n"
             "other,P3,2000-02-29,B82005,4010232137,,,\r\n");
  dir_.Write("events.csv",
             "date,code,patient_id,value\n"
             "2020-01-02,44054006,P1,\n"
             "2021-03-04,1107481000000106,P1,5.5\n"
             "2019-12-31,38341003,\"P,2 \"\"x\"\"\",-1.25\n"
             "2025-06-01,44054006,P3,\"\"\n");
  dir_.Write("medications.csv", "code,patient_id,date\n39732311000001104,P1,2024-05-05\n");
  dir_.Write("encounters.csv",
             "patient_id,type,start_date,end_date\r\n"
             "P1,emergency_admission,2023-01-01,2023-01-05\r\n"
             "P3,outpatient,2024-02-02,\r\n"
             "\"P,2 \"\"x\"\"\",ae_attendance,2023-12-31,2023-12-31\r\n");

  ReadReport report;
  const Extract extract = ReadExtract(dir_.Path(), Options(), &report);

  EXPECT_EQ(report.error_count, 0);
  EXPECT_TRUE(report.errors.empty());
  EXPECT_EQ(report.rows_read, 3 + 4 + 1 + 3);

  ASSERT_EQ(extract.patients.size(), 3U);
  const Patient& p1 = extract.patients[0];
  EXPECT_EQ(p1.patient_id, "P1");
  EXPECT_EQ(p1.nhs_number, std::optional<std::string>("9434765919"));
  EXPECT_EQ(p1.birth_day, Day("1940-05-17"));
  EXPECT_EQ(p1.sex, domain::Sex::kFemale);
  EXPECT_EQ(p1.practice, "A81001");
  EXPECT_EQ(p1.postcode, std::optional<std::string>("TS1 3BA"));
  EXPECT_EQ(p1.death_day, std::nullopt);
  EXPECT_EQ(p1.care_home, std::nullopt);
  const Patient& p2 = extract.patients[1];
  EXPECT_EQ(p2.patient_id, "P,2 \"x\"");
  EXPECT_EQ(p2.nhs_number, std::nullopt);
  EXPECT_EQ(p2.sex, domain::Sex::kMale);
  EXPECT_EQ(p2.postcode, std::nullopt);
  EXPECT_EQ(p2.death_day, std::optional<std::int32_t>(Day("2024-01-10")));
  EXPECT_EQ(p2.care_home, std::optional<std::string>("VM123"));
  EXPECT_EQ(extract.patients[2].birth_day, Day("2000-02-29"));
  EXPECT_EQ(extract.patients[2].sex, domain::Sex::kOther);

  ASSERT_EQ(extract.events.size(), 4U);
  EXPECT_EQ(extract.events[0].patient, 0U);
  EXPECT_EQ(extract.events[0].code, 44054006);
  EXPECT_EQ(extract.events[0].day, Day("2020-01-02"));
  EXPECT_TRUE(std::isnan(extract.events[0].value));
  EXPECT_EQ(extract.events[1].code, 1107481000000106);
  EXPECT_EQ(extract.events[1].value, 5.5F);
  EXPECT_EQ(extract.events[2].patient, 1U);
  EXPECT_EQ(extract.events[2].value, -1.25F);
  EXPECT_EQ(extract.events[3].patient, 2U);
  EXPECT_EQ(extract.events[3].day, Day("2025-06-01"));
  EXPECT_TRUE(std::isnan(extract.events[3].value));

  ASSERT_EQ(extract.medications.size(), 1U);
  EXPECT_EQ(extract.medications[0].patient, 0U);
  EXPECT_EQ(extract.medications[0].code, 39732311000001104);
  EXPECT_EQ(extract.medications[0].day, Day("2024-05-05"));

  ASSERT_EQ(extract.encounters.size(), 3U);
  EXPECT_EQ(extract.encounters[0].type, EncounterType::kEmergencyAdmission);
  EXPECT_EQ(extract.encounters[0].start_day, Day("2023-01-01"));
  EXPECT_EQ(extract.encounters[0].end_day, std::optional<std::int32_t>(Day("2023-01-05")));
  EXPECT_EQ(extract.encounters[1].patient, 2U);
  EXPECT_EQ(extract.encounters[1].type, EncounterType::kOutpatient);
  EXPECT_EQ(extract.encounters[1].end_day, std::nullopt);
  EXPECT_EQ(extract.encounters[2].patient, 1U);
  EXPECT_EQ(extract.encounters[2].type, EncounterType::kAeAttendance);
}

TEST_F(ReadExtractTest, OptionalFilesAndOptionalColumnsMayBeAbsent) {
  dir_.Write("patients.csv", "patient_id,birth_date,sex,practice\nP1,1950-01-01,unknown,C84001\n");
  dir_.Write("events.csv", "patient_id,code,date\nP1,44054006,2020-01-02");

  const Extract extract = ReadExtract(dir_.Path(), Options());

  ASSERT_EQ(extract.patients.size(), 1U);
  EXPECT_EQ(extract.patients[0].sex, domain::Sex::kUnknown);
  EXPECT_EQ(extract.patients[0].nhs_number, std::nullopt);
  ASSERT_EQ(extract.events.size(), 1U);
  EXPECT_TRUE(std::isnan(extract.events[0].value));
  EXPECT_TRUE(extract.medications.empty());
  EXPECT_TRUE(extract.encounters.empty());
}

TEST_F(ReadExtractTest, KeepsExactDuplicateEventsInFileOrder) {
  dir_.Write("patients.csv", "patient_id,birth_date,sex,practice\nP1,1950-01-01,male,C84001\n");
  dir_.Write("events.csv",
             "patient_id,code,date,value\n"
             "P1,44054006,2020-01-02,7\n"
             "P1,44054006,2020-01-02,7\n"
             "P1,38341003,2019-01-02,\n");

  const Extract extract = ReadExtract(dir_.Path(), Options());

  ASSERT_EQ(extract.events.size(), 3U);
  EXPECT_EQ(extract.events[0].code, extract.events[1].code);
  EXPECT_EQ(extract.events[0].day, extract.events[1].day);
  EXPECT_EQ(extract.events[0].value, extract.events[1].value);
  EXPECT_EQ(extract.events[2].code, 38341003);
}

TEST_F(ReadExtractTest, AcceptsBlankTrailingLinesAndHeaderOnlyFiles) {
  dir_.Write("patients.csv",
             "patient_id,birth_date,sex,practice\r\nP1,1950-01-01,male,C84001\r\n\r\n\r\n");
  dir_.Write("events.csv", "patient_id,code,date,value\n\n\n");
  dir_.Write("medications.csv", "patient_id,code,date");
  dir_.Write("encounters.csv", "\xEF\xBB\xBFpatient_id,type,start_date,end_date\r\n");

  ReadReport report;
  const Extract extract = ReadExtract(dir_.Path(), Options(), &report);

  EXPECT_EQ(extract.patients.size(), 1U);
  EXPECT_TRUE(extract.events.empty());
  EXPECT_EQ(report.rows_read, 1);
}

TEST_F(ReadExtractTest, ReportsProgressFromZeroToTotal) {
  const std::string patients = "patient_id,birth_date,sex,practice\nP1,1950-01-01,male,C84001\n";
  const std::string events = "patient_id,code,date\nP1,44054006,2020-01-02\n";
  dir_.Write("patients.csv", patients);
  dir_.Write("events.csv", events);
  std::vector<std::pair<std::int64_t, std::int64_t>> calls;
  ReadOptions options = Options();
  options.progress = [&calls](std::int64_t done, std::int64_t total) {
    calls.emplace_back(done, total);
  };

  (void)ReadExtract(dir_.Path(), options);

  const auto total = static_cast<std::int64_t>(patients.size() + events.size());
  ASSERT_GE(calls.size(), 2U);
  EXPECT_EQ(calls.front(), std::make_pair(std::int64_t{0}, total));
  EXPECT_EQ(calls.back(), std::make_pair(total, total));
}

TEST(EncounterTypeTest, NamesRoundTrip) {
  for (const EncounterType type : {EncounterType::kEmergencyAdmission, EncounterType::kAeAttendance,
                                   EncounterType::kElectiveAdmission, EncounterType::kOutpatient}) {
    EXPECT_EQ(ParseEncounterType(EncounterTypeName(type)), type);
  }
  EXPECT_EQ(ParseEncounterType("Outpatient"), std::nullopt);
}

}  // namespace
}  // namespace lcn::extract
