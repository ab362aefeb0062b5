// SPDX-License-Identifier: Apache-2.0
//
// The case-finding engine's REST handlers: worklists (JSON and CSV), counts by practice, the
// definitions behind them, one person's findings ("why"), and the register that feeds them
// (extract uploads, imports, one recorded event). Each is a plain function that tests can call
// in-process.
#pragma once

#include "api/router.hpp"

namespace lcn::api::handlers {

// casefinding_handlers.cpp
Response GetWorklist(const Request& req, const Call& call);
Response ExportWorklist(const Request& req, const Call& call);
Response ListWorklistPractices(const Request& req, const Call& call);
Response GetCounts(const Request& req, const Call& call);
Response GetCaseFindingDefinitions(const Request& req, const Call& call);
Response GetPersonFindings(const Request& req, const Call& call);

// register_handlers.cpp
Response UploadExtract(const Request& req, const Call& call);
Response ListImports(const Request& req, const Call& call);
Response RecordPersonEvent(const Request& req, const Call& call);

}  // namespace lcn::api::handlers
