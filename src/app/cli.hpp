// SPDX-License-Identifier: Apache-2.0
//
// The lcn command line (CLI11): global options, the configuration layers, and one subcommand per
// job. Returns the exit code; lcn::Error escapes to main().
#pragma once

namespace lcn::app {

int RunCli(int argc, char** argv);

}  // namespace lcn::app
