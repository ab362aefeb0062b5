// SPDX-License-Identifier: Apache-2.0
//
// lcn serve, lcn demo and lcn migrate.
#include <chrono>
#include <csignal>
#include <cstdio>
#include <functional>
#include <iostream>
#include <thread>

#include <malloc.h>

#include "app/capabilities.hpp"
#include "app/commands.hpp"
#include "app/server_context.hpp"
#include "core/error.hpp"
#include "core/log.hpp"
#include "crypto/crypto.hpp"
#include "sql/migrator.hpp"

namespace lcn::app {
namespace {

// Serves until SIGINT or SIGTERM. `banner` is printed once the listener is bound.
int ServeUntilSignalled(const config::Config& config, const Clock& clock, sql::Database& db,
                        const std::function<void(int port)>& banner) {
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);  // every thread started from here inherits it

  ServerContext context(config, clock, db);
  const int port = context.Bind();
  context.StartCaseFinding();
  banner(port);
  std::thread waiter([&] {
    int sig = 0;
    sigwait(&signals, &sig);
    log::Info("signal received; stopping");
    context.Stop();
  });
  context.Run();
  // Run() returned: if not through a signal, wake the waiter so it can be joined. SIGTERM is
  // blocked in every thread, so it does not terminate anything: the waiter's sigwait takes it.
  pthread_kill(waiter.native_handle(), SIGTERM);  // NOLINT(bugprone-bad-signal-to-kill-thread)
  waiter.join();
  return 0;
}

std::string UrlFor(const config::Config& config, int port) {
  const std::string host = config.http.host == "0.0.0.0" ? "localhost" : config.http.host;
  return "http://" + host + ":" + std::to_string(port) + "/";
}

}  // namespace

int RunServe(const config::Config& config) {
  SystemClock clock;
  auto db = OpenAndMigrate(config, clock);
  return ServeUntilSignalled(config, clock, *db, [&](int port) {
    log::Info("lcn listening on " + UrlFor(config, port));
    std::printf("LCN is running at %s\n", UrlFor(config, port).c_str());
    std::fflush(stdout);
  });
}

int RunDemo(const config::Config& config, const DemoCommandOptions& options) {
  const auto area = demo::ParseDemoArea(options.area);
  if (!area) {
    throw Error(ErrorCode::kConfiguration,
                "--area must be lambeth-southwark, coastal-west-sussex or all");
  }
  SystemClock clock;
  auto db = OpenAndMigrate(config, clock);
  if (demo::HasData(*db)) {
    std::printf("The database already holds data; serving it as it is.\n");
  } else {
    demo::DemoOptions demo_options;
    demo_options.area = *area;
    demo_options.seed = options.seed;
    demo_options.people_per_practice = options.people_per_practice;
    demo_options.scale = options.scale;
    demo_options.clinical = !options.no_clinical;
    demo_options.hash_cost = config.auth.fast_password_hashing ? crypto::HashCost::kMinimal
                                                               : crypto::HashCost::kInteractive;
    const auto started = std::chrono::steady_clock::now();
    const auto summary = demo::BuildDemo(*db, clock, demo_options);
    malloc_trim(0);  // give the generator's memory back before serving
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::printf(
        "Demo network loaded: %d networks, %d neighbourhoods, %d organisations, %d teams, %d "
        "staff, %d synthetic people%s (%.1f s).\n",
        summary.networks, summary.neighbourhoods, summary.organisations, summary.teams,
        summary.users, summary.people,
        demo_options.clinical ? " with GP and hospital histories" : "", seconds);
  }
  return ServeUntilSignalled(config, clock, *db, [&](int port) {
    std::printf("\nLCN is running at %s\n\nDemo sign-ins (password for all: %s):\n",
                UrlFor(config, port).c_str(), std::string(demo::kDemoPassword).c_str());
    for (const auto& u : demo::DemoUsersFor(*area)) {
      std::printf("  %-30s %-18s %s\n", u.username.c_str(), u.role.c_str(), u.organisation.c_str());
    }
    std::printf("\nStop with Ctrl-C.\n");
    std::fflush(stdout);
  });
}

int RunMigrate(const config::Config& config, bool status_only) {
  SystemClock clock;
  crypto::Initialise();
  auto db = sql::OpenDatabase(config.database);
  if (!status_only) {
    const int applied = sql::ApplyMigrations(*db, clock, AllMigrations());
    std::printf("%d migration(s) applied.\n", applied);
  }
  const auto status = sql::ReadSchemaStatus(*db, AllMigrations());
  std::printf("Database schema version %lld; this lcn knows up to version %lld.\n",
              static_cast<long long>(status.database_version),
              static_cast<long long>(status.binary_version));
  return status.database_version == status.binary_version ? 0 : 1;
}

}  // namespace lcn::app
