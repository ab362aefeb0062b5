// SPDX-License-Identifier: Apache-2.0
//
// The handlers of enrolment in care coordination (docs/care-coordination.md).
// Plain functions; no state.
#pragma once

#include "api/router.hpp"

namespace lcn::api::handlers {

// enrolment_handlers.cpp
Response GetEnrolment(const Request& req, const Call& call);
Response ChangeEnrolment(const Request& req, const Call& call);

}  // namespace lcn::api::handlers
