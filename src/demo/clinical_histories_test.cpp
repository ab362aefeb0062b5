// SPDX-License-Identifier: Apache-2.0
//
// GenerateHistories: byte-identical by seed whatever the threads, every row readable by the
// extract reader, records only within each person's lifetime and the as-of day, care-home
// residents only in the care homes of their own network, valid SNOMED CT identifiers.
#include "demo/clinical_histories.hpp"

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include <gtest/gtest.h>

#include "casefinding/definitions/sctid.hpp"
#include "demo/scaled_people.hpp"
#include "extract/day.hpp"
#include "extract/read_extract.hpp"
#include "extract/write_extract.hpp"

namespace lcn::demo {
namespace {

namespace fs = std::filesystem;

std::string Slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

class ClinicalHistoriesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    people_ = GeneratePeopleAtScale(geography_, LoadAgeBands(), 11, 6'000, 2);
    homes_ = PlanCareHomes(geography_);
  }

  void TearDown() override { fs::remove_all(dir_); }

  extract::Extract Generate(unsigned threads, std::uint64_t seed = 11) const {
    return GenerateHistories(people_, geography_, homes_, seed, as_of_, threads);
  }

  GeographyPlan geography_ = PlanGeography(DemoArea::kAll, LoadPractices());
  std::vector<PersonPlan> people_;
  std::vector<CareHomeSite> homes_;
  std::int32_t as_of_ = *extract::ParseDay("2026-06-30");
  fs::path dir_ =
      fs::temp_directory_path() /
      ("lcn_histories_test_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
       "_" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
};

TEST_F(ClinicalHistoriesTest, SameSeedGivesByteIdenticalExtractsWhateverTheThreads) {
  extract::WriteExtract(Generate(1), (dir_ / "one").string());
  extract::WriteExtract(Generate(2), (dir_ / "two").string());
  extract::WriteExtract(Generate(2, 12), (dir_ / "other").string());
  for (const char* file : {"patients.csv", "events.csv", "medications.csv", "encounters.csv"}) {
    EXPECT_EQ(Slurp(dir_ / "one" / file), Slurp(dir_ / "two" / file)) << file;
  }
  EXPECT_NE(Slurp(dir_ / "one" / "events.csv"), Slurp(dir_ / "other" / "events.csv"));
}

TEST_F(ClinicalHistoriesTest, EveryRowReadsBackThroughTheExtractReader) {
  const auto x = Generate(2);
  extract::WriteExtract(x, dir_.string());
  extract::ReadReport report;
  const auto read = extract::ReadExtract(dir_.string(), {.today_day = as_of_}, &report);
  EXPECT_EQ(report.error_count, 0);
  EXPECT_EQ(read.patients.size(), x.patients.size());
  EXPECT_EQ(read.events.size(), x.events.size());
  EXPECT_EQ(read.medications.size(), x.medications.size());
  EXPECT_EQ(read.encounters.size(), x.encounters.size());
}

TEST_F(ClinicalHistoriesTest, PatientsDescribeThePeopleInOrder) {
  const auto x = Generate(2);
  ASSERT_EQ(x.patients.size(), people_.size());
  EXPECT_EQ(x.patients.front().patient_id, "P00000001");
  for (std::size_t i = 0; i < people_.size(); ++i) {
    const auto& p = x.patients[i];
    EXPECT_EQ(p.nhs_number, people_[i].person.nhs_number);
    EXPECT_EQ(p.practice, people_[i].practice_ods);
    EXPECT_EQ(p.sex, people_[i].person.sex);
    EXPECT_EQ(extract::FormatDay(p.birth_day), people_[i].person.birth_date);
    EXPECT_EQ(p.given_name, people_[i].person.given_name);
  }
}

TEST_F(ClinicalHistoriesTest, NoRecordBeforeBirthAfterDeathOrAfterTheAsOfDay) {
  const auto x = Generate(2);
  const auto end = [&](std::uint32_t patient) {
    return x.patients[patient].death_day.value_or(as_of_);
  };
  int deaths = 0;
  for (const auto& p : x.patients) {
    if (p.death_day) {
      ++deaths;
      EXPECT_LT(*p.death_day, as_of_);
      EXPECT_GE(*p.death_day, p.birth_day);
    }
  }
  EXPECT_GT(deaths, 0);
  for (const auto& e : x.events) {
    ASSERT_GE(e.day, x.patients[e.patient].birth_day);
    ASSERT_LE(e.day, end(e.patient));
  }
  for (const auto& m : x.medications) {
    ASSERT_GE(m.day, x.patients[m.patient].birth_day);
    ASSERT_LE(m.day, end(m.patient));
  }
  for (const auto& c : x.encounters) {
    ASSERT_GE(c.start_day, x.patients[c.patient].birth_day);
    ASSERT_LE(c.start_day, end(c.patient));
    if (c.end_day) {
      ASSERT_GE(*c.end_day, c.start_day);
      ASSERT_LE(*c.end_day, end(c.patient));
    }
  }
}

TEST_F(ClinicalHistoriesTest, CareHomeResidentsLiveInACareHomeOfTheirOwnNetwork) {
  const auto x = Generate(2);
  std::map<std::string, std::string> network_of_practice;
  for (const auto& p : geography_.practices) {
    network_of_practice[p.ods_code] = p.network_code;
  }
  std::map<std::string, std::string> network_of_home;
  for (const auto& h : homes_) {
    network_of_home[h.ods_code] = h.network_code;
  }
  int residents = 0;
  for (const auto& p : x.patients) {
    if (!p.care_home) {
      continue;
    }
    ++residents;
    ASSERT_TRUE(network_of_home.contains(*p.care_home)) << *p.care_home;
    EXPECT_EQ(network_of_home[*p.care_home], network_of_practice[p.practice]);
    EXPECT_GE(std::stoi(extract::FormatDay(as_of_).substr(0, 4)) -
                  std::stoi(extract::FormatDay(p.birth_day).substr(0, 4)),
              65);
  }
  EXPECT_GT(residents, 0);
}

TEST_F(ClinicalHistoriesTest, CodesAreSnomedCtIdentifiersAndVolumesArePlausible) {
  const auto x = Generate(2);
  std::set<std::int64_t> codes;
  for (const auto& e : x.events) {
    codes.insert(e.code);
  }
  for (const auto& m : x.medications) {
    codes.insert(m.code);
  }
  for (const auto code : codes) {
    EXPECT_TRUE(casefinding::ParseConceptId(std::to_string(code), nullptr)) << code;
  }
  const double events_per_person =
      static_cast<double>(x.events.size()) / static_cast<double>(x.patients.size());
  EXPECT_GT(events_per_person, 15);
  EXPECT_LT(events_per_person, 50);
  EXPECT_GT(x.medications.size(), x.patients.size());
}

}  // namespace
}  // namespace lcn::demo
