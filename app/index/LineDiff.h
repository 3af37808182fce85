#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// A line-by-line diff of two small texts (the compare view's text diff), by Myers' algorithm:
// the shortest edit script, so the result reads like `diff -u`.
namespace LineDiff {

struct Line
{
    enum class Kind { Same, Removed, Added };
    Kind kind = Kind::Same;
    int oldNumber = 0; // 1-based line in the old text; 0 for Added
    int newNumber = 0; // 1-based line in the new text; 0 for Removed
    QString text; // without the line end
};

// Lines of a text: "\n" or "\r\n" ends a line; a last line without an end is still a line.
QStringList splitLines(const QString &text);

// Every line of both texts in order. When more than maxEdits lines differ the search stops and
// *complete (when given) is false: the result then shows the old text removed and the new one
// added, which is correct but not minimal.
QList<Line> compare(const QStringList &oldLines, const QStringList &newLines, int maxEdits = 2000,
                    bool *complete = nullptr);

// Whether content is worth a text diff: valid UTF-8 without NUL bytes.
bool looksLikeText(const QByteArray &content);

} // namespace LineDiff
