// SPDX-License-Identifier: Apache-2.0
//
// The lcn subcommands. Each takes the loaded Config and its own options and returns the process
// exit code; failures throw lcn::Error, which main() prints as one line.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <ostream>
#include <string>

#include "config/config.hpp"
#include "demo/demo_builder.hpp"

namespace lcn::app {

// serve_command.cpp
int RunServe(const config::Config& config);

struct DemoCommandOptions {
  std::string area = "lambeth-southwark";
  std::uint64_t seed = 42;
  int people_per_practice = 40;
  std::int64_t scale = 0;
  bool no_clinical = false;
};

int RunDemo(const config::Config& config, const DemoCommandOptions& options);

int RunMigrate(const config::Config& config, bool status_only);

// Prints the OpenAPI document of the whole route table to `out` (web-ui/openapi.json is it).
int RunOpenApi(std::ostream& out);

// user_command.cpp
struct UserAddOptions {
  std::string username;
  std::string display_name;
  std::string role;
  std::string organisation;  // ODS code or numeric id
};

int RunUserAdd(const config::Config& config, const UserAddOptions& options, std::istream& in);
int RunUserList(const config::Config& config);
int RunUserSetDisabled(const config::Config& config, const std::string& username, bool disabled);
int RunUserResetPassword(const config::Config& config, const std::string& username,
                         std::istream& in);

// audit_command.cpp
int RunAuditVerify(const config::Config& config);

// casefind_command.cpp
struct CasefindOptions {
  std::string data;         // extract folder
  std::string as_of;        // YYYY-MM-DD
  std::string out;          // CSV file, or "-" for standard output
  std::string definitions;  // definitions folder; empty for the built-in set
  std::string condition_set = "cms37";
};

// Returns 0, or 2 when the extract has bad rows (reported on `err`; nothing written).
int RunCasefind(const CasefindOptions& options, std::ostream& err);

// import_command.cpp
struct ImportCommandOptions {
  std::string dir;       // extract folder
  bool partial = false;  // people missing from it are not marked as left
};

// Returns 0, or 2 when the extract has bad rows (reported on `err`; nothing imported).
int RunImport(const config::Config& config, const ImportCommandOptions& options, std::ostream& err);

}  // namespace lcn::app
