// SPDX-License-Identifier: Apache-2.0
//
// The one error model of LCN. Failures that abort a request, a transaction or start-up throw
// lcn::Error with a closed ErrorCode; expected outcomes are values (std::optional, issue lists).
// The mapping of ErrorCode to HTTP status and FHIR issue code lives in api/error_mapper only.
// Messages must never contain patient-identifiable information.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace lcn {

enum class ErrorCode {
  kBadRequest,            // malformed or invalid input
  kNotFound,              // the addressed thing does not exist (or may not be revealed)
  kConflict,              // duplicate, stale version, illegal state change
  kUnauthenticated,       // no valid session
  kForbidden,             // authenticated, but not allowed
  kPayloadTooLarge,       // request body over the limit
  kTooManyRequests,       // throttled or locked out
  kSerializationFailure,  // concurrent transactions collided; safe to retry
  kUnavailable,           // dependency down (database unreachable)
  kConfiguration,         // bad configuration at start-up
  kInternal,              // a bug
};

// Returns a stable lower-case name such as "bad-request", used in problem types and logs.
std::string_view ErrorCodeName(ErrorCode code);

// One field-level problem found while validating input (google/fhir's ErrorReporter model).
// `field` is the element path, for example "birthDate" or "address.postcode".
struct FieldIssue {
  std::string field;
  std::string message;
};

// A named fact a client can act on, sent beside the message (for example the current version
// after a stale write, or the changes allowed instead of an illegal one); std::monostate is
// null. Never personal data.
using ErrorFact =
    std::variant<std::monostate, bool, std::int64_t, std::string, std::vector<std::string>>;

class Error : public std::runtime_error {
 public:
  Error(ErrorCode code, std::string message, std::vector<FieldIssue> issues = {})
      : std::runtime_error(std::move(message)), code_(code), issues_(std::move(issues)) {}

  ErrorCode Code() const { return code_; }

  const std::vector<FieldIssue>& Issues() const { return issues_; }

  // A more precise kind than the code's own ("no-legitimate-relationship" for a kForbidden), and
  // its title; empty when the code's defaults apply.
  Error& WithKind(std::string kind, std::string title) {
    kind_ = std::move(kind);
    title_ = std::move(title);
    return *this;
  }

  const std::string& Kind() const { return kind_; }

  const std::string& Title() const { return title_; }

  // Adds a named fact (see ErrorFact).
  Error& WithFact(std::string name, ErrorFact value) {
    facts_.emplace_back(std::move(name), std::move(value));
    return *this;
  }

  const std::vector<std::pair<std::string, ErrorFact>>& Facts() const { return facts_; }

  // Marks a refusal whose audit row has already been committed (by auth::RunPersonUseCase), so
  // the request boundary does not record it a second time.
  Error& MarkAudited() {
    audited_ = true;
    return *this;
  }

  bool Audited() const { return audited_; }

 private:
  ErrorCode code_;
  std::vector<FieldIssue> issues_;
  std::string kind_;
  std::string title_;
  std::vector<std::pair<std::string, ErrorFact>> facts_;
  bool audited_ = false;
};

// Collects FieldIssues; ThrowIfAny() turns them into one kBadRequest Error.
class IssueCollector {
 public:
  void Add(std::string field, std::string message) {
    issues_.push_back({std::move(field), std::move(message)});
  }

  bool Empty() const { return issues_.empty(); }

  const std::vector<FieldIssue>& Issues() const { return issues_; }

  // Throws Error(kBadRequest, summary, issues) when at least one issue was added.
  void ThrowIfAny(std::string_view summary) const;

 private:
  std::vector<FieldIssue> issues_;
};

}  // namespace lcn

// Always-on invariant check for programmer errors: throws Error(kInternal).
#define LCN_CHECK(cond)                                                                            \
  do {                                                                                             \
    if (!(cond)) {                                                                                 \
      throw ::lcn::Error(                                                                          \
          ::lcn::ErrorCode::kInternal,                                                             \
          std::string("check failed: " #cond " at ") + __FILE__ + ":" + std::to_string(__LINE__)); \
    }                                                                                              \
  } while (false)
