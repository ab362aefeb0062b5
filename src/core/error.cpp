// SPDX-License-Identifier: Apache-2.0
#include "core/error.hpp"

namespace lcn {

std::string_view ErrorCodeName(ErrorCode code) {
  switch (code) {
    case ErrorCode::kBadRequest:
      return "bad-request";
    case ErrorCode::kNotFound:
      return "not-found";
    case ErrorCode::kConflict:
      return "conflict";
    case ErrorCode::kUnauthenticated:
      return "unauthenticated";
    case ErrorCode::kForbidden:
      return "forbidden";
    case ErrorCode::kPayloadTooLarge:
      return "payload-too-large";
    case ErrorCode::kTooManyRequests:
      return "too-many-requests";
    case ErrorCode::kSerializationFailure:
      return "serialization-failure";
    case ErrorCode::kUnavailable:
      return "unavailable";
    case ErrorCode::kConfiguration:
      return "configuration";
    case ErrorCode::kInternal:
      return "internal";
  }
  return "internal";
}

void IssueCollector::ThrowIfAny(std::string_view summary) const {
  if (!issues_.empty()) {
    throw Error(ErrorCode::kBadRequest, std::string(summary), issues_);
  }
}

}  // namespace lcn
