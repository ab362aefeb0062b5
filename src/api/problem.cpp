// SPDX-License-Identifier: Apache-2.0
#include "api/problem.hpp"

namespace lcn::api {
namespace {

struct ErrorRow {
  ErrorCode code;
  int status;
  const char* title;
};

// The one mapping of error codes to HTTP.
constexpr ErrorRow kErrorTable[] = {
    {ErrorCode::kBadRequest, 400, "The request is not valid"},
    {ErrorCode::kNotFound, 404, "Not found"},
    {ErrorCode::kConflict, 409, "Conflict"},
    {ErrorCode::kUnauthenticated, 401, "Sign-in required"},
    {ErrorCode::kForbidden, 403, "Not allowed"},
    {ErrorCode::kPayloadTooLarge, 413, "Request too large"},
    {ErrorCode::kTooManyRequests, 429, "Too many attempts"},
    {ErrorCode::kSerializationFailure, 503, "Busy, please retry"},
    {ErrorCode::kUnavailable, 503, "Service unavailable"},
    {ErrorCode::kConfiguration, 500, "Server misconfigured"},
    {ErrorCode::kInternal, 500, "Internal error"},
};

const ErrorRow& RowFor(ErrorCode code) {
  for (const auto& row : kErrorTable) {
    if (row.code == code) {
      return row;
    }
  }
  return kErrorTable[sizeof kErrorTable / sizeof kErrorTable[0] - 1];
}

}  // namespace

int HttpStatusFor(ErrorCode code) {
  return RowFor(code).status;
}

Response Json(int status, const nlohmann::json& body) {
  Response r;
  r.status = status;
  r.body = body.dump();
  return r;
}

Response Problem(int status, const std::string& slug, const std::string& title,
                 const std::string& detail, const nlohmann::json& extra) {
  nlohmann::json body = {
      {"type", "/problems/" + slug}, {"title", title}, {"status", status}, {"detail", detail}};
  for (const auto& [k, v] : extra.items()) {
    body[k] = v;
  }
  Response r = Json(status, body);
  r.content_type = "application/problem+json";
  return r;
}

Response ProblemFor(const Error& error) {
  const ErrorRow& row = RowFor(error.Code());
  nlohmann::json extra = nlohmann::json::object();
  if (!error.Issues().empty()) {
    nlohmann::json errors = nlohmann::json::array();
    for (const auto& issue : error.Issues()) {
      errors.push_back({{"field", issue.field}, {"message", issue.message}});
    }
    extra["errors"] = errors;
  }
  for (const ErrorFact& fact : error.Facts()) {
    nlohmann::json& member = extra[fact.name];
    switch (fact.type) {
      case ErrorFact::Type::kNull:
        member = nullptr;
        break;
      case ErrorFact::Type::kFlag:
        member = fact.flag;
        break;
      case ErrorFact::Type::kNumber:
        member = fact.number;
        break;
      case ErrorFact::Type::kText:
        member = fact.text;
        break;
      case ErrorFact::Type::kTexts:
        member = fact.texts;
        break;
    }
  }
  // Internal details are logged by the caller, never sent.
  const bool hide = row.status >= 500 && error.Code() != ErrorCode::kSerializationFailure &&
                    error.Code() != ErrorCode::kUnavailable;
  const std::string kind =
      error.Kind().empty() ? std::string(ErrorCodeName(error.Code())) : error.Kind();
  return Problem(row.status, kind, error.Title().empty() ? row.title : error.Title(),
                 hide ? "an internal error occurred; it has been logged" : error.what(), extra);
}

}  // namespace lcn::api
