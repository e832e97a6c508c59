#pragma once

#include <QString>
#include <QtGlobal>

#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace hc::store {

// A prepared statement on a raw sqlite3 handle, for the bulk paths where Qt SQL's
// per-row QVariant boxing costs more than the work itself. Finalized on destruction.
class SqliteStatement {
public:
    SqliteStatement() = default;
    SqliteStatement(sqlite3* db, const char* sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;
    SqliteStatement(SqliteStatement&& other) noexcept;
    SqliteStatement& operator=(SqliteStatement&& other) noexcept;

    bool isValid() const { return m_stmt != nullptr; }
    void bindInt(int index, qint64 value);
    void bindNull(int index);
    void bindText(int index, std::string_view text); // SQLITE_TRANSIENT is not needed: text outlives step()
    void bindTextOrNull(int index, std::string_view text);

    // Runs one step: SQLITE_ROW, SQLITE_DONE or an error code.
    int step();
    void reset();
    qint64 columnInt(int column) const;
    std::string_view columnText(int column) const;
    bool columnIsNull(int column) const;

    QString lastError() const;

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace hc::store
