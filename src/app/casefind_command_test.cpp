// SPDX-License-Identifier: Apache-2.0
//
// lcn casefind end to end on small extract folders with real SNOMED CT codes from the default
// definitions: the CSV it writes, a refused extract that writes nothing, and definitions
// replaced from a folder without recompiling.
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "app/commands.hpp"
#include "core/error.hpp"

namespace lcn::app {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

class CasefindCommandTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("lcn_casefind_" +
            std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "extract");
    Write("patients.csv",
          "patient_id,nhs_number,birth_date,sex,practice,postcode,death_date,care_home\n"
          "A,9990000018,1950-03-01,female,G85138,SE16 4BL,,\n"
          "B,,2009-01-01,male,G85138,,,\n"
          "C,,1931-05-05,female,G85138,,,VM123\n"
          "D,,1960-01-01,male,G85138,,,\n");
    Write("events.csv",
          "patient_id,code,date,value\n"
          "A,38341003,2010-01-01,\n"  // hypertension
          "A,73211009,2015-06-01,\n"  // diabetes
          "A,13645005,2019-02-02,\n"  // COPD
          "A,13645005,2019-02-02,\n"  // a duplicate row
          "B,38341003,2024-01-01,\n"
          "B,73211009,2024-01-01,\n"
          "B,13645005,2024-01-01,\n"
          "D,38341003,2020-01-01,\n"
          "D,73211009,2026-09-01,\n");  // after the as-of date
    Write("encounters.csv",
          "patient_id,type,start_date,end_date\n"
          "A,emergency_admission,2026-01-10,2026-01-15\n"
          "A,emergency_admission,2024-01-10,\n");
  }

  void TearDown() override { fs::remove_all(dir_); }

  void Write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / "extract" / name) << text;
  }

  CasefindOptions Options() {
    CasefindOptions o;
    o.data = (dir_ / "extract").string();
    o.as_of = "2026-06-30";
    o.out = (dir_ / "out.csv").string();
    return o;
  }

  std::map<std::string, std::vector<std::string>> ReadOut() {
    std::ifstream in(dir_ / "out.csv");
    std::string line;
    std::getline(in, line);
    EXPECT_EQ(line,
              "patient_id,ltc_count,conditions,efi_score,efi_category,emergency_admissions_12m,"
              "cohorts");
    std::map<std::string, std::vector<std::string>> rows;
    while (std::getline(in, line)) {
      std::vector<std::string> cells;
      std::stringstream s(line);
      std::string cell;
      while (std::getline(s, cell, ',')) {
        cells.push_back(cell);
      }
      if (line.back() == ',') {
        cells.emplace_back();
      }
      rows[cells[0]] = cells;
    }
    return rows;
  }

  fs::path dir_;
};

TEST_F(CasefindCommandTest, WritesOneRowPerPersonWithConditionsFrailtyAndCohorts) {
  std::ostringstream err;
  ASSERT_EQ(RunCasefind(Options(), err), 0) << err.str();
  auto rows = ReadOut();
  ASSERT_EQ(rows.size(), 4U);
  EXPECT_EQ(rows["A"][1], "3");
  EXPECT_THAT(rows["A"][2], HasSubstr("HYP"));
  EXPECT_THAT(rows["A"][2], HasSubstr("DIB"));
  EXPECT_THAT(rows["A"][2], HasSubstr("COP"));
  EXPECT_FALSE(rows["A"][3].empty()) << "76: the eFI is assessed";
  EXPECT_EQ(rows["A"][5], "1") << "one emergency admission in the last 12 months";
  EXPECT_THAT(rows["A"][6], HasSubstr("ltc3"));
  EXPECT_EQ(rows["B"][1], "3");
  EXPECT_EQ(rows["B"][3], "") << "17: not assessed for frailty";
  EXPECT_THAT(rows["B"][6], ::testing::Not(HasSubstr("ltc3"))) << "17 is not an adult";
  EXPECT_THAT(rows["C"][6], HasSubstr("care_home"));
  EXPECT_EQ(rows["D"][1], "1") << "the diabetes code is after the as-of date";
  EXPECT_THAT(err.str(), HasSubstr("1 duplicate rows counted once"));
}

TEST_F(CasefindCommandTest, ABadExtractIsReportedRowByRowAndNothingIsWritten) {
  Write("events.csv",
        "patient_id,code,date,value\n"
        "A,38341003,2010-01-01,\n"
        "Z,38341003,2010-01-01,\n"
        "A,notacode,2031-01-01,\n");
  std::ostringstream err;
  EXPECT_EQ(RunCasefind(Options(), err), 2);
  EXPECT_THAT(err.str(), HasSubstr("events.csv:3"));
  EXPECT_THAT(err.str(), HasSubstr("events.csv:4"));
  EXPECT_THAT(err.str(), HasSubstr("nothing was written"));
  EXPECT_FALSE(fs::exists(dir_ / "out.csv"));
}

TEST_F(CasefindCommandTest, RefusesABadDateAndAnUnknownConditionSet) {
  std::ostringstream err;
  auto o = Options();
  o.as_of = "30/06/2026";
  EXPECT_THROW(RunCasefind(o, err), Error);
  o = Options();
  o.condition_set = "nope";
  EXPECT_THROW(RunCasefind(o, err), Error);
}

TEST_F(CasefindCommandTest, DefinitionsComeFromAFolderWithoutRecompiling) {
  fs::copy(fs::path(LCN_SOURCE_DIR) / "data" / "casefinding", dir_ / "defs",
           fs::copy_options::recursive);
  // Lower the cohort threshold from 3 to 2 conditions in the copy.
  const auto cohorts = dir_ / "defs" / "cohorts.json";
  std::stringstream text;
  text << std::ifstream(cohorts).rdbuf();
  std::string json = text.str();
  const auto at = json.find("\"atLeast\": 3");
  ASSERT_NE(at, std::string::npos) << json;
  json.replace(at, 12, "\"atLeast\": 2");
  std::ofstream(cohorts, std::ios::trunc) << json;
  auto o = Options();
  o.definitions = (dir_ / "defs").string();
  o.as_of = "2026-10-01";  // now D's diabetes counts too
  std::ostringstream err;
  ASSERT_EQ(RunCasefind(o, err), 0) << err.str();
  EXPECT_THAT(ReadOut()["D"][6], HasSubstr("ltc3"));
  // A broken folder is refused with the file named.
  std::ofstream(cohorts, std::ios::trunc) << "{ broken";
  EXPECT_THROW(RunCasefind(o, err), Error);
}

}  // namespace
}  // namespace lcn::app
