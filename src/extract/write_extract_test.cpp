// SPDX-License-Identifier: Apache-2.0
//
// WriteExtract: what it writes reads back through ReadExtract to the same extract.
#include "extract/write_extract.hpp"

#include <cmath>
#include <filesystem>
#include <limits>
#include <optional>
#include <tuple>

#include <gtest/gtest.h>

#include "core/error.hpp"
#include "extract/day.hpp"
#include "extract/extract_test_dir.hpp"
#include "extract/read_extract.hpp"

namespace lcn::extract {
namespace {

std::int32_t Day(std::string_view text) {
  return ParseDay(text).value();
}

Extract Sample() {
  Extract x;
  x.patients.push_back({.patient_id = "P1",
                        .nhs_number = "9434765919",
                        .birth_day = Day("1940-05-17"),
                        .sex = domain::Sex::kFemale,
                        .practice = "G85138",
                        .postcode = "SE16 7JX",
                        .death_day = Day("2025-01-10"),
                        .care_home = "ZDEMO001",
                        .given_name = "Doris",
                        .family_name = "Jones, \"Dot\""});
  x.patients.push_back({.patient_id = "P,2 \"x\"",
                        .nhs_number = std::nullopt,
                        .birth_day = Day("2000-02-29"),
                        .sex = domain::Sex::kOther,
                        .practice = "H82065",
                        .postcode = "Flat 1, \"The Yard\"",
                        .death_day = std::nullopt,
                        .care_home = std::nullopt,
                        .given_name = std::nullopt,
                        .family_name = std::nullopt});
  x.patients.push_back({.patient_id = "P3",
                        .nhs_number = "4010232137",
                        .birth_day = Day("1899-12-31"),
                        .sex = domain::Sex::kUnknown,
                        .practice = "A81001",
                        .postcode = std::nullopt,
                        .death_day = std::nullopt,
                        .care_home = std::nullopt,
                        .given_name = "Ann",
                        .family_name = std::nullopt});
  const float nan = std::numeric_limits<float>::quiet_NaN();
  x.events = {{0, 44054006, Day("2020-01-02"), nan},
              {0, 1011481000000105, Day("2021-03-04"), 48.7F},
              {1, 38341003, Day("2019-12-31"), -1.25F},
              {1, 271649006, Day("2024-06-01"), 0.1F},
              {2, 1022431000000105, Day("2025-06-01"), 123456.78F},
              {2, 1022431000000105, Day("2025-06-01"), 1e-7F},
              {0, 44054006, Day("2020-01-02"), nan}};
  x.medications = {{0, 39732011000001102, Day("2024-05-05")}, {2, 374295007, Day("2025-05-31")}};
  x.encounters = {{0, EncounterType::kEmergencyAdmission, Day("2023-01-01"), Day("2023-01-05")},
                  {1, EncounterType::kOutpatient, Day("2024-02-02"), std::nullopt},
                  {2, EncounterType::kAeAttendance, Day("2023-12-31"), Day("2023-12-31")},
                  {2, EncounterType::kElectiveAdmission, Day("2025-05-30"), std::nullopt}};
  return x;
}

// Each row of `a` and `b`, compared as the tuple `key` makes of it.
template <typename Row, typename Key>
void ExpectSameRows(const std::vector<Row>& a, const std::vector<Row>& b, Key key) {
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(key(a[i]), key(b[i])) << "row " << i;
  }
}

void ExpectSame(const Extract& a, const Extract& b) {
  ExpectSameRows(a.patients, b.patients, [](const Patient& p) {
    return std::tuple(p.patient_id, p.nhs_number, p.birth_day, p.sex, p.practice, p.postcode,
                      p.death_day, p.care_home, p.given_name, p.family_name);
  });
  ExpectSameRows(a.events, b.events, [](const Event& e) {
    return std::tuple(e.patient, e.code, e.day,
                      std::isnan(e.value) ? std::nullopt : std::optional<float>(e.value));
  });
  ExpectSameRows(a.medications, b.medications,
                 [](const Medication& m) { return std::tuple(m.patient, m.code, m.day); });
  ExpectSameRows(a.encounters, b.encounters, [](const Encounter& c) {
    return std::tuple(c.patient, c.type, c.start_day, c.end_day);
  });
}

class WriteExtractTest : public ::testing::Test {
 protected:
  ReadOptions Options() const { return {.today_day = Day("2025-06-01")}; }

  ExtractTestDir dir_;
};

TEST_F(WriteExtractTest, ReadsBackIdentically) {
  const Extract written = Sample();
  WriteExtract(written, dir_.Path());
  ReadReport report;
  const Extract read = ReadExtract(dir_.Path(), Options(), &report);
  EXPECT_EQ(report.error_count, 0);
  ExpectSame(written, read);
}

TEST_F(WriteExtractTest, WritesAnEmptyExtractThatReadsBack) {
  WriteExtract(Extract{}, dir_.Path());
  const Extract read = ReadExtract(dir_.Path(), Options());
  EXPECT_TRUE(read.patients.empty());
  EXPECT_TRUE(read.events.empty());
}

TEST_F(WriteExtractTest, CreatesTheFolderReplacesOldFilesAndLeavesNoTemporaryFiles) {
  const std::filesystem::path folder = std::filesystem::path(dir_.Path()) / "new" / "extract";
  WriteExtract(Sample(), folder.string());
  Extract smaller = Sample();
  smaller.events.resize(2);
  WriteExtract(smaller, folder.string());
  EXPECT_EQ(ReadExtract(folder.string(), Options()).events.size(), 2U);
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    EXPECT_EQ(entry.path().extension(), ".csv") << entry.path();
    ++files;
  }
  EXPECT_EQ(files, 4);
}

TEST_F(WriteExtractTest, FailsWithUnavailableWhenTheFolderCannotBeCreated) {
  dir_.Write("a-file", "not a folder");
  const std::string inside_a_file = (std::filesystem::path(dir_.Path()) / "a-file" / "x").string();
  try {
    WriteExtract(Sample(), inside_a_file);
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.Code(), ErrorCode::kUnavailable);
  }
}

}  // namespace
}  // namespace lcn::extract
