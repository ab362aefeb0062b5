// SPDX-License-Identifier: Apache-2.0
//
// The schema migrations of About me (0006 also adds the assessments' correction columns):
// migrations/{sqlite,postgres}/ in this folder, embedded by lcn_add_migrations (this folder's
// CMakeLists.txt) and registered in app/capabilities.cpp.
#pragma once

#include "sql/migrator.hpp"

namespace lcn::care {

// This capability's migrations, for both engines.
sql::MigrationFiles AboutMeMigrations();

}  // namespace lcn::care
