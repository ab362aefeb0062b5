// SPDX-License-Identifier: Apache-2.0
#include "api/handlers/handlers.hpp"
#include "api/problem.hpp"
#include "store/run_in_transaction.hpp"

namespace lcn::api::handlers {

Response Healthz(const Request&, const Call&) {
  return Json(200, {{"status", "ok"}});
}

Response Readyz(const Request&, const Call& call) {
  try {
    store::RunInTransaction(call.services.db, sql::TransactionMode::kReadOnly, [](auto& tx) {
      tx.Query("SELECT 1 AS one", {}, [](const sql::Row&) {});
    });
  } catch (const Error& e) {
    return Problem(503, "not-ready", "Not ready", std::string("database: ") + e.what());
  }
  return Json(200, {{"status", "ready"}});
}

}  // namespace lcn::api::handlers
