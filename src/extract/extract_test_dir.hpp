// SPDX-License-Identifier: Apache-2.0
//
// Test support: ExtractTestDir is a fresh folder under the system temp directory, named after
// the running test and process, into which a test writes the files of an extract. The folder
// and everything in it are removed when it goes out of scope. Not thread-safe.
#pragma once

#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include <gtest/gtest.h>
#include <unistd.h>

namespace lcn::extract {

class ExtractTestDir {
 public:
  ExtractTestDir() {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    path_ = std::filesystem::temp_directory_path() /
            ("lcn_extract_" + std::string(info->test_suite_name()) + "_" + info->name() + "_" +
             std::to_string(::getpid()));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }

  ExtractTestDir(const ExtractTestDir&) = delete;
  ExtractTestDir& operator=(const ExtractTestDir&) = delete;

  ~ExtractTestDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }

  // Writes `content` byte for byte to the file `name` in the folder, replacing it.
  void Write(const std::string& name, std::string_view content) const {
    std::ofstream out(path_ / name, std::ios::binary | std::ios::trunc);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
  }

  void Remove(const std::string& name) const { std::filesystem::remove(path_ / name); }

  std::string Path() const { return path_.string(); }

 private:
  std::filesystem::path path_;
};

}  // namespace lcn::extract
