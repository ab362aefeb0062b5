// SPDX-License-Identifier: Apache-2.0
//
// Builds a Config from layers, lowest priority first: defaults, a JSON file with comments,
// LCN_* environment variables, then command-line overrides. Unknown keys, unknown LCN_*
// variables, wrong types and out-of-range values are refused with one clear message naming
// the source and the key (Error(kConfiguration)).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "config/config.hpp"

namespace lcn::config {

// Flat key -> value overrides, keys in dotted JSON form ("http.port").
using Overrides = std::map<std::string, std::string>;

struct ConfigSources {
  std::optional<std::string> file_path;    // a .json/.jsonc file, comments allowed
  std::map<std::string, std::string> env;  // the process environment (LCN_* are read)
  Overrides flags;                         // from the command line
};

// Throws Error(kConfiguration) on any bad input.
Config LoadConfig(const ConfigSources& sources);

// Applies a JSON document (text, comments allowed) on top of `config`; `origin` names it in
// error messages.
void ApplyJson(Config& config, std::string_view json_text, const std::string& origin);

// The environment variable for a dotted key: "http.maxBodyBytes" -> "LCN_HTTP_MAX_BODY_BYTES".
std::string EnvNameFor(std::string_view dotted_key);

// Reads the current process environment into a map.
std::map<std::string, std::string> ProcessEnvironment();

// The embedded, fully commented example configuration (config/lcn.example.jsonc).
std::string_view ExampleConfig();

}  // namespace lcn::config
