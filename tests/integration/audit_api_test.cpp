// SPDX-License-Identifier: Apache-2.0
//
// The audit chain stays intact through real API activity, and Verify() finds altered, inserted
// and removed rows. Tampering goes around the append-only triggers the way an attacker with
// database access would.
#include "audit/audit_trail.hpp"
#include "integration/api_fixture.hpp"
#include "store/run_in_transaction.hpp"

namespace lcn::integration {
namespace {

class AuditApiTest : public ApiTest {
 protected:
  void MakeActivity() {
    Session gp = SignIn("gp.north");
    Get("/api/v1/people/" + std::to_string(ids_.person_north), gp);
    Get("/api/v1/people/" + std::to_string(ids_.person_south), gp);
    Get("/api/v1/people", gp, {{"nhsNumber", "9990000018"}});
  }

  void Tamper(const std::string& statement) {
    store::RunInTransaction(*db_, sql::TransactionMode::kReadWrite, [&](auto& tx) {
      if (tx.GetDialect() == sql::Dialect::kSqlite) {
        tx.ExecuteScript(
            "DROP TRIGGER audit_events_no_update; DROP TRIGGER audit_events_no_delete");
      } else {
        tx.ExecuteScript("ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update");
      }
      tx.ExecuteScript(statement);
    });
  }
};

TEST_P(AuditApiTest, ChainIsIntactAfterActivity) {
  MakeActivity();
  const auto result = audit::Verify(*db_);
  EXPECT_TRUE(result.ok) << result.problem;
  EXPECT_GE(result.rows_checked, 5);
  EXPECT_EQ(result.head_seq, result.rows_checked);
}

TEST_P(AuditApiTest, TheDatabaseRefusesChangesToAuditRows) {
  MakeActivity();
  EXPECT_THROW(
      store::RunInTransaction(*db_, sql::TransactionMode::kReadWrite,
                              [](auto& tx) { tx.Execute("DELETE FROM audit_events", {}); }),
      Error);
  EXPECT_TRUE(audit::Verify(*db_).ok);
}

TEST_P(AuditApiTest, VerifyFindsAnAlteredRow) {
  MakeActivity();
  Tamper("UPDATE audit_events SET outcome = 'allowed' WHERE outcome = 'denied'");
  const auto result = audit::Verify(*db_);
  EXPECT_FALSE(result.ok);
  EXPECT_NE(result.problem.find("altered"), std::string::npos) << result.problem;
}

TEST_P(AuditApiTest, VerifyFindsARemovedRow) {
  MakeActivity();
  Tamper("DELETE FROM audit_events WHERE seq = 2");
  const auto result = audit::Verify(*db_);
  EXPECT_FALSE(result.ok);
  EXPECT_EQ(result.first_bad_seq, 2);
}

TEST_P(AuditApiTest, VerifyFindsARemovedLastRow) {
  MakeActivity();
  Tamper("DELETE FROM audit_events WHERE seq = (SELECT MAX(seq) FROM audit_events)");
  const auto result = audit::Verify(*db_);
  EXPECT_FALSE(result.ok);
  EXPECT_NE(result.problem.find("head"), std::string::npos) << result.problem;
}

TEST_P(AuditApiTest, VerifyFindsAnInsertedRow) {
  MakeActivity();
  Tamper(
      "UPDATE audit_events SET seq = seq + 1000 WHERE seq >= 3; "
      "UPDATE audit_events SET seq = seq - 999 WHERE seq >= 1003; "
      "INSERT INTO audit_events (seq, at, action, outcome, prev_hash, hash) "
      "VALUES (3, 0, 'read', 'allowed', 'forged', 'forged')");
  const auto result = audit::Verify(*db_);
  EXPECT_FALSE(result.ok);
  EXPECT_EQ(result.first_bad_seq, 3);
}

INSTANTIATE_TEST_SUITE_P(Engines, AuditApiTest,
                         ::testing::Values(test::Backend::kSqlite, test::Backend::kPostgres),
                         ParamName);

}  // namespace
}  // namespace lcn::integration
