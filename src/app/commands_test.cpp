// SPDX-License-Identifier: Apache-2.0
//
// The CLI commands against a real SQLite file: user management with its unhappy paths, audit
// verification of an intact and a damaged chain, migrate, and configuration errors.
#include "app/commands.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "app/cli.hpp"
#include "app/server_context.hpp"
#include "core/error.hpp"
#include "store/organisation_repository.hpp"
#include "store/run_in_transaction.hpp"
#include "store/user_repository.hpp"

namespace lcn::app {
namespace {

using ::testing::HasSubstr;

class CommandsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ =
        std::filesystem::temp_directory_path() /
        ("lcn_cli_" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    config_.database = "sqlite:" + (dir_ / "lcn.db").string();
    config_.auth.fast_password_hashing = true;
    SystemClock clock;
    auto db = OpenAndMigrate(config_, clock);
    store::RunInTransaction(*db, sql::TransactionMode::kReadWrite, [&](auto& tx) {
      domain::Organisation org;
      org.kind = domain::OrganisationKind::kGpPractice;
      org.ods_code = "G85138";
      org.name = "Albion Street Group Practice";
      store::OrganisationRepository(tx).Insert(org, clock.Now());
    });
  }

  void TearDown() override { std::filesystem::remove_all(dir_); }

  int AddUser(const std::string& username, const std::string& password,
              const std::string& org = "G85138", const std::string& role = "gp") {
    std::istringstream in(password + "\n");
    return RunUserAdd(config_, {username, "Test User", role, org}, in);
  }

  std::optional<domain::User> FindUser(const std::string& username) {
    SystemClock clock;
    auto db = OpenAndMigrate(config_, clock);
    return store::RunInTransaction(*db, sql::TransactionMode::kReadOnly, [&](auto& tx) {
      return store::UserRepository(tx).FindByUsername(username);
    });
  }

  static ErrorCode CodeOf(const std::function<void()>& f) {
    try {
      f();
    } catch (const Error& e) {
      return e.Code();
    }
    ADD_FAILURE() << "no error thrown";
    return ErrorCode::kInternal;
  }

  std::filesystem::path dir_;
  config::Config config_;
};

TEST_F(CommandsTest, AddsListsDisablesAndResetsUsers) {
  EXPECT_EQ(AddUser("jo.bloggs", "river-lantern-42-orchid"), 0);
  const auto user = FindUser("jo.bloggs");
  ASSERT_TRUE(user.has_value());
  EXPECT_EQ(user->role, domain::Role::kGp);
  EXPECT_EQ(RunUserList(config_), 0);
  EXPECT_EQ(RunUserSetDisabled(config_, "jo.bloggs", true), 0);
  EXPECT_TRUE(FindUser("jo.bloggs")->disabled);
  EXPECT_EQ(RunUserSetDisabled(config_, "jo.bloggs", false), 0);
  EXPECT_FALSE(FindUser("jo.bloggs")->disabled);
  const std::string old_hash = FindUser("jo.bloggs")->password_hash;
  std::istringstream in("a-completely-new-passphrase\n");
  EXPECT_EQ(RunUserResetPassword(config_, "jo.bloggs", in), 0);
  EXPECT_NE(FindUser("jo.bloggs")->password_hash, old_hash);
}

TEST_F(CommandsTest, RefusesBadUsersWithTheReason) {
  try {
    AddUser("Bad Name", "short", "G85138", "surgeon");
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.Code(), ErrorCode::kBadRequest);
    std::set<std::string> fields;
    for (const auto& i : e.Issues()) {
      fields.insert(i.field);
    }
    EXPECT_EQ(fields, (std::set<std::string>{"--role", "--username", "password"}));
  }
  EXPECT_EQ(CodeOf([&] { AddUser("jo", "river-lantern-42-orchid", "ZZZZZ"); }),
            ErrorCode::kNotFound);
  AddUser("jo", "river-lantern-42-orchid");
  EXPECT_EQ(CodeOf([&] { AddUser("jo", "river-lantern-42-orchid"); }), ErrorCode::kConflict);
  EXPECT_EQ(CodeOf([&] { RunUserSetDisabled(config_, "nobody", true); }), ErrorCode::kNotFound);
  std::istringstream empty("");
  EXPECT_EQ(CodeOf([&] { RunUserResetPassword(config_, "jo", empty); }), ErrorCode::kBadRequest);
  EXPECT_FALSE(FindUser("Bad Name").has_value());
}

TEST_F(CommandsTest, AuditVerifyPassesThenFindsTampering) {
  EXPECT_EQ(RunAuditVerify(config_), 0);  // empty chain
  {
    SystemClock clock;
    auto db = OpenAndMigrate(config_, clock);
    auth::SessionService sessions(*db, clock, config_.auth);
    AddUser("jo", "river-lantern-42-orchid");
    sessions.SignIn("jo", "river-lantern-42-orchid");
    EXPECT_THROW(sessions.SignIn("jo", "wrong-wrong-wrong"), Error);
  }
  EXPECT_EQ(RunAuditVerify(config_), 0);
  {
    SystemClock clock;
    auto db = OpenAndMigrate(config_, clock);
    store::RunInTransaction(*db, sql::TransactionMode::kReadWrite, [](auto& tx) {
      tx.ExecuteScript(
          "DROP TRIGGER audit_events_no_update; UPDATE audit_events SET outcome = 'allowed'");
    });
  }
  EXPECT_EQ(RunAuditVerify(config_), 1);
}

TEST_F(CommandsTest, MigrateReportsAnUpToDateSchema) {
  EXPECT_EQ(RunMigrate(config_, false), 0);
  EXPECT_EQ(RunMigrate(config_, true), 0);
}

TEST_F(CommandsTest, BadConfigurationStopsWithOneMessage) {
  const auto file = dir_ / "bad.jsonc";
  std::ofstream(file) << "{\n  // comment\n  \"http\": { \"port\": \"eighty\" }\n}\n";
  std::vector<std::string> args = {"lcn", "--config", file.string(), "migrate"};
  std::vector<char*> argv;
  for (auto& a : args) {
    argv.push_back(a.data());
  }
  try {
    RunCli(static_cast<int>(argv.size()), argv.data());
    FAIL() << "expected a configuration error";
  } catch (const Error& e) {
    EXPECT_EQ(e.Code(), ErrorCode::kConfiguration);
    EXPECT_THAT(e.what(), HasSubstr("bad.jsonc: http.port must be a whole number"));
  }
  std::ofstream(file) << "{\n  \"http\": {\n    \"port\": 80,,\n  }\n}\n";
  try {
    RunCli(static_cast<int>(argv.size()), argv.data());
    FAIL() << "expected a parse error";
  } catch (const Error& e) {
    EXPECT_THAT(e.what(), HasSubstr("line 3"));
  }
}

TEST_F(CommandsTest, ImportWritesTheRegisterOnceAndRefusesBadRowsWithTheirPlace) {
  std::filesystem::create_directories(dir_ / "extract");
  const auto write = [&](const std::string& name, const std::string& text) {
    std::ofstream(dir_ / "extract" / name) << text;
  };
  write("patients.csv",
        "patient_id,birth_date,sex,practice\nA,1950-01-01,female,G85138\nB,1960-01-01,male,"
        "G85138\n");
  write("events.csv", "patient_id,code,date\nA,38341003,2010-01-01\nB,12345678,2011-01-01\n");
  const ImportCommandOptions options{(dir_ / "extract").string(), false};
  std::ostringstream first;
  EXPECT_EQ(RunImport(config_, options, first), 0);
  EXPECT_NE(first.str().find("2 new, 0 updated, 0 unchanged, 0 left"), std::string::npos)
      << first.str();
  EXPECT_NE(first.str().find("1 event or medication rows have codes that no code list uses"),
            std::string::npos)
      << first.str();
  std::ostringstream again;
  EXPECT_EQ(RunImport(config_, options, again), 0);
  EXPECT_NE(again.str().find("0 new, 0 updated, 2 unchanged"), std::string::npos) << again.str();

  // A bad row: reported with file, line and column; nothing imported.
  write("events.csv", "patient_id,code,date\nA,38341003,2010-01-01\nA,0123,2011-01-01\n");
  write("patients.csv",
        "patient_id,birth_date,sex,practice\nA,1950-01-01,female,G85138\nC,1970-01-01,male,"
        "G85138\n");
  std::ostringstream bad;
  EXPECT_EQ(RunImport(config_, options, bad), 2);
  EXPECT_NE(bad.str().find("events.csv:3: code:"), std::string::npos) << bad.str();
  EXPECT_NE(bad.str().find("nothing was imported"), std::string::npos);
  SystemClock clock;
  auto db = OpenAndMigrate(config_, clock);
  std::int64_t people = 0;
  store::RunInTransaction(*db, sql::TransactionMode::kReadOnly, [&](auto& tx) {
    tx.Query("SELECT COUNT(*) AS n FROM people", {},
             [&](const sql::Row& r) { people = r.Int("n"); });
  });
  EXPECT_EQ(people, 2);  // C was not added
}

}  // namespace
}  // namespace lcn::app
