// SPDX-License-Identifier: Apache-2.0
#include "store/register_repository.hpp"

#include "store/row_mapping.hpp"

namespace lcn::store {
namespace {

// Statements that list ids take them in slices of this many (well under both engines' limits).
constexpr std::size_t kIdSlice = 500;

// "(${i0}, ${i1}, ...)" for ids [begin, end), with their parameters.
std::string IdList(const std::vector<PersonId>& ids, std::size_t begin, std::size_t end,
                   sql::Params& params) {
  std::string list = "(";
  for (std::size_t i = begin; i < end; ++i) {
    const std::string name = "i" + std::to_string(i - begin);
    list += (i > begin ? ", ${" : "${") + name + "}";
    params.emplace_back(name, ids[i].Value());
  }
  return list + ")";
}

ImportRecord ToImport(const sql::Row& r) {
  ImportRecord i;
  i.id = r.Int("id");
  i.source = r.Text("source");
  i.imported_by = OptId<UserId>(r, "imported_by");
  i.started_at = r.Int("started_at");
  i.finished_at = r.Int("finished_at");
  i.patients_new = r.Int("patients_new");
  i.patients_updated = r.Int("patients_updated");
  i.patients_unchanged = r.Int("patients_unchanged");
  i.patients_left = r.Int("patients_left");
  i.events = r.Int("events");
  i.medications = r.Int("medications");
  i.encounters = r.Int("encounters");
  i.unknown_codes = r.Int("unknown_codes");
  return i;
}

}  // namespace

void RegisterRepository::LockForImport() {
  if (tx_.GetDialect() == sql::Dialect::kPostgres) {
    tx_.ExecuteScript("LOCK TABLE people, register_patients IN SHARE ROW EXCLUSIVE MODE");
  }
}

std::optional<RegisterEntry> RegisterRepository::Find(PersonId person) {
  return QueryOne(
      tx_,
      "SELECT person_id, practice_ods, source_id, care_home_ods, death_date, left_date, history, "
      "content_hash, import_id, version FROM register_patients WHERE person_id = ${id}",
      {{"id", person.Value()}}, [](const sql::Row& r) {
        RegisterEntry e;
        e.person_id = PersonId(r.Int("person_id"));
        e.practice_ods = r.Text("practice_ods");
        e.source_id = r.Text("source_id");
        e.care_home_ods = r.OptText("care_home_ods");
        e.death_date = r.OptText("death_date");
        e.left_date = r.OptText("left_date");
        e.history = r.Bytes("history");
        e.content_hash = r.Text("content_hash");
        e.import_id = r.OptInt("import_id");
        e.version = r.Int("version");
        return e;
      });
}

std::vector<RegisterKey> RegisterRepository::Keys() {
  return QueryAll(tx_,
                  "SELECT person_id, practice_ods, source_id, content_hash, left_date, version "
                  "FROM register_patients ORDER BY person_id",
                  {}, [](const sql::Row& r) {
                    return RegisterKey{PersonId(r.Int("person_id")), r.Text("practice_ods"),
                                       r.Text("source_id"),          r.Text("content_hash"),
                                       !r.IsNull("left_date"),       r.Int("version")};
                  });
}

void RegisterRepository::InsertMany(const std::vector<RegisterEntry>& entries, Micros now) {
  static const std::vector<std::string> kColumns = {
      "person_id", "practice_ods", "source_id", "care_home_ods", "death_date", "left_date",
      "history",   "content_hash", "import_id", "version",       "updated_at"};
  std::vector<std::vector<sql::Value>> rows;
  rows.reserve(entries.size());
  for (const RegisterEntry& e : entries) {
    rows.push_back({e.person_id.Value(), e.practice_ods, e.source_id,
                    sql::Nullable(e.care_home_ods), sql::Nullable(e.death_date),
                    sql::Nullable(e.left_date), sql::Blob{e.history}, e.content_hash,
                    sql::Nullable(e.import_id), e.version, now});
  }
  tx_.BulkInsert("register_patients", kColumns, rows);
}

void RegisterRepository::DeleteMany(const std::vector<PersonId>& people) {
  for (std::size_t begin = 0; begin < people.size(); begin += kIdSlice) {
    const std::size_t end = std::min(people.size(), begin + kIdSlice);
    sql::Params params;
    const std::string list = IdList(people, begin, end, params);
    tx_.Execute("DELETE FROM register_patients WHERE person_id IN " + list, params);
  }
}

std::int64_t RegisterRepository::UpdateHistory(PersonId person, std::int64_t expected_version,
                                               const std::string& history,
                                               const std::string& content_hash, Micros now) {
  const std::int64_t changed = tx_.Execute(
      "UPDATE register_patients SET history = ${history}, content_hash = ${hash}, "
      "version = version + 1, updated_at = ${now} WHERE person_id = ${id} AND version = ${version}",
      {{"history", sql::Blob{history}},
       {"hash", content_hash},
       {"now", now},
       {"id", person.Value()},
       {"version", expected_version}});
  if (changed == 0) {
    ThrowStaleOrMissing(Find(person).has_value(), "register entry");
  }
  return expected_version + 1;
}

std::int64_t RegisterRepository::MarkLeft(const std::vector<PersonId>& people,
                                          const std::string& date, Micros now) {
  std::int64_t changed = 0;
  for (std::size_t begin = 0; begin < people.size(); begin += kIdSlice) {
    const std::size_t end = std::min(people.size(), begin + kIdSlice);
    sql::Params params = {{"date", date}, {"now", now}};
    const std::string list = IdList(people, begin, end, params);
    changed += tx_.Execute(
        "UPDATE register_patients SET left_date = ${date}, version = version + 1, "
        "updated_at = ${now} WHERE left_date IS NULL AND person_id IN " +
            list,
        params);
  }
  return changed;
}

std::int64_t RegisterRepository::CountPatients() {
  std::int64_t n = 0;
  tx_.Query("SELECT COUNT(*) AS n FROM register_patients", {},
            [&](const sql::Row& r) { n = r.Int("n"); });
  return n;
}

void RegisterRepository::ForEachForLoad(const std::function<void(RegisterLoadRow&&)>& on_row,
                                        std::optional<PersonId> only) {
  tx_.Query(
      std::string("SELECT r.person_id, p.birth_date, p.sex, r.practice_ods, r.care_home_ods, "
                  "r.death_date, r.left_date, r.history FROM register_patients r JOIN people p "
                  "ON p.id = r.person_id ") +
          (only ? "WHERE r.person_id = ${id} " : "") + "ORDER BY r.person_id",
      only ? sql::Params{{"id", only->Value()}} : sql::Params{}, [&](const sql::Row& r) {
        on_row(RegisterLoadRow{PersonId(r.Int("person_id")), r.Text("birth_date"), r.Text("sex"),
                               r.Text("practice_ods"), r.OptText("care_home_ods"),
                               r.OptText("death_date"), !r.IsNull("left_date"),
                               r.Bytes("history")});
      });
}

std::int64_t RegisterRepository::InsertImport(const ImportRecord& i) {
  std::int64_t id = 0;
  tx_.Query(
      "INSERT INTO register_imports (source, imported_by, started_at, finished_at, patients_new, "
      "patients_updated, patients_unchanged, patients_left, events, medications, encounters, "
      "unknown_codes) VALUES (${source}, ${by}, ${started}, ${finished}, ${new}, ${updated}, "
      "${unchanged}, ${left}, ${events}, ${medications}, ${encounters}, ${unknown}) RETURNING id",
      {{"source", i.source},
       {"by", NullableId(i.imported_by)},
       {"started", i.started_at},
       {"finished", i.finished_at},
       {"new", i.patients_new},
       {"updated", i.patients_updated},
       {"unchanged", i.patients_unchanged},
       {"left", i.patients_left},
       {"events", i.events},
       {"medications", i.medications},
       {"encounters", i.encounters},
       {"unknown", i.unknown_codes}},
      [&](const sql::Row& r) { id = r.Int("id"); });
  return id;
}

void RegisterRepository::AddLocalEvent(const LocalEvent& e) {
  tx_.Execute(
      "INSERT INTO register_local_events (person_id, code, event_date, value, recorded_by, "
      "recorded_at) VALUES (${person}, ${code}, ${date}, ${value}, ${by}, ${at})",
      {{"person", e.person_id.Value()},
       {"code", e.code},
       {"date", e.date},
       {"value", e.value ? sql::Value(*e.value) : sql::Value(std::monostate{})},
       {"by", NullableId(e.recorded_by)},
       {"at", e.recorded_at}});
}

std::vector<LocalEvent> RegisterRepository::LocalEvents(std::optional<PersonId> only) {
  return QueryAll(
      tx_,
      std::string("SELECT person_id, code, event_date, value, recorded_by, recorded_at FROM "
                  "register_local_events ") +
          (only ? "WHERE person_id = ${id} " : "") + "ORDER BY person_id, event_date, id",
      only ? sql::Params{{"id", only->Value()}} : sql::Params{}, [](const sql::Row& r) {
        LocalEvent e;
        e.person_id = PersonId(r.Int("person_id"));
        e.code = r.Int("code");
        e.date = r.Text("event_date");
        if (!r.IsNull("value")) {
          e.value = r.Real("value");
        }
        e.recorded_by = OptId<UserId>(r, "recorded_by");
        e.recorded_at = r.Int("recorded_at");
        return e;
      });
}

std::vector<ImportRecord> RegisterRepository::RecentImports(int limit) {
  return QueryAll(tx_,
                  "SELECT id, source, imported_by, started_at, finished_at, patients_new, "
                  "patients_updated, patients_unchanged, patients_left, events, medications, "
                  "encounters, unknown_codes FROM register_imports ORDER BY id DESC "
                  "LIMIT ${limit}",
                  {{"limit", std::int64_t{limit}}}, ToImport);
}

std::int64_t RegisterRepository::LastImportId() {
  std::int64_t id = 0;
  tx_.Query("SELECT COALESCE(MAX(id), 0) AS id FROM register_imports", {},
            [&](const sql::Row& r) { id = r.Int("id"); });
  return id;
}

}  // namespace lcn::store
