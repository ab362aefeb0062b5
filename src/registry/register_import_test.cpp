// SPDX-License-Identifier: Apache-2.0
//
// ImportExtract and LoadRegister on both engines: first import, idempotent re-import, a later
// extract that updates and loses people, refusal of unknown practices with nothing kept,
// matching by NHS number, unknown codes.
#include "registry/register_import.hpp"

#include <algorithm>
#include <random>

#include <gtest/gtest.h>

#include "extract/read_report.hpp"
#include "registry/history_codec.hpp"
#include "registry/register_loader.hpp"
#include "sql/migrator.hpp"
#include "store/area_repository.hpp"
#include "store/organisation_repository.hpp"
#include "store/person_repository.hpp"
#include "testing/fake_clock.hpp"
#include "testing/practices.hpp"
#include "testing/test_database.hpp"

namespace lcn::registry {
namespace {

extract::Patient MakePatient(std::string id, std::optional<std::string> nhs, std::int32_t birth,
                             std::string practice) {
  extract::Patient p;
  p.patient_id = std::move(id);
  p.nhs_number = std::move(nhs);
  p.birth_day = birth;
  p.sex = domain::Sex::kFemale;
  p.practice = std::move(practice);
  return p;
}

// Three patients: two at A81001 (one with names), one at A81002.
extract::Extract SampleExtract() {
  extract::Extract x;
  x.patients.push_back(MakePatient("P1", "9434765919", -10000, "A81001"));
  x.patients.back().given_name = "Ada";
  x.patients.back().family_name = "Lovelace";
  x.patients.push_back(MakePatient("P2", std::nullopt, -5000, "A81001"));
  x.patients.push_back(MakePatient("P3", "4010232137", 0, "A81002"));
  x.events = {{0, 44054006, 19000, std::nanf("")},
              {0, 1107481000000106, 19100, 48.0F},
              {1, 38341003, 18000, std::nanf("")},
              {2, 123456789, 19200, std::nanf("")}};
  x.medications = {{0, 39732311000001104, 19300}};
  x.encounters = {{1, extract::EncounterType::kEmergencyAdmission, 19400, 19405}};
  return x;
}

class RegisterImportTest : public ::testing::TestWithParam<test::Backend> {
 protected:
  void SetUp() override {
    if (GetParam() == test::Backend::kPostgres && !test::PostgresAvailable()) {
      GTEST_SKIP() << "LCN_TEST_POSTGRES_URL is not set";
    }
    db_ = test::MakeTestDatabase(GetParam());
    sql::ApplyMigrations(*db_, clock_, {sql::PlatformMigrations()});
    test::AddNetworkWithPractices(*db_, clock_, {"A81001", "A81002"});
  }

  ImportSummary Import(const extract::Extract& x, bool partial = false) {
    ImportOptions options;
    options.source = "test";
    options.partial = partial;
    return ImportExtract(*db_, clock_, x, options);
  }

  std::int64_t Count(const std::string& table) {
    auto tx = db_->Begin(sql::TransactionMode::kReadOnly);
    std::int64_t n = 0;
    tx->Query("SELECT COUNT(*) AS n FROM " + table, {}, [&](const sql::Row& r) { n = r.Int("n"); });
    return n;
  }

  std::optional<store::RegisterEntry> Entry(PersonId person) {
    auto tx = db_->Begin(sql::TransactionMode::kReadOnly);
    return store::RegisterRepository(*tx).Find(person);
  }

  std::optional<domain::Person> Person(const std::string& nhs) {
    auto tx = db_->Begin(sql::TransactionMode::kReadOnly);
    return store::PersonRepository(*tx).FindByNhsNumber(nhs);
  }

  test::FakeClock clock_;
  std::unique_ptr<sql::Database> db_;
};

TEST_P(RegisterImportTest, FirstImportCreatesPeopleAndTheirHistories) {
  const ImportSummary s = Import(SampleExtract());
  EXPECT_EQ(s.record.patients_new, 3);
  EXPECT_EQ(s.record.patients_updated, 0);
  EXPECT_EQ(s.record.events, 4);
  EXPECT_EQ(s.record.medications, 1);
  EXPECT_EQ(s.record.encounters, 1);
  EXPECT_EQ(s.changed.size(), 3U);
  EXPECT_EQ(Count("people"), 3);
  EXPECT_EQ(Count("register_patients"), 3);
  EXPECT_EQ(Count("register_imports"), 1);

  const auto ada = Person("9434765919");
  ASSERT_TRUE(ada.has_value());
  EXPECT_EQ(ada->given_name, "Ada");
  EXPECT_EQ(ada->family_name, "Lovelace");
  EXPECT_EQ(ada->birth_date, "1942-08-16");
  const auto entry = Entry(ada->id);
  ASSERT_TRUE(entry.has_value());
  EXPECT_EQ(entry->source_id, "P1");
  const History h = DecodeHistory(entry->history);
  ASSERT_EQ(h.events.size(), 2U);
  EXPECT_EQ(h.events[1].code, 1107481000000106);
  EXPECT_EQ(h.events[1].value, 48.0F);
  ASSERT_EQ(h.medications.size(), 1U);

  // The import is in the audit trail.
  auto tx = db_->Begin(sql::TransactionMode::kReadOnly);
  std::int64_t audits = 0;
  tx->Query("SELECT COUNT(*) AS n FROM audit_events WHERE action = 'register-import'", {},
            [&](const sql::Row& r) { audits = r.Int("n"); });
  EXPECT_EQ(audits, 1);

  // A newly created person's id follows on from the imported ones.
  tx.reset();
  auto wtx = db_->Begin(sql::TransactionMode::kReadWrite);
  domain::Person extra;
  extra.given_name = "New";
  extra.family_name = "Person";
  extra.birth_date = "2000-01-01";
  const PersonId id = store::PersonRepository(*wtx).Insert(extra, clock_.Now());
  EXPECT_GT(id.Value(), 3);
}

TEST_P(RegisterImportTest, ReimportingTheSameExtractInAnyOrderChangesNothing) {
  Import(SampleExtract());
  const auto before = Entry(Person("9434765919")->id);
  extract::Extract shuffled = SampleExtract();
  std::reverse(shuffled.events.begin(), shuffled.events.end());
  clock_.AdvanceSeconds(3600);
  const ImportSummary again = Import(shuffled);
  EXPECT_EQ(again.record.patients_new, 0);
  EXPECT_EQ(again.record.patients_updated, 0);
  EXPECT_EQ(again.record.patients_unchanged, 3);
  EXPECT_EQ(again.record.patients_left, 0);
  EXPECT_TRUE(again.changed.empty());
  EXPECT_EQ(Count("people"), 3);
  const auto after = Entry(Person("9434765919")->id);
  EXPECT_EQ(after->version, before->version);
  EXPECT_EQ(after->import_id, before->import_id);
}

TEST_P(RegisterImportTest, LaterExtractUpdatesPeopleAndMarksLeavers) {
  Import(SampleExtract());
  const PersonId ada = Person("9434765919")->id;
  extract::Extract later = SampleExtract();
  later.patients[0].postcode = "SE1 7EH";
  later.events.push_back({0, 195967001, 19500, std::nanf("")});
  // P2 is no longer in A81001's list.
  later.patients.erase(later.patients.begin() + 1);
  later.events.erase(std::remove_if(later.events.begin(), later.events.end(),
                                    [](const extract::Event& e) { return e.patient == 1; }),
                     later.events.end());
  for (auto& e : later.events) {
    e.patient = e.patient == 2 ? 1 : e.patient;
  }
  later.encounters.clear();

  const ImportSummary s = Import(later);
  EXPECT_EQ(s.record.patients_updated, 1);
  EXPECT_EQ(s.record.patients_unchanged, 1);
  EXPECT_EQ(s.record.patients_left, 1);
  EXPECT_EQ(s.changed.size(), 2U);
  const auto entry = Entry(ada);
  EXPECT_EQ(entry->version, 2);
  EXPECT_EQ(DecodeHistory(entry->history).events.size(), 3U);
  const auto person = Person("9434765919");
  EXPECT_EQ(person->postcode, "SE1 7EH");
  EXPECT_EQ(person->given_name, "Ada");  // kept

  const LoadedRegister loaded = LoadRegister(*db_);
  ASSERT_EQ(loaded.people.size(), 3U);
  EXPECT_EQ(std::count(loaded.left.begin(), loaded.left.end(), 1), 1);
  EXPECT_EQ(loaded.population.EventCount(), 3U + 1U + 1U);

  // The leaver comes back: no longer left.
  const ImportSummary back = Import(SampleExtract());
  EXPECT_EQ(back.record.patients_left, 0);
  const LoadedRegister reloaded = LoadRegister(*db_);
  EXPECT_EQ(std::count(reloaded.left.begin(), reloaded.left.end(), 1), 0);
}

TEST_P(RegisterImportTest, PartialExtractMarksNobodyAsLeft) {
  Import(SampleExtract());
  extract::Extract only_ada = SampleExtract();
  only_ada.patients.resize(1);
  only_ada.events.resize(2);
  only_ada.encounters.clear();
  EXPECT_EQ(Import(only_ada, /*partial=*/true).record.patients_left, 0);
  EXPECT_EQ(Import(only_ada, /*partial=*/false).record.patients_left, 1);
}

TEST_P(RegisterImportTest, UnknownPracticeRefusesEverythingWithLineAndColumn) {
  extract::Extract x = SampleExtract();
  x.patients[2].practice = "Z99999";
  try {
    Import(x);
    FAIL() << "an unknown practice was accepted";
  } catch (const extract::ExtractError& e) {
    ASSERT_EQ(e.Report().errors.size(), 1U);
    EXPECT_EQ(e.Report().errors[0].file, "patients.csv");
    EXPECT_EQ(e.Report().errors[0].line, 4);
    EXPECT_EQ(e.Report().errors[0].column, "practice");
  }
  EXPECT_EQ(Count("people"), 0);
  EXPECT_EQ(Count("register_patients"), 0);
  EXPECT_EQ(Count("register_imports"), 0);
}

TEST_P(RegisterImportTest, MatchesExistingPeopleByNhsNumberAndKeepsTheirNames) {
  {
    auto tx = db_->Begin(sql::TransactionMode::kReadWrite);
    domain::Person known;
    known.nhs_number = "4010232137";
    known.given_name = "Grace";
    known.family_name = "Hopper";
    known.birth_date = "1970-01-01";
    store::PersonRepository(*tx).Insert(known, clock_.Now());
    tx->Commit();
  }
  const ImportSummary s = Import(SampleExtract());
  EXPECT_EQ(s.record.patients_new, 2);
  EXPECT_EQ(s.record.patients_updated, 1);
  EXPECT_EQ(Count("people"), 3);
  const auto grace = Person("4010232137");
  EXPECT_EQ(grace->given_name, "Grace");
  EXPECT_TRUE(grace->practice_id.has_value());
  EXPECT_TRUE(Entry(grace->id).has_value());
}

TEST_P(RegisterImportTest, UnknownCodesAreCountedNotRefused) {
  const std::unordered_set<std::int64_t> known = {44054006, 38341003, 39732311000001104};
  ImportOptions options;
  options.source = "test";
  options.known_codes = &known;
  const ImportSummary s = ImportExtract(*db_, clock_, SampleExtract(), options);
  EXPECT_EQ(s.unknown_code_rows, 2);
  EXPECT_EQ(s.unknown_code_sample, (std::vector<std::int64_t>{123456789, 1107481000000106}));
  EXPECT_EQ(s.record.unknown_codes, 2);
  EXPECT_EQ(Count("register_patients"), 3);
}

INSTANTIATE_TEST_SUITE_P(Engines, RegisterImportTest,
                         ::testing::Values(test::Backend::kSqlite, test::Backend::kPostgres),
                         [](const auto& param_info) {
                           return test::BackendName(param_info.param);
                         });

}  // namespace
}  // namespace lcn::registry
