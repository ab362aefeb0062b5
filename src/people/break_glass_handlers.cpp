// SPDX-License-Identifier: Apache-2.0
//
// Break-glass (emergency access to one person, with a reason, time-limited) and the privacy
// officer's views: grants to review, and every access to one person's record.
#include "api/json_body.hpp"
#include "api/json_mapping.hpp"
#include "api/problem.hpp"
#include "auth/person_access.hpp"
#include "core/time_format.hpp"
#include "people/people_handlers.hpp"
#include "store/audit_repository.hpp"
#include "store/person_repository.hpp"
#include "store/run_in_transaction.hpp"

namespace lcn::api::handlers {
namespace {

using nlohmann::json;
using sql::TransactionMode;

constexpr std::size_t kMinReasonLength = 10;
constexpr std::size_t kMaxReasonLength = 1000;

std::string Trim(const std::string& s) {
  const auto first = s.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) {
    return "";
  }
  const auto last = s.find_last_not_of(" \t\r\n");
  return s.substr(first, last - first + 1);
}

json InstantOrNull(const std::optional<Micros>& t) {
  return t ? json(FormatInstant(*t)) : json(nullptr);
}

}  // namespace

Response BreakGlass(const Request& req, const Call& call) {
  const PersonId id(PathId(req.path_params.at("id")));
  JsonBody body(req.body);
  const auto given = body.String("reason", true);
  const std::string reason = Trim(given.value_or(""));
  if (given && reason.size() < kMinReasonLength) {  // a missing reason is already reported
    body.Invalid("reason", "must say why emergency access is needed (at least 10 characters)");
  } else if (reason.size() > kMaxReasonLength) {
    body.Invalid("reason", "must be at most 1000 characters");
  }
  body.ThrowIfInvalid();
  const Micros now = call.services.clock.Now();
  const Micros until =
      now + std::int64_t{call.services.config.auth.break_glass_minutes} * 60 * kMicrosPerSecond;
  return store::RunInTransaction(call.services.db, TransactionMode::kReadWrite, [&](auto& tx) {
    if (!store::PersonRepository(tx).FindById(id)) {
      throw Error(ErrorCode::kNotFound, "no person has this id");
    }
    const std::int64_t grant = store::RelationshipRepository(tx).GrantBreakGlass(
        call.Who().user_id, id, reason, now, until);
    auth::AuditPersonAccess(tx, call.Who(), now,
                            {"break-glass", id.Value(), "allowed", std::string("emergency"), reason,
                             "grant " + std::to_string(grant) + " until " + FormatInstant(until)});
    return Json(
        201, {{"grantId", grant}, {"personId", id.Value()}, {"expiresAt", FormatInstant(until)}});
  });
}

Response ListBreakGlass(const Request& req, const Call& call) {
  const bool unreviewed = req.Query("unreviewed").value_or("false") == "true";
  return store::RunInTransaction(call.services.db, TransactionMode::kReadOnly, [&](auto& tx) {
    json items = json::array();
    for (const auto& g : store::RelationshipRepository(tx).ListBreakGlass(unreviewed, 500)) {
      items.push_back({{"id", g.id},
                       {"user", {{"id", g.user.Value()}, {"username", g.username}}},
                       {"personId", g.person.Value()},
                       {"reason", g.reason},
                       {"grantedAt", FormatInstant(g.granted_at)},
                       {"expiresAt", FormatInstant(g.expires_at)},
                       {"reviewedBy", g.reviewed_by ? json(g.reviewed_by->Value()) : json(nullptr)},
                       {"reviewedAt", InstantOrNull(g.reviewed_at)},
                       {"reviewNote", OrNull(g.review_note)}});
    }
    return Json(200, {{"items", items}});
  });
}

Response ReviewBreakGlass(const Request& req, const Call& call) {
  const std::int64_t grant = PathId(req.path_params.at("id"));
  JsonBody body(req.body);
  const auto note = body.String("note", true);
  body.ThrowIfInvalid();
  const Micros now = call.services.clock.Now();
  return store::RunInTransaction(call.services.db, TransactionMode::kReadWrite, [&](auto& tx) {
    if (!store::RelationshipRepository(tx).ReviewBreakGlass(grant, call.Who().user_id, *note,
                                                            now)) {
      throw Error(ErrorCode::kNotFound, "no break-glass access has this id");
    }
    auth::AuditPersonAccess(tx, call.Who(), now,
                            {"break-glass-review", std::nullopt, "allowed", std::nullopt,
                             std::nullopt, "grant " + std::to_string(grant)});
    return Json(200, {{"id", grant}, {"reviewedAt", FormatInstant(now)}});
  });
}

Response PersonAccesses(const Request& req, const Call& call) {
  const PersonId id(PathId(req.path_params.at("id")));
  const Micros now = call.services.clock.Now();
  return store::RunInTransaction(call.services.db, TransactionMode::kReadWrite, [&](auto& tx) {
    if (!store::PersonRepository(tx).FindById(id)) {
      throw Error(ErrorCode::kNotFound, "no person has this id");
    }
    // Reading the access log is itself an access, and is logged first.
    auth::AuditPersonAccess(tx, call.Who(), now,
                            {"audit-read", id.Value(), "allowed", std::string("privacy review"),
                             std::nullopt, std::nullopt});
    json items = json::array();
    for (const auto& row : store::AuditRepository(tx).ForPerson(id.Value(), 1000)) {
      items.push_back({{"seq", row.seq},
                       {"at", FormatInstant(row.at)},
                       {"userId", OrNull(row.user_id)},
                       {"username", OrNull(row.username)},
                       {"role", OrNull(row.role)},
                       {"organisationId", OrNull(row.organisation_id)},
                       {"action", row.action},
                       {"outcome", row.outcome},
                       {"purpose", OrNull(row.purpose)},
                       {"reason", OrNull(row.reason)},
                       {"detail", OrNull(row.detail)}});
    }
    return Json(200, {{"personId", id.Value()}, {"items", items}});
  });
}

}  // namespace lcn::api::handlers
