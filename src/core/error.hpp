// SPDX-License-Identifier: Apache-2.0
//
// The one error model of LCN. Failures that abort a request, a transaction or start-up throw
// lcn::Error with a closed ErrorCode; expected outcomes are values (std::optional, issue lists).
// The mapping of ErrorCode to HTTP status and FHIR issue code lives in api/error_mapper only.
// Messages must never contain patient-identifiable information.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
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
// after a stale write, or the changes allowed instead of an illegal one). Never personal data.
// A plain struct rather than a std::variant: GCC 12 at -O2 reports a variant holding a vector as
// maybe-uninitialized when it is moved (a false positive that -Werror turns into a failure).
struct ErrorFact {
  enum class Type { kNull, kFlag, kNumber, kText, kTexts };
  std::string name;
  Type type = Type::kNull;
  bool flag = false;
  std::int64_t number = 0;
  std::string text;
  std::vector<std::string> texts;
};

class Error : public std::runtime_error {
 public:
  Error(ErrorCode code, const std::string& message, std::vector<FieldIssue> issues = {})
      : std::runtime_error(message), code_(code), issues_(std::move(issues)) {}

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

  // Add a named fact of each type (see ErrorFact).
  Error& WithFlag(std::string name, bool value) {
    ErrorFact& fact = AddFact(std::move(name), ErrorFact::Type::kFlag);
    fact.flag = value;
    return *this;
  }

  Error& WithNumber(std::string name, std::int64_t value) {
    ErrorFact& fact = AddFact(std::move(name), ErrorFact::Type::kNumber);
    fact.number = value;
    return *this;
  }

  Error& WithText(std::string name, std::string value) {
    ErrorFact& fact = AddFact(std::move(name), ErrorFact::Type::kText);
    fact.text = std::move(value);
    return *this;
  }

  Error& WithTexts(std::string name, std::vector<std::string> values) {
    ErrorFact& fact = AddFact(std::move(name), ErrorFact::Type::kTexts);
    fact.texts = std::move(values);
    return *this;
  }

  Error& WithNull(std::string name) {
    AddFact(std::move(name), ErrorFact::Type::kNull);
    return *this;
  }

  const std::vector<ErrorFact>& Facts() const { return facts_; }

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

  ErrorFact& AddFact(std::string name, ErrorFact::Type type) {
    ErrorFact& fact = facts_.emplace_back();
    fact.name = std::move(name);
    fact.type = type;
    return fact;
  }

  std::vector<ErrorFact> facts_;
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
