// SPDX-License-Identifier: Apache-2.0
//
// FindingsService over a real register (imported into SQLite or PostgreSQL) with the default
// definitions: worklists with filters, sorting and paging, exclusions, counts, "why", and
// incremental refresh agreeing with a full reload.
#include "findings/findings_service.hpp"

#include <atomic>
#include <thread>

#include <gtest/gtest.h>

#include "care/enrolment/enrolment_repository.hpp"
#include "casefinding/definitions/definitions.hpp"
#include "core/error.hpp"
#include "extract/day.hpp"
#include "registry/history_codec.hpp"
#include "registry/register_import.hpp"
#include "sql/migrator.hpp"
#include "store/area_repository.hpp"
#include "store/organisation_repository.hpp"
#include "store/person_repository.hpp"
#include "testing/fake_clock.hpp"
#include "testing/practices.hpp"
#include "testing/test_database.hpp"

namespace lcn::findings {
namespace {

constexpr std::int64_t kHypertension = 38341003;
constexpr std::int64_t kDiabetes = 44054006;
constexpr std::int64_t kCopd = 13645005;
constexpr std::int64_t kAtrialFibrillation = 49436004;

std::int32_t Day(const char* text) {
  return extract::ParseDay(text).value();
}

extract::Patient MakePatient(std::string id, const char* birth, std::string practice) {
  extract::Patient p;
  p.patient_id = std::move(id);
  p.birth_day = Day(birth);
  p.sex = domain::Sex::kFemale;
  p.practice = std::move(practice);
  return p;
}

void AddConditions(extract::Extract& x, std::uint32_t patient,
                   const std::vector<std::int64_t>& codes) {
  for (const auto code : codes) {
    x.events.push_back({patient, code, Day("2015-03-01"), std::nanf("")});
  }
}

// The clock is 2024-01-01.
extract::Extract Sample() {
  extract::Extract x;
  x.patients = {MakePatient("A", "1943-06-01", "A81001"),   // 80: three conditions
                MakePatient("B", "1973-06-01", "A81001"),   // 50: four
                MakePatient("C", "2007-06-01", "A81001"),   // 16: three, but a child
                MakePatient("D", "1953-06-01", "A81002"),   // 70: three, died
                MakePatient("E", "1963-06-01", "A81002"),   // 60: two
                MakePatient("F", "1933-06-01", "A81002")};  // 90: care home
  x.patients[3].death_day = Day("2023-05-05");
  x.patients[5].care_home = "VM123";
  AddConditions(x, 0, {kHypertension, kDiabetes, kCopd});
  AddConditions(x, 1, {kHypertension, kDiabetes, kCopd, kAtrialFibrillation});
  AddConditions(x, 2, {kHypertension, kDiabetes, kCopd});
  AddConditions(x, 3, {kHypertension, kDiabetes, kCopd});
  AddConditions(x, 4, {kHypertension, kDiabetes});
  return x;
}

class FindingsServiceTest : public ::testing::TestWithParam<test::Backend> {
 protected:
  void SetUp() override {
    if (GetParam() == test::Backend::kPostgres && !test::PostgresAvailable()) {
      GTEST_SKIP() << "LCN_TEST_POSTGRES_URL is not set";
    }
    db_ = test::MakeTestDatabase(GetParam());
    sql::ApplyMigrations(*db_, clock_, {sql::PlatformMigrations()});
    test::AddNetworkWithPractices(*db_, clock_, {"A81001", "A81002"});
    Import(Sample());
    service_ =
        std::make_unique<FindingsService>(*db_, clock_, casefinding::DefaultDefinitions(), "cms37");
    service_->Load();
  }

  registry::ImportSummary Import(const extract::Extract& x) {
    registry::ImportOptions options;
    options.source = "test";
    return registry::ImportExtract(*db_, clock_, x, options);
  }

  PersonId IdOf(const std::string& source_id) {
    auto tx = db_->Begin(sql::TransactionMode::kReadOnly);
    std::int64_t id = 0;
    tx->Query("SELECT person_id FROM register_patients WHERE source_id = ${s}", {{"s", source_id}},
              [&](const sql::Row& r) { id = r.Int("person_id"); });
    return PersonId(id);
  }

  std::vector<PersonId> People(const WorklistPage& page) {
    std::vector<PersonId> out;
    for (const auto& e : page.entries) {
      out.push_back(e.person);
    }
    return out;
  }

  WorklistQuery Ltc3() {
    WorklistQuery q;
    q.cohort = "ltc3";
    return q;
  }

  test::FakeClock clock_;
  std::unique_ptr<sql::Database> db_;
  std::unique_ptr<FindingsService> service_;
};

TEST_P(FindingsServiceTest, WorklistSortsPagesAndExcludesChildrenAndTheDead) {
  const WorklistPage page = service_->Worklist(Ltc3());
  EXPECT_EQ(page.total, 2);
  EXPECT_EQ(People(page), (std::vector<PersonId>{IdOf("B"), IdOf("A")}));
  EXPECT_EQ(page.entries[0].ltc_count, 4);
  EXPECT_EQ(page.entries[0].conditions, (std::vector<std::string>{"ATR", "COP", "DIB", "HYP"}));
  EXPECT_EQ(page.entries[1].age, 80);
  EXPECT_EQ(page.as_of, Day("2024-01-01"));

  WorklistQuery second = Ltc3();
  second.offset = 1;
  second.limit = 1;
  const WorklistPage p2 = service_->Worklist(second);
  EXPECT_EQ(p2.total, 2);
  EXPECT_EQ(People(p2), std::vector<PersonId>{IdOf("A")});

  WorklistQuery by_age = Ltc3();
  by_age.sort = WorklistSort::kAge;
  by_age.descending = false;
  EXPECT_EQ(People(service_->Worklist(by_age)), (std::vector<PersonId>{IdOf("B"), IdOf("A")}));
}

TEST_P(FindingsServiceTest, FiltersNarrowTheList) {
  WorklistQuery q = Ltc3();
  q.min_age = 65;
  EXPECT_EQ(People(service_->Worklist(q)), std::vector<PersonId>{IdOf("A")});
  q = Ltc3();
  q.condition = "ATR";
  EXPECT_EQ(People(service_->Worklist(q)), std::vector<PersonId>{IdOf("B")});
  q = Ltc3();
  q.practices = {"A81002"};
  EXPECT_EQ(service_->Worklist(q).total, 0);  // D died
  q = WorklistQuery{};
  q.cohort = "care_home";
  q.practices = {"A81002"};
  EXPECT_EQ(People(service_->Worklist(q)), std::vector<PersonId>{IdOf("F")});
  q = Ltc3();
  q.min_admissions = 1;
  EXPECT_EQ(service_->Worklist(q).total, 0);
}

TEST_P(FindingsServiceTest, UnknownCohortOrConditionIsABadRequest) {
  WorklistQuery q;
  q.cohort = "nope";
  try {
    (void)service_->Worklist(q);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.Code(), ErrorCode::kBadRequest);
  }
  q = Ltc3();
  q.condition = "XYZ";
  EXPECT_THROW((void)service_->Worklist(q), Error);
}

TEST_P(FindingsServiceTest, EnrolledPeopleLeaveTheWorklistButStayInCounts) {
  {
    auto tx = db_->Begin(sql::TransactionMode::kReadWrite);
    store::Enrolment enrolled;
    enrolled.person = IdOf("B");
    enrolled.state = domain::EnrolmentState::kEnrolled;
    enrolled.agreement = domain::AgreementMethod::kVerbal;
    store::EnrolmentRepository(*tx).Save(enrolled, std::nullopt, clock_.Now());
    tx->Commit();
  }
  service_->Refresh({IdOf("B")});
  EXPECT_EQ(People(service_->Worklist(Ltc3())), std::vector<PersonId>{IdOf("A")});
  const auto why = service_->Explain(IdOf("B"));
  ASSERT_TRUE(why.has_value());
  EXPECT_TRUE(why->excluded);
  EXPECT_EQ(why->excluded_because, "enrolled");

  const CountsReport counts = service_->Counts({});
  ASSERT_EQ(counts.practices.size(), 2U);
  EXPECT_EQ(counts.practices[0].practice, "A81001");
  EXPECT_EQ(counts.practices[0].people, 3);
  ASSERT_EQ(counts.cohorts[0].id, "ltc3");
  EXPECT_EQ(counts.practices[0].in_cohort[0], 2);
  EXPECT_EQ(counts.practices[0].to_review[0], 1);
  EXPECT_EQ(counts.practices[1].people, 2);  // D died

  // A full reload agrees.
  service_->Load();
  EXPECT_EQ(People(service_->Worklist(Ltc3())), std::vector<PersonId>{IdOf("A")});
}

TEST_P(FindingsServiceTest, OnePersonsNewEventShowsAfterRefreshWithItsEvidence) {
  const PersonId e = IdOf("E");
  {
    auto tx = db_->Begin(sql::TransactionMode::kReadWrite);
    store::RegisterRepository repo(*tx);
    const auto entry = repo.Find(e);
    registry::History h = registry::DecodeHistory(entry->history);
    h.events.push_back({kAtrialFibrillation, Day("2023-12-01"), std::nanf("")});
    repo.UpdateHistory(e, entry->version, registry::EncodeHistory(h), "changed", clock_.Now());
    tx->Commit();
  }
  EXPECT_EQ(service_->Worklist(Ltc3()).total, 2);  // not yet refreshed
  service_->Refresh({e});
  const WorklistPage page = service_->Worklist(Ltc3());
  EXPECT_EQ(page.total, 3);
  const auto why = service_->Explain(e);
  ASSERT_TRUE(why.has_value());
  EXPECT_EQ(why->summary.ltc_count, 3);
  bool found = false;
  for (const auto& f : why->explanation.findings) {
    if (f.id == "ATR") {
      ASSERT_FALSE(f.evidence.empty());
      EXPECT_EQ(f.evidence[0].code, kAtrialFibrillation);
      EXPECT_EQ(f.evidence[0].day, Day("2023-12-01"));
      found = true;
    }
  }
  EXPECT_TRUE(found);
  EXPECT_EQ(service_->Status().refreshed_people, 1);

  // The full reload gives the same list.
  const auto refreshed = People(page);
  service_->Load();
  EXPECT_EQ(People(service_->Worklist(Ltc3())), refreshed);
}

TEST_P(FindingsServiceTest, NewPeopleFromAnImportAppearAfterRefreshAndStaleCheck) {
  EXPECT_FALSE(service_->LoadIfStale());
  extract::Extract more = Sample();
  more.patients.push_back(MakePatient("G", "1950-01-01", "A81002"));
  AddConditions(more, 6, {kHypertension, kDiabetes, kCopd});
  const auto summary = Import(more);
  ASSERT_EQ(summary.changed.size(), 1U);
  service_->Refresh(summary.changed);
  EXPECT_EQ(service_->Worklist(Ltc3()).total, 3);
  EXPECT_TRUE(service_->LoadIfStale());  // another import happened since the load
  // An import whose changes were refreshed with its id needs no reload.
  more.patients[6].postcode = "SE1 1AA";
  const auto next = Import(more);
  service_->Refresh(next.changed, next.record.id);
  EXPECT_FALSE(service_->LoadIfStale());
  EXPECT_EQ(service_->Worklist(Ltc3()).total, 3);
  EXPECT_FALSE(service_->LoadIfStale());
  clock_.AdvanceSeconds(std::int64_t{24} * 3600);  // a new day
  EXPECT_TRUE(service_->LoadIfStale());
}

// Readers (worklists, counts, "why", status) run while another thread refreshes and reloads:
// every read sees a whole state, never a half-published one. Under TSan (label concurrency) this
// checks the locking of the shared state as well.
TEST_P(FindingsServiceTest, ReadersSeeWholeStatesWhileRefreshAndLoadRun) {
  const PersonId b = IdOf("B");
  std::atomic<bool> done{false};
  std::atomic<int> bad_reads{0};
  constexpr int kReaders = 2;
  std::vector<std::thread> readers;
  readers.reserve(kReaders);
  for (int r = 0; r < kReaders; ++r) {
    readers.emplace_back([&] {
      while (!done.load()) {
        if (service_->Worklist(Ltc3()).total != 2) {
          ++bad_reads;
        }
        if (!service_->Explain(b).has_value() || !service_->Status().loaded) {
          ++bad_reads;
        }
        (void)service_->Counts({"A81001"});
      }
    });
  }
  for (int i = 0; i < 5; ++i) {
    service_->Refresh({b});
    service_->Load();
  }
  done = true;
  for (auto& reader : readers) {
    reader.join();
  }
  EXPECT_EQ(bad_reads.load(), 0);
}

INSTANTIATE_TEST_SUITE_P(Engines, FindingsServiceTest,
                         ::testing::Values(test::Backend::kSqlite, test::Backend::kPostgres),
                         [](const auto& param_info) {
                           return test::BackendName(param_info.param);
                         });

}  // namespace
}  // namespace lcn::findings
