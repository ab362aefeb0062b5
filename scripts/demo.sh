#!/usr/bin/env bash
# One command for a new user: installs what is missing, builds, creates an SQLite database
# holding the demo network (real Lambeth and Southwark practices, synthetic people) and starts
# the server, printing the address and the demo sign-ins.
# Extra arguments go to `lcn demo`, e.g. --area all --port 9000.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh release
db="${LCN_DEMO_DB:-lcn-demo.db}"
unset LCN_DEMO_DB  # lcn refuses LCN_* variables it does not know
exec build/release/src/app/lcn demo --database "sqlite:$db" "$@"
