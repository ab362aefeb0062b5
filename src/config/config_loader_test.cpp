// SPDX-License-Identifier: Apache-2.0
#include "config/config_loader.hpp"

#include <filesystem>
#include <fstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/error.hpp"

namespace lcn::config {
namespace {

std::string ErrorOf(const ConfigSources& s) {
  try {
    LoadConfig(s);
  } catch (const Error& e) {
    EXPECT_EQ(e.Code(), ErrorCode::kConfiguration);
    return e.what();
  }
  return "";
}

TEST(ConfigLoaderTest, DefaultsWhenNothingGiven) {
  const Config c = LoadConfig({});
  EXPECT_EQ(c.database, "sqlite:lcn.db");
  EXPECT_EQ(c.http.port, 8080);
  EXPECT_EQ(c.auth.lockout_threshold, 5);
}

TEST(ConfigLoaderTest, ExampleConfigParsesToTheDefaults) {
  Config c;
  ApplyJson(c, ExampleConfig(), "example");
  const Config d;
  EXPECT_EQ(c.database, d.database);
  EXPECT_EQ(c.http.port, d.http.port);
  EXPECT_EQ(c.http.max_body_bytes, d.http.max_body_bytes);
  EXPECT_EQ(c.auth.break_glass_minutes, d.auth.break_glass_minutes);
}

TEST(ConfigLoaderTest, LayersFileThenEnvironmentThenFlags) {
  const auto path = std::filesystem::temp_directory_path() / "lcn_config_test.jsonc";
  std::ofstream(path) << "// comment\n{ \"http\": { \"port\": 9000, \"threads\": 3 },\n"
                         "  \"database\": \"sqlite:file.db\" }";
  ConfigSources s;
  s.file_path = path.string();
  s.env = {{"LCN_HTTP_PORT", "9100"}, {"PATH", "/bin"}, {"LCN_TEST_POSTGRES_URL", "x"}};
  s.flags = {{"database", "sqlite:flag.db"}};
  const Config c = LoadConfig(s);
  EXPECT_EQ(c.http.port, 9100);
  EXPECT_EQ(c.http.threads, 3);
  EXPECT_EQ(c.database, "sqlite:flag.db");
}

TEST(ConfigLoaderTest, RefusesUnknownKeysBadTypesAndRanges) {
  using ::testing::HasSubstr;
  Config c;
  EXPECT_THROW(ApplyJson(c, R"({"http": {"prot": 1}})", "f"), Error);
  try {
    ApplyJson(c, R"({"http": {"prot": 1}})", "f.json");
  } catch (const Error& e) {
    EXPECT_THAT(e.what(), HasSubstr("f.json: http.prot is not a known setting"));
  }
  EXPECT_THAT(ErrorOf({std::nullopt, {{"LCN_HTTP_PORT", "70000"}}, {}}),
              HasSubstr("http.port must be between 0 and 65535"));
  EXPECT_THAT(ErrorOf({std::nullopt, {{"LCN_HTTP_PORT", "eighty"}}, {}}),
              HasSubstr("must be a whole number"));
  EXPECT_THAT(ErrorOf({std::nullopt, {{"LCN_NO_SUCH", "1"}}, {}}),
              HasSubstr("LCN_NO_SUCH is not a known setting"));
  EXPECT_THAT(ErrorOf({std::nullopt, {}, {{"database", "mysql://x"}}}),
              HasSubstr("database must be sqlite:PATH or postgresql://"));
  EXPECT_THAT(ErrorOf({std::string("/nonexistent/lcn.json"), {}, {}}),
              HasSubstr("cannot read configuration file"));
  EXPECT_THROW(ApplyJson(c, "{ not json", "f"), Error);
}

TEST(ConfigLoaderTest, EnvironmentNamesFollowKeys) {
  EXPECT_EQ(EnvNameFor("http.maxBodyBytes"), "LCN_HTTP_MAX_BODY_BYTES");
  EXPECT_EQ(EnvNameFor("database"), "LCN_DATABASE");
}

}  // namespace
}  // namespace lcn::config
