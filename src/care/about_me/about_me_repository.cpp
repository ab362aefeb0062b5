// SPDX-License-Identifier: Apache-2.0
#include "care/about_me/about_me_repository.hpp"

#include "store/row_mapping.hpp"

namespace lcn::store {
namespace {

constexpr const char* kSelect =
    "SELECT v.person_id, v.version, v.content, v.written_by, v.written_with, v.note, "
    "v.recorded_by, v.recorded_at, u.display_name AS recorded_by_name, "
    "u.role AS recorded_by_role, o.name AS recorded_by_organisation "
    "FROM about_me_versions v LEFT JOIN users u ON u.id = v.recorded_by "
    "LEFT JOIN organisations o ON o.id = u.organisation_id ";

AboutMeVersion ToVersion(const sql::Row& r) {
  AboutMeVersion v;
  v.person = PersonId(r.Int("person_id"));
  v.version = r.Int("version");
  v.content = r.Text("content");
  const auto author = domain::ParseAboutMeAuthor(r.Text("written_by"));
  LCN_CHECK(author.has_value());  // the table's CHECK constraint allows only known names
  v.written_by = *author;
  v.written_with = r.OptText("written_with");
  v.note = r.OptText("note");
  v.recorded_by = UserId(r.Int("recorded_by"));
  v.recorded_at = r.Int("recorded_at");
  v.recorded_by_name = r.OptText("recorded_by_name");
  v.recorded_by_role = r.OptText("recorded_by_role");
  v.recorded_by_organisation = r.OptText("recorded_by_organisation");
  return v;
}

}  // namespace

std::optional<AboutMeVersion> AboutMeRepository::Current(PersonId person) {
  return QueryOne(
      tx_, std::string(kSelect) + "WHERE v.person_id = ${person} ORDER BY v.version DESC LIMIT 1",
      {{"person", person.Value()}}, ToVersion);
}

std::optional<AboutMeVersion> AboutMeRepository::Find(PersonId person, std::int64_t version) {
  return QueryOne(tx_,
                  std::string(kSelect) + "WHERE v.person_id = ${person} AND v.version = ${version}",
                  {{"person", person.Value()}, {"version", version}}, ToVersion);
}

std::vector<AboutMeVersion> AboutMeRepository::Versions(PersonId person) {
  return QueryAll(tx_,
                  std::string(kSelect) + "WHERE v.person_id = ${person} ORDER BY v.version DESC",
                  {{"person", person.Value()}}, ToVersion);
}

bool AboutMeRepository::Append(const AboutMeVersion& v) {
  LCN_CHECK(v.version >= 1);
  return tx_.Execute(
             "INSERT INTO about_me_versions (person_id, version, content, written_by, "
             "written_with, note, recorded_by, recorded_at) VALUES (${person}, ${version}, "
             "${content}, ${written_by}, ${written_with}, ${note}, ${by}, ${at}) "
             "ON CONFLICT (person_id, version) DO NOTHING",
             {{"person", v.person.Value()},
              {"version", v.version},
              {"content", v.content},
              {"written_by", std::string(domain::AboutMeAuthorName(v.written_by))},
              {"written_with", sql::Nullable(v.written_with)},
              {"note", sql::Nullable(v.note)},
              {"by", v.recorded_by.Value()},
              {"at", v.recorded_at}}) == 1;
}

}  // namespace lcn::store
