#pragma once

#include "IndexEntry.h"

#include <QByteArray>
#include <QList>
#include <QMap>

// Reads the tables of an SQL dump as it streams past, without keeping it: CREATE TABLE
// statements (the schema, up to 64 KiB each) and the rows of INSERT statements (each
// parenthesised tuple after VALUES is a row, as mysqldump's extended inserts write them). Knows
// quotes ('…', "…", `…`), comments (--, #, /* */), MySQL's backslash escapes (once the dump shows
// itself to be MySQL's, by a backtick) and PostgreSQL's COPY … FROM stdin blocks (one row a line
// until "\."). Anything else is skipped; malformed input ends in fewer tables, never an error.
class SqlDumpScanner
{
public:
    explicit SqlDumpScanner(const QString &source)
        : m_source(source)
    {
    }

    void add(const char *data, qint64 size);
    QList<IndexTable> finish();

private:
    enum class State { Code, Single, Double, Backtick, LineComment, BlockComment, CopyData };
    void endStatement();
    void onCode(char c);
    static QString tableName(const QByteArray &statement, qsizetype from);

    QString m_source;
    QMap<QString, IndexTable> m_tables;
    State m_state = State::Code;
    QByteArray m_head; // the statement's first bytes, for its kind and table name
    QByteArray m_statement; // a CREATE TABLE statement, whole (capped)
    QByteArray m_copyLine; // the current line of a COPY block
    bool m_keepAll = false; // collecting a CREATE TABLE
    bool m_isInsert = false;
    bool m_valuesSeen = false;
    QString m_insertTable;
    qint64 m_tuples = 0;
    int m_depth = 0;
    char m_previous = 0;
    bool m_escape = false; // the previous character was a backslash inside a string
    bool m_mysql = false;
    bool m_copyStarting = false;
};
