// SPDX-License-Identifier: Apache-2.0
//
// lcn's entry point: runs the command line and turns any error into one line and an exit code.
#include <cstdio>
#include <exception>

#include "app/cli.hpp"
#include "core/error.hpp"

int main(int argc, char** argv) {
  try {
    return lcn::app::RunCli(argc, argv);
  } catch (const lcn::Error& e) {
    std::fprintf(stderr, "lcn: %s\n", e.what());
    for (const auto& issue : e.Issues()) {
      std::fprintf(stderr, "  %s: %s\n", issue.field.c_str(), issue.message.c_str());
    }
    return e.Code() == lcn::ErrorCode::kConfiguration || e.Code() == lcn::ErrorCode::kBadRequest
               ? 2
               : 1;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "lcn: unexpected failure: %s\n", e.what());
    return 1;
  }
}
