// SPDX-License-Identifier: Apache-2.0
//
// The one immutable configuration of a running lcn, with documented defaults. Built once at
// start-up by config_loader (defaults < commented JSON file < LCN_* environment < flags) and
// passed by const reference. Every key is listed, commented, in config/lcn.example.jsonc.
#pragma once

#include <cstdint>
#include <string>

namespace lcn::config {

struct HttpConfig {
  std::string host = "127.0.0.1";
  int port = 8080;
  int threads = 8;                              // worker threads serving requests
  std::int64_t max_body_bytes = 1'048'576;      // larger request bodies get 413
  std::int64_t max_upload_bytes = 536'870'912;  // the same for extract uploads
  bool behind_tls = false;                      // adds Secure to the session cookie
  std::string web_root;                         // serve the UI from this folder instead of the
                                                // copy embedded in the binary
};

struct AuthConfig {
  int session_idle_minutes = 30;
  int session_absolute_hours = 12;
  int lockout_threshold = 5;  // failed sign-ins before a temporary lock-out
  int lockout_minutes = 15;
  int break_glass_minutes = 240;       // how long emergency access to one person lasts
  bool fast_password_hashing = false;  // tests only: minimal argon2id cost
};

struct CaseFindingConfig {
  std::string definitions;              // folder laid out as data/casefinding; empty: built in
  std::string condition_set = "cms37";  // the set worklists count as long-term conditions
  int refresh_seconds = 10;             // how often the server looks for imports by other processes
};

struct Config {
  std::string database = "sqlite:lcn.db";
  HttpConfig http;
  AuthConfig auth;
  CaseFindingConfig casefinding;
  std::string log_level = "info";  // debug, info, warning, error
};

}  // namespace lcn::config
