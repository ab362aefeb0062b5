// SPDX-License-Identifier: Apache-2.0
#include "store/person_repository.hpp"

#include <algorithm>
#include <unordered_map>

#include "store/row_mapping.hpp"

namespace lcn::store {
namespace {

constexpr const char* kPersonColumns =
    "SELECT id, nhs_number, given_name, family_name, birth_date, sex, postcode, practice_id, "
    "version FROM people ";

domain::Person ToPerson(const sql::Row& r) {
  domain::Person p;
  p.id = PersonId(r.Int("id"));
  p.nhs_number = r.OptText("nhs_number");
  p.given_name = r.Text("given_name");
  p.family_name = r.Text("family_name");
  p.birth_date = r.Text("birth_date");
  p.sex = domain::ParseSex(r.Text("sex")).value_or(domain::Sex::kUnknown);
  p.postcode = r.OptText("postcode");
  p.practice_id = OptId<OrganisationId>(r, "practice_id");
  p.version = r.Int("version");
  return p;
}

sql::Params PersonParams(const domain::Person& p, Micros now) {
  return {{"nhs", sql::Nullable(p.nhs_number)},
          {"given", p.given_name},
          {"family", p.family_name},
          {"birth", p.birth_date},
          {"sex", std::string(domain::SexName(p.sex))},
          {"postcode", sql::Nullable(p.postcode)},
          {"practice", NullableId(p.practice_id)},
          {"now", now}};
}

}  // namespace

PersonId PersonRepository::Insert(const domain::Person& person, Micros now) {
  std::int64_t id = 0;
  tx_.Query(
      "INSERT INTO people (nhs_number, given_name, family_name, birth_date, sex, postcode, "
      "practice_id, created_at, updated_at) VALUES (${nhs}, ${given}, ${family}, ${birth}, "
      "${sex}, ${postcode}, ${practice}, ${now}, ${now}) RETURNING id",
      PersonParams(person, now), [&](const sql::Row& r) { id = r.Int("id"); });
  return PersonId(id);
}

std::optional<domain::Person> PersonRepository::FindById(PersonId id) {
  return QueryOne(tx_, std::string(kPersonColumns) + "WHERE id = ${id}", {{"id", id.Value()}},
                  ToPerson);
}

std::vector<std::optional<domain::Person>> PersonRepository::FindMany(
    const std::vector<PersonId>& ids) {
  constexpr std::size_t kSlice = 500;
  std::unordered_map<std::int64_t, domain::Person> found;
  for (std::size_t begin = 0; begin < ids.size(); begin += kSlice) {
    const std::size_t end = std::min(ids.size(), begin + kSlice);
    std::string list;
    sql::Params params;
    for (std::size_t i = begin; i < end; ++i) {
      const std::string name = "i" + std::to_string(i - begin);
      list += (i > begin ? ", ${" : "${") + name + "}";
      params.emplace_back(name, ids[i].Value());
    }
    tx_.Query(std::string(kPersonColumns) + "WHERE id IN (" + list + ")", params,
              [&](const sql::Row& r) {
                domain::Person p = ToPerson(r);
                found.emplace(p.id.Value(), std::move(p));
              });
  }
  std::vector<std::optional<domain::Person>> out;
  out.reserve(ids.size());
  for (const PersonId id : ids) {
    const auto it = found.find(id.Value());
    out.push_back(it == found.end() ? std::nullopt : std::optional(it->second));
  }
  return out;
}

std::optional<domain::Person> PersonRepository::FindByNhsNumber(const std::string& nhs_number) {
  return QueryOne(tx_, std::string(kPersonColumns) + "WHERE nhs_number = ${nhs}",
                  {{"nhs", nhs_number}}, ToPerson);
}

std::vector<domain::Person> PersonRepository::SearchByNameAndBirthDate(
    const std::string& family_name, const std::string& birth_date,
    const std::optional<std::string>& given, int limit) {
  return QueryAll(tx_,
                  std::string(kPersonColumns) +
                      "WHERE lower(family_name) = lower(${family}) AND birth_date = ${birth} "
                      "AND (CAST(${given} AS TEXT) = '' OR lower(given_name) = lower(${given})) "
                      "ORDER BY family_name, given_name, id LIMIT ${limit}",
                  {{"family", family_name},
                   {"birth", birth_date},
                   {"given", given.value_or("")},
                   {"limit", std::int64_t{limit}}},
                  ToPerson);
}

std::int64_t PersonRepository::Update(const domain::Person& person, Micros now) {
  sql::Params params = PersonParams(person, now);
  params.emplace_back("id", person.id.Value());
  params.emplace_back("version", person.version);
  const std::int64_t changed = tx_.Execute(
      "UPDATE people SET nhs_number = ${nhs}, given_name = ${given}, family_name = ${family}, "
      "birth_date = ${birth}, sex = ${sex}, postcode = ${postcode}, practice_id = ${practice}, "
      "version = version + 1, updated_at = ${now} WHERE id = ${id} AND version = ${version}",
      params);
  if (changed == 0) {
    ThrowStaleOrMissing(FindById(person.id).has_value(), "person");
  }
  return person.version + 1;
}

void PersonRepository::InsertManyWithIds(const std::vector<domain::Person>& people, Micros now) {
  static const std::vector<std::string> kColumns = {
      "id",       "nhs_number",  "given_name", "family_name", "birth_date", "sex",
      "postcode", "practice_id", "version",    "created_at",  "updated_at"};
  std::vector<std::vector<sql::Value>> rows;
  rows.reserve(people.size());
  for (const domain::Person& p : people) {
    rows.push_back({p.id.Value(), sql::Nullable(p.nhs_number), p.given_name, p.family_name,
                    p.birth_date, std::string(domain::SexName(p.sex)), sql::Nullable(p.postcode),
                    NullableId(p.practice_id), std::int64_t{1}, now, now});
  }
  tx_.BulkInsert("people", kColumns, rows);
  if (tx_.GetDialect() == sql::Dialect::kPostgres && !people.empty()) {
    tx_.Query(
        "SELECT setval(pg_get_serial_sequence('people', 'id'), "
        "(SELECT MAX(id) FROM people)) AS v",
        {}, [](const sql::Row&) {});
  }
}

PersonId PersonRepository::NextId() {
  std::int64_t next = 1;
  tx_.Query("SELECT COALESCE(MAX(id), 0) + 1 AS next FROM people", {},
            [&](const sql::Row& r) { next = r.Int("next"); });
  return PersonId(next);
}

std::vector<std::pair<std::string, PersonId>> PersonRepository::NhsNumbers() {
  return QueryAll(
      tx_, "SELECT id, nhs_number FROM people WHERE nhs_number IS NOT NULL", {},
      [](const sql::Row& r) { return std::pair(r.Text("nhs_number"), PersonId(r.Int("id"))); });
}

std::vector<PracticeCount> PersonRepository::CountByPractice() {
  std::vector<PracticeCount> out;
  tx_.Query(
      "SELECT practice_id, COUNT(*) AS n FROM people WHERE practice_id IS NOT NULL "
      "GROUP BY practice_id ORDER BY practice_id",
      {}, [&](const sql::Row& r) {
        out.push_back({OrganisationId(r.Int("practice_id")), r.Int("n")});
      });
  return out;
}

}  // namespace lcn::store
