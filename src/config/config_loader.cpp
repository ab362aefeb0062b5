// SPDX-License-Identifier: Apache-2.0
#include "config/config_loader.hpp"

#include <cctype>
#include <fstream>
#include <functional>
#include <sstream>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/embedded_file.hpp"
#include "core/error.hpp"

extern char** environ;  // NOLINT: POSIX

namespace lcn::config {

const std::vector<EmbeddedFile>& ExampleConfigFiles();

namespace {

using Json = nlohmann::json;

[[noreturn]] void Fail(const std::string& origin, const std::string& key, const std::string& why) {
  throw Error(ErrorCode::kConfiguration, origin + ": " + key + " " + why);
}

// One settable key: how to apply a JSON value to the Config.
struct Key {
  std::string dotted;
  std::function<void(Config&, const Json&, const std::string& origin)> apply;
};

std::function<void(Config&, const Json&, const std::string&)> IntKey(
    std::string dotted, std::int64_t min, std::int64_t max,
    std::function<void(Config&, std::int64_t)> set) {
  return [=](Config& c, const Json& v, const std::string& origin) {
    if (!v.is_number_integer()) {
      Fail(origin, dotted, "must be a whole number");
    }
    const auto n = v.get<std::int64_t>();
    if (n < min || n > max) {
      Fail(origin, dotted,
           "must be between " + std::to_string(min) + " and " + std::to_string(max));
    }
    set(c, n);
  };
}

std::function<void(Config&, const Json&, const std::string&)> BoolKey(
    std::string dotted, std::function<void(Config&, bool)> set) {
  return [=](Config& c, const Json& v, const std::string& origin) {
    if (!v.is_boolean()) {
      Fail(origin, dotted, "must be true or false");
    }
    set(c, v.get<bool>());
  };
}

std::function<void(Config&, const Json&, const std::string&)> StringKey(
    std::string dotted, std::function<bool(const std::string&)> valid, std::string expectation,
    std::function<void(Config&, std::string)> set) {
  return [=](Config& c, const Json& v, const std::string& origin) {
    if (!v.is_string()) {
      Fail(origin, dotted, "must be a string");
    }
    const auto s = v.get<std::string>();
    if (!valid(s)) {
      Fail(origin, dotted, expectation);
    }
    set(c, s);
  };
}

const std::vector<Key>& Keys() {
  static const std::vector<Key> kKeys = {
      {"database", StringKey(
                       "database",
                       [](const std::string& s) {
                         return (s.rfind("sqlite:", 0) == 0 && s.size() > 7) ||
                                s.rfind("postgresql://", 0) == 0 || s.rfind("postgres://", 0) == 0;
                       },
                       "must be sqlite:PATH or postgresql://...",
                       [](Config& c, std::string s) { c.database = std::move(s); })},
      {"http.host", StringKey(
                        "http.host", [](const std::string& s) { return !s.empty(); },
                        "must not be empty", [](Config& c, std::string s) { c.http.host = s; })},
      {"http.port", IntKey("http.port", 0, 65535,
                           [](Config& c, std::int64_t n) { c.http.port = static_cast<int>(n); })},
      {"http.threads",
       IntKey("http.threads", 1, 256,
              [](Config& c, std::int64_t n) { c.http.threads = static_cast<int>(n); })},
      {"http.maxBodyBytes", IntKey("http.maxBodyBytes", 1024, 1'073'741'824,
                                   [](Config& c, std::int64_t n) { c.http.max_body_bytes = n; })},
      {"http.maxUploadBytes",
       IntKey("http.maxUploadBytes", 1024, 4'294'967'296,
              [](Config& c, std::int64_t n) { c.http.max_upload_bytes = n; })},
      {"http.behindTls",
       BoolKey("http.behindTls", [](Config& c, bool b) { c.http.behind_tls = b; })},
      {"http.webRoot", StringKey(
                           "http.webRoot", [](const std::string&) { return true; }, "",
                           [](Config& c, std::string s) { c.http.web_root = std::move(s); })},
      {"auth.sessionIdleMinutes", IntKey("auth.sessionIdleMinutes", 1, 24 * 60,
                                         [](Config& c, std::int64_t n) {
                                           c.auth.session_idle_minutes = static_cast<int>(n);
                                         })},
      {"auth.sessionAbsoluteHours", IntKey("auth.sessionAbsoluteHours", 1, 7 * 24,
                                           [](Config& c, std::int64_t n) {
                                             c.auth.session_absolute_hours = static_cast<int>(n);
                                           })},
      {"auth.lockoutThreshold",
       IntKey("auth.lockoutThreshold", 1, 100,
              [](Config& c, std::int64_t n) { c.auth.lockout_threshold = static_cast<int>(n); })},
      {"auth.lockoutMinutes",
       IntKey("auth.lockoutMinutes", 1, 24 * 60,
              [](Config& c, std::int64_t n) { c.auth.lockout_minutes = static_cast<int>(n); })},
      {"auth.breakGlassMinutes",
       IntKey("auth.breakGlassMinutes", 5, 24 * 60,
              [](Config& c, std::int64_t n) { c.auth.break_glass_minutes = static_cast<int>(n); })},
      {"auth.fastPasswordHashing",
       BoolKey("auth.fastPasswordHashing",
               [](Config& c, bool b) { c.auth.fast_password_hashing = b; })},
      {"casefinding.definitions",
       StringKey(
           "casefinding.definitions", [](const std::string&) { return true; }, "",
           [](Config& c, std::string s) { c.casefinding.definitions = std::move(s); })},
      {"casefinding.conditionSet",
       StringKey(
           "casefinding.conditionSet", [](const std::string& s) { return !s.empty(); },
           "must not be empty",
           [](Config& c, std::string s) { c.casefinding.condition_set = std::move(s); })},
      {"casefinding.refreshSeconds", IntKey("casefinding.refreshSeconds", 1, 3600,
                                            [](Config& c, std::int64_t n) {
                                              c.casefinding.refresh_seconds = static_cast<int>(n);
                                            })},
      {"log.level",
       StringKey(
           "log.level",
           [](const std::string& s) {
             return s == "debug" || s == "info" || s == "warning" || s == "error";
           },
           "must be one of debug, info, warning, error",
           [](Config& c, std::string s) { c.log_level = std::move(s); })},
  };
  return kKeys;
}

const Key* FindKey(std::string_view dotted) {
  for (const auto& k : Keys()) {
    if (k.dotted == dotted) {
      return &k;
    }
  }
  return nullptr;
}

void ApplyObject(Config& config, const Json& obj, const std::string& prefix,
                 const std::string& origin) {
  for (const auto& [name, value] : obj.items()) {
    const std::string dotted = prefix.empty() ? name : prefix + "." + name;
    if (value.is_object()) {
      ApplyObject(config, value, dotted, origin);
      continue;
    }
    const Key* key = FindKey(dotted);
    if (key == nullptr) {
      Fail(origin, dotted, "is not a known setting (see lcn --print-default-config)");
    }
    key->apply(config, value, origin);
  }
}

// Text from the environment or a flag, as a JSON value of the type the key expects.
Json ParseScalar(const std::string& text) {
  if (text == "true" || text == "false") {
    return text == "true";
  }
  if (!text.empty() && (std::isdigit(static_cast<unsigned char>(text[0])) || text[0] == '-') &&
      text.find_first_not_of("-0123456789") == std::string::npos) {
    try {
      return Json(std::stoll(text));
    } catch (const std::out_of_range&) {
      return Json(text);
    }
  }
  return Json(text);
}

void ApplyScalar(Config& config, const std::string& dotted, const std::string& text,
                 const std::string& origin) {
  const Key* key = FindKey(dotted);
  if (key == nullptr) {
    Fail(origin, dotted, "is not a known setting");
  }
  Json value = ParseScalar(text);
  // A string-typed key keeps digits as text ("http.host": "127.0.0.1" is fine either way).
  try {
    key->apply(config, value, origin);
  } catch (const Error& first) {
    if (value.is_string()) {
      throw;
    }
    try {
      key->apply(config, Json(text), origin);
    } catch (const Error&) {
      throw first;
    }
  }
}

}  // namespace

std::string EnvNameFor(std::string_view dotted_key) {
  std::string out = "LCN_";
  for (const char c : dotted_key) {
    if (c == '.') {
      out.push_back('_');
    } else if (std::isupper(static_cast<unsigned char>(c))) {
      out.push_back('_');
      out.push_back(c);
    } else {
      out.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
    }
  }
  return out;
}

void ApplyJson(Config& config, std::string_view json_text, const std::string& origin) {
  Json doc;
  try {
    doc = Json::parse(json_text, nullptr, /*allow_exceptions=*/true, /*ignore_comments=*/true);
  } catch (const Json::parse_error& e) {
    throw Error(ErrorCode::kConfiguration, origin + ": not valid JSON: " + e.what());
  }
  if (!doc.is_object()) {
    throw Error(ErrorCode::kConfiguration, origin + ": must be a JSON object");
  }
  ApplyObject(config, doc, "", origin);
}

Config LoadConfig(const ConfigSources& sources) {
  Config config;
  if (sources.file_path) {
    std::ifstream in(*sources.file_path);
    if (!in) {
      throw Error(ErrorCode::kConfiguration,
                  "cannot read configuration file " + *sources.file_path);
    }
    std::stringstream text;
    text << in.rdbuf();
    ApplyJson(config, text.str(), *sources.file_path);
  }
  for (const auto& [name, value] : sources.env) {
    if (name.rfind("LCN_", 0) != 0 || name.rfind("LCN_TEST_", 0) == 0 || name == "LCN_CONFIG") {
      continue;
    }
    const Key* match = nullptr;
    for (const auto& key : Keys()) {
      if (EnvNameFor(key.dotted) == name) {
        match = &key;
      }
    }
    if (match == nullptr) {
      throw Error(ErrorCode::kConfiguration,
                  "environment: " + name + " is not a known setting (see lcn --help)");
    }
    ApplyScalar(config, match->dotted, value, "environment " + name);
  }
  for (const auto& [dotted, value] : sources.flags) {
    ApplyScalar(config, dotted, value, "command line");
  }
  return config;
}

std::map<std::string, std::string> ProcessEnvironment() {
  std::map<std::string, std::string> out;
  for (char** e = environ; e != nullptr && *e != nullptr; ++e) {
    const std::string entry(*e);
    const auto eq = entry.find('=');
    if (eq != std::string::npos) {
      out[entry.substr(0, eq)] = entry.substr(eq + 1);
    }
  }
  return out;
}

std::string_view ExampleConfig() {
  const auto& files = ExampleConfigFiles();
  return files.empty() ? std::string_view() : files.front().data;
}

}  // namespace lcn::config
