// SPDX-License-Identifier: Apache-2.0
//
// The people capability's REST handlers: find, read, register and change a person; break-glass
// and the privacy officer's views of grants and of every access to one person's record; counts
// of registered people without identities. Each is a plain function that tests can call
// in-process.
#pragma once

#include "api/router.hpp"

namespace lcn::api::handlers {

// person_handlers.cpp
Response SearchPeople(const Request& req, const Call& call);
Response GetPerson(const Request& req, const Call& call);
Response CreatePerson(const Request& req, const Call& call);
Response UpdatePerson(const Request& req, const Call& call);

// break_glass_handlers.cpp
Response BreakGlass(const Request& req, const Call& call);
Response ListBreakGlass(const Request& req, const Call& call);
Response ReviewBreakGlass(const Request& req, const Call& call);
Response PersonAccesses(const Request& req, const Call& call);

// person_count_handlers.cpp
Response CountPeopleByPractice(const Request& req, const Call& call);

}  // namespace lcn::api::handlers
