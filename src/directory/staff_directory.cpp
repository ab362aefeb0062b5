// SPDX-License-Identifier: Apache-2.0
#include "directory/staff_directory.hpp"

#include <algorithm>
#include <cctype>

#include "store/row_mapping.hpp"

namespace lcn::store {
namespace {

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

// The text as a LIKE pattern that matches it anywhere, with LIKE's own characters escaped.
std::string Contains(const std::string& text) {
  std::string out = "%";
  for (const char c : Lower(text)) {
    if (c == '%' || c == '_' || c == '\\') {
      out += '\\';
    }
    out += c;
  }
  return out + "%";
}

}  // namespace

std::vector<StaffMember> FindStaff(sql::Transaction& tx, const StaffQuery& query) {
  sql::Params params = {{"limit", std::int64_t{query.limit}}};
  std::string sql =
      "SELECT u.id, u.display_name, u.role, u.organisation_id, o.name AS organisation_name "
      "FROM users u JOIN organisations o ON o.id = u.organisation_id WHERE u.disabled = 0";
  if (query.text) {
    sql +=
        " AND (LOWER(u.display_name) LIKE ${text} ESCAPE '\\' OR LOWER(o.name) LIKE ${text} "
        "ESCAPE '\\')";
    params.emplace_back("text", Contains(*query.text));
  }
  if (query.organisation) {
    sql += " AND u.organisation_id = ${org}";
    params.emplace_back("org", query.organisation->Value());
  }
  sql += " AND u.role IN (";
  for (std::size_t i = 0; i < query.roles.size(); ++i) {
    const std::string name = "role" + std::to_string(i);
    sql += (i == 0 ? "${" : ", ${") + name + "}";
    params.emplace_back(name, std::string(domain::RoleName(query.roles[i])));
  }
  sql += query.roles.empty() ? "NULL)" : ")";
  sql += " ORDER BY u.display_name, u.id LIMIT ${limit}";
  return QueryAll(tx, sql, params, [](const sql::Row& r) {
    StaffMember m;
    m.id = UserId(r.Int("id"));
    m.display_name = r.Text("display_name");
    m.role = domain::ParseRole(r.Text("role")).value_or(domain::Role::kGp);
    m.organisation = OrganisationId(r.Int("organisation_id"));
    m.organisation_name = r.Text("organisation_name");
    return m;
  });
}

}  // namespace lcn::store
