// SPDX-License-Identifier: Apache-2.0
//
// lcn audit verify: recomputes the audit hash chain. Exit 0 when intact, 1 when not.
#include <cstdio>

#include "app/commands.hpp"
#include "app/server_context.hpp"
#include "audit/audit_trail.hpp"

namespace lcn::app {

int RunAuditVerify(const config::Config& config) {
  SystemClock clock;
  auto db = OpenAndMigrate(config, clock);
  const auto result = audit::Verify(*db);
  if (result.ok) {
    std::printf("Audit trail intact: %lld rows checked; head %lld %s\n",
                static_cast<long long>(result.rows_checked),
                static_cast<long long>(result.head_seq), result.head_hash.c_str());
    std::printf(
        "Keep the head hash somewhere else: a later run must show the same or a "
        "longer chain.\n");
    return 0;
  }
  std::printf("AUDIT TRAIL DAMAGED: %s\n%lld rows verified before the damage.\n",
              result.problem.c_str(), static_cast<long long>(result.rows_checked));
  return 1;
}

}  // namespace lcn::app
