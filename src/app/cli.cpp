// SPDX-License-Identifier: Apache-2.0
#include "app/cli.hpp"

#include <cstdio>
#include <iostream>
#include <optional>

#include <CLI/CLI.hpp>

#include "app/commands.hpp"
#include "app/version.hpp"
#include "config/config_loader.hpp"
#include "core/log.hpp"

namespace lcn::app {
namespace {

struct GlobalOptions {
  std::string config_file;
  std::optional<std::string> database;
  std::optional<std::string> host;
  std::optional<int> port;
  std::optional<std::string> web_root;
};

config::Config Load(const GlobalOptions& g) {
  config::ConfigSources sources;
  sources.env = config::ProcessEnvironment();
  if (!g.config_file.empty()) {
    sources.file_path = g.config_file;
  } else if (auto it = sources.env.find("LCN_CONFIG");
             it != sources.env.end() && !it->second.empty()) {
    sources.file_path = it->second;
  }
  if (g.database) {
    sources.flags["database"] = *g.database;
  }
  if (g.host) {
    sources.flags["http.host"] = *g.host;
  }
  if (g.port) {
    sources.flags["http.port"] = std::to_string(*g.port);
  }
  if (g.web_root) {
    sources.flags["http.webRoot"] = *g.web_root;
  }
  config::Config c = config::LoadConfig(sources);
  log::SetLevel(c.log_level == "debug"     ? log::Level::kDebug
                : c.log_level == "warning" ? log::Level::kWarning
                : c.log_level == "error"   ? log::Level::kError
                                           : log::Level::kInfo);
  return c;
}

}  // namespace

int RunCli(int argc, char** argv) {
  CLI::App app{"lcn: the local care network server (one team around each person)", "lcn"};
  app.set_version_flag("--version", std::string("lcn ") + std::string(kVersion));
  app.require_subcommand(0, 1);
  GlobalOptions g;
  bool print_config = false;
  app.add_option("--config", g.config_file,
                 "Configuration file (JSON with comments); also LCN_CONFIG");
  app.add_option("--database", g.database, "sqlite:PATH or postgresql://...; also LCN_DATABASE");
  app.add_option("--host", g.host, "Address to listen on; also LCN_HTTP_HOST");
  app.add_option("--port", g.port, "Port to listen on (0 picks one); also LCN_HTTP_PORT");
  app.add_option("--web-root", g.web_root, "Serve the web UI from this folder");
  app.add_flag("--print-default-config", print_config,
               "Print the fully commented default configuration and exit");

  int exit_code = 0;
  auto* serve = app.add_subcommand("serve", "Serve the API and web UI");
  serve->fallthrough();
  serve->callback([&] { exit_code = RunServe(Load(g)); });

  DemoCommandOptions demo;
  auto* demo_cmd = app.add_subcommand(
      "demo",
      "Load the demo network into an empty database (real practices, synthetic people), "
      "then serve it");
  demo_cmd->fallthrough();
  demo_cmd->add_option("--area", demo.area, "lambeth-southwark, coastal-west-sussex or all")
      ->capture_default_str();
  demo_cmd->add_option("--seed", demo.seed, "Seed of the synthetic population")
      ->capture_default_str();
  demo_cmd
      ->add_option("--people-per-practice", demo.people_per_practice,
                   "Synthetic people per GP practice")
      ->capture_default_str()
      ->check(CLI::Range(0, demo::kMaxPeoplePerPractice));
  demo_cmd
      ->add_option("--scale", demo.scale,
                   "Synthetic people in all, shared by the practices' real list sizes (up to 3 "
                   "million: a whole integrated care system); replaces --people-per-practice")
      ->check(CLI::Range(std::int64_t{0}, demo::kMaxScale));
  demo_cmd->add_flag("--no-clinical", demo.no_clinical,
                     "Leave the register empty (no GP or hospital histories)");
  demo_cmd->callback([&] { exit_code = RunDemo(Load(g), demo); });

  auto* openapi = app.add_subcommand(
      "openapi", "Print the API's OpenAPI 3.1 document (what /api/v1/openapi.json serves)");
  openapi->callback([&] { exit_code = RunOpenApi(std::cout); });

  bool status_only = false;
  auto* migrate = app.add_subcommand("migrate", "Apply pending schema migrations and report");
  migrate->fallthrough();
  migrate->add_flag("--status", status_only, "Only report the schema version");
  migrate->callback([&] { exit_code = RunMigrate(Load(g), status_only); });

  auto* user = app.add_subcommand("user", "Manage staff accounts");
  user->fallthrough();
  user->require_subcommand(1);
  UserAddOptions add;
  auto* user_add = user->add_subcommand("add", "Add a user; the password is read from stdin");
  user_add->fallthrough();
  user_add->add_option("--username", add.username, "Sign-in name")->required();
  user_add->add_option("--display-name", add.display_name, "Name shown to others");
  user_add->add_option("--role", add.role, "Role, e.g. gp, care_coordinator, administrator")
      ->required();
  user_add->add_option("--organisation", add.organisation, "ODS code or id of their organisation")
      ->required();
  user_add->callback([&] { exit_code = RunUserAdd(Load(g), add, std::cin); });
  auto* user_list = user->add_subcommand("list", "List users");
  user_list->fallthrough();
  user_list->callback([&] { exit_code = RunUserList(Load(g)); });
  std::string target;
  for (const bool disable : {true, false}) {
    auto* cmd = user->add_subcommand(
        disable ? "disable" : "enable",
        disable ? "Disable a user and end their sessions" : "Enable a disabled user");
    cmd->fallthrough();
    cmd->add_option("username", target, "The user")->required();
    cmd->callback([&, disable] { exit_code = RunUserSetDisabled(Load(g), target, disable); });
  }
  auto* reset = user->add_subcommand(
      "reset-password", "Set a new password (read from stdin), clear lock-out, end sessions");
  reset->fallthrough();
  reset->add_option("username", target, "The user")->required();
  reset->callback([&] { exit_code = RunUserResetPassword(Load(g), target, std::cin); });

  auto* audit = app.add_subcommand("audit", "Audit trail tools");
  audit->fallthrough();
  audit->require_subcommand(1);
  auto* verify = audit->add_subcommand("verify", "Check the audit hash chain for tampering");
  verify->fallthrough();
  verify->callback([&] { exit_code = RunAuditVerify(Load(g)); });

  CasefindOptions casefind;
  auto* casefind_cmd = app.add_subcommand(
      "casefind", "Find people for joined-up care in an extract folder; one CSV row per person");
  casefind_cmd
      ->add_option("--data", casefind.data, "Extract folder (patients.csv, events.csv, ...)")
      ->required();
  casefind_cmd->add_option("--as-of", casefind.as_of, "Date to evaluate at, YYYY-MM-DD")
      ->required();
  casefind_cmd->add_option("--out", casefind.out, "CSV file to write, or - for standard output")
      ->required();
  casefind_cmd->add_option("--codelists,--definitions", casefind.definitions,
                           "Folder of code lists and definitions laid out as data/casefinding");
  casefind_cmd
      ->add_option("--condition-set", casefind.condition_set,
                   "Condition set counted for ltc_count and conditions")
      ->capture_default_str();
  casefind_cmd->callback([&] { exit_code = RunCasefind(casefind, std::cerr); });

  ImportCommandOptions import_options;
  auto* import_cmd = app.add_subcommand(
      "import", "Import a GP or hospital extract folder into the register, all or nothing");
  import_cmd->add_option("dir", import_options.dir, "Extract folder (docs/extract-format.md)")
      ->required();
  import_cmd->add_flag("--partial", import_options.partial,
                       "The extract is not the practices' whole list: mark nobody as left");
  import_cmd->callback([&] { exit_code = RunImport(Load(g), import_options, std::cerr); });

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  if (print_config) {
    std::fputs(std::string(config::ExampleConfig()).c_str(), stdout);
    return 0;
  }
  if (app.get_subcommands().empty()) {
    std::fputs(app.help().c_str(), stdout);
    return 0;
  }
  return exit_code;
}

}  // namespace lcn::app
