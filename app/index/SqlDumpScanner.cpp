#include "SqlDumpScanner.h"

#include <QRegularExpression>

namespace {
constexpr qsizetype HeadBytes = 1024;
constexpr qsizetype MaxSchemaBytes = 64 * 1024;

QByteArray normalized(const QByteArray &head)
{
    return head.simplified().toUpper();
}
} // namespace

QString SqlDumpScanner::tableName(const QByteArray &statement, qsizetype from)
{
    // The name after the keyword, quoted or not, with a schema prefix ("public.users") dropped.
    static const QRegularExpression name(
        QStringLiteral(
            R"re(^\s*(?:IF\s+NOT\s+EXISTS\s+)?((?:(?:`[^`]+`|"[^"]+"|\[[^\]]+\]|[\w$]+)\s*\.\s*)?(?:`[^`]+`|"[^"]+"|\[[^\]]+\]|[\w$]+)))re"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = name.match(QString::fromUtf8(statement.mid(from)));
    if (!m.hasMatch())
        return {};
    QString full = m.captured(1);
    static const QRegularExpression last(QStringLiteral(R"re((?:`([^`]+)`|"([^"]+)"|\[([^\]]+)\]|([\w$]+))\s*$)re"));
    const QRegularExpressionMatch l = last.match(full);
    for (int i = 1; i <= 4; ++i) {
        if (l.hasCaptured(i) && !l.captured(i).isEmpty())
            return l.captured(i);
    }
    return full;
}

void SqlDumpScanner::endStatement()
{
    const QByteArray upper = m_head.toUpper();
    if (m_keepAll) {
        // The name follows "CREATE [TEMPORARY] TABLE".
        const qsizetype at = upper.indexOf("TABLE");
        const QString table = at < 0 ? QString() : tableName(m_head, at + 5);
        if (!table.isEmpty()) {
            IndexTable &t = m_tables[table];
            t.name = table;
            t.schema = QString::fromUtf8(m_statement.trimmed());
            t.source = m_source;
            t.rows = qMax<qint64>(0, t.rows);
        }
    } else if (m_isInsert && !m_insertTable.isEmpty()) {
        IndexTable &t = m_tables[m_insertTable];
        t.name = m_insertTable;
        t.source = m_source;
        t.rows = qMax<qint64>(0, t.rows) + m_tuples;
    }
    m_insertTable.clear();
    m_tuples = 0;
    const QByteArray head = normalized(m_head);
    if (head.startsWith("COPY ") && head.contains("FROM STDIN")) {
        m_insertTable = tableName(m_head, upper.indexOf("COPY") + 4);
        m_state = State::CopyData;
        m_copyLine.clear();
        m_copyStarting = true; // the rest of the COPY line is not a row
    }
    m_head.clear();
    m_statement.clear();
    m_keepAll = m_isInsert = m_valuesSeen = false;
    m_depth = 0;
}

void SqlDumpScanner::onCode(char c)
{
    if (m_head.size() < HeadBytes) {
        m_head.append(c);
        if (!m_keepAll && !m_isInsert && m_head.size() <= 64) {
            const QByteArray h = normalized(m_head);
            if (h.startsWith("CREATE TABLE ") || h.startsWith("CREATE TEMPORARY TABLE ")
                || h.startsWith("CREATE TEMP TABLE ")) {
                m_keepAll = true;
                m_statement = m_head; // the schema from its first byte
                return;
            }
        }
        if (!m_isInsert && !m_keepAll) {
            const QByteArray h = normalized(m_head);
            if (h.startsWith("INSERT INTO ") || h.startsWith("REPLACE INTO ") || h.startsWith("INSERT IGNORE INTO ")) {
                const qsizetype into = m_head.toUpper().indexOf("INTO");
                // The name is complete once something follows it.
                if (c == ' ' || c == '(' || c == '\n') {
                    const QString table = tableName(m_head, into + 4);
                    if (!table.isEmpty()) {
                        m_isInsert = true;
                        m_insertTable = table;
                    }
                }
            }
        }
    }
    if (m_keepAll && m_statement.size() < MaxSchemaBytes)
        m_statement.append(c);
    if (m_isInsert && !m_valuesSeen) {
        // The column list "(a, b)" before VALUES is not a row.
        const QByteArray tail = m_head.right(7).toUpper();
        if (tail.startsWith("VALUES") || m_head.toUpper().contains("VALUES")) {
            m_valuesSeen = true;
            m_depth = 0;
            return;
        }
    }
    if (c == '(') {
        if (m_depth == 0 && m_isInsert && m_valuesSeen)
            ++m_tuples;
        ++m_depth;
    } else if (c == ')') {
        m_depth = qMax(0, m_depth - 1);
    }
}

void SqlDumpScanner::add(const char *data, qint64 size)
{
    for (qint64 i = 0; i < size; ++i) {
        const char c = data[i];
        switch (m_state) {
        case State::CopyData:
            if (m_copyStarting) {
                m_copyStarting = c != '\n';
                break;
            }
            if (c != '\n') {
                if (m_copyLine.size() < 3)
                    m_copyLine.append(c);
                else
                    m_copyLine = "xxx"; // longer than "\." — only its length matters from here
                break;
            }
            if (m_copyLine == "\\." || m_copyLine == "\\.\r") {
                IndexTable &t = m_tables[m_insertTable];
                t.name = m_insertTable;
                t.source = m_source;
                t.rows = qMax<qint64>(0, t.rows) + m_tuples;
                m_insertTable.clear();
                m_state = State::Code;
            } else {
                ++m_tuples;
            }
            m_copyLine.clear();
            break;
        case State::LineComment:
            if (c == '\n')
                m_state = State::Code;
            break;
        case State::BlockComment:
            if (m_previous == '*' && c == '/') {
                m_state = State::Code;
                m_previous = 0;
                continue;
            }
            break;
        case State::Single:
        case State::Double:
        case State::Backtick: {
            if (m_keepAll && m_statement.size() < MaxSchemaBytes)
                m_statement.append(c);
            if (m_escape) {
                m_escape = false;
                break;
            }
            if (c == '\\' && m_mysql && m_state != State::Backtick) {
                m_escape = true;
                break;
            }
            const char close = m_state == State::Single ? '\'' : m_state == State::Double ? '"' : '`';
            if (c == close) {
                m_state = State::Code;
                if (m_head.size() < HeadBytes)
                    m_head.append(c);
            } else if (m_head.size() < HeadBytes && !m_isInsert) {
                m_head.append(c); // names in quotes belong to the head
            }
            break;
        }
        case State::Code:
            if (c == '-' && m_previous == '-') {
                m_state = State::LineComment;
                if (!m_head.isEmpty() && m_head.endsWith('-'))
                    m_head.chop(1);
                if (!m_statement.isEmpty() && m_statement.endsWith('-'))
                    m_statement.chop(1);
                break;
            }
            if (c == '*' && m_previous == '/') {
                m_state = State::BlockComment;
                if (!m_head.isEmpty() && m_head.endsWith('/'))
                    m_head.chop(1);
                if (!m_statement.isEmpty() && m_statement.endsWith('/'))
                    m_statement.chop(1);
                m_previous = 0;
                continue;
            }
            if (c == '#' && m_head.trimmed().isEmpty()) {
                m_state = State::LineComment;
                break;
            }
            if (c == ';') {
                endStatement();
                break;
            }
            if (m_head.isEmpty() && (c == ' ' || c == '\n' || c == '\r' || c == '\t'))
                break;
            if (c == '\'' || c == '"' || c == '`') {
                if (c == '`')
                    m_mysql = true;
                m_state = c == '\'' ? State::Single : c == '"' ? State::Double : State::Backtick;
                if (m_head.size() < HeadBytes)
                    m_head.append(c);
                if (m_keepAll && m_statement.size() < MaxSchemaBytes)
                    m_statement.append(c);
                break;
            }
            onCode(c);
            break;
        }
        m_previous = c;
    }
}

QList<IndexTable> SqlDumpScanner::finish()
{
    if (m_state == State::Code && !m_head.trimmed().isEmpty())
        endStatement(); // a last statement without its ';'
    return m_tables.values();
}
