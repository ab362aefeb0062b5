// SPDX-License-Identifier: Apache-2.0
#include "audit/audit_trail.hpp"

#include "crypto/crypto.hpp"

namespace lcn::audit {
namespace {

void Field(std::string& out, const std::optional<std::string>& v) {
  out += v ? "S" + *v : std::string("N");
  out.push_back('\x1f');
}

void Field(std::string& out, const std::optional<std::int64_t>& v) {
  out += v ? "I" + std::to_string(*v) : std::string("N");
  out.push_back('\x1f');
}

constexpr int kScanBatch = 5000;

}  // namespace

std::string ChainHash(const store::AuditRow& row) {
  std::string text = row.prev_hash;
  text.push_back('\x1e');
  Field(text, std::optional<std::int64_t>(row.seq));
  Field(text, std::optional<std::int64_t>(row.at));
  Field(text, row.user_id);
  Field(text, row.username);
  Field(text, row.role);
  Field(text, row.organisation_id);
  Field(text, std::optional<std::string>(row.action));
  Field(text, row.person_id);
  Field(text, row.purpose);
  Field(text, row.reason);
  Field(text, std::optional<std::string>(row.outcome));
  Field(text, row.detail);
  return crypto::Sha256Hex(text);
}

store::AuditRow Record(sql::Transaction& tx, store::AuditRow row) {
  return store::AuditRepository(tx).Append(std::move(row), ChainHash);
}

VerifyResult Verify(sql::Database& db) {
  VerifyResult result;
  auto tx = db.Begin(sql::TransactionMode::kReadOnly);
  store::AuditRepository repo(*tx);
  const store::AuditHead head = repo.Head();
  result.head_seq = head.seq;
  result.head_hash = head.hash;
  std::string expected_prev = "genesis";
  std::int64_t expected_seq = 1;
  auto fail = [&](std::int64_t seq, std::string problem) {
    result.ok = false;
    result.first_bad_seq = seq;
    result.problem = std::move(problem);
  };
  while (result.ok) {
    const auto rows = repo.Scan(expected_seq - 1, kScanBatch);
    if (rows.empty()) {
      break;
    }
    for (const auto& row : rows) {
      if (row.seq != expected_seq) {
        fail(expected_seq, "row " + std::to_string(expected_seq) + " is missing (next row is " +
                               std::to_string(row.seq) + ")");
        break;
      }
      if (row.prev_hash != expected_prev) {
        fail(row.seq, "row " + std::to_string(row.seq) +
                          " does not follow the row before it (chain broken)");
        break;
      }
      if (ChainHash(row) != row.hash) {
        fail(row.seq, "row " + std::to_string(row.seq) + " was altered (hash mismatch)");
        break;
      }
      expected_prev = row.hash;
      ++expected_seq;
      ++result.rows_checked;
    }
  }
  if (result.ok && (head.seq != expected_seq - 1 || head.hash != expected_prev)) {
    fail(expected_seq, "the chain head (row " + std::to_string(head.seq) +
                           ") does not match the last row (" + std::to_string(expected_seq - 1) +
                           "): rows were removed or added");
  }
  return result;
}

}  // namespace lcn::audit
