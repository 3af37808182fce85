#include "LineDiff.h"

#include <QStringDecoder>

#include <vector>

namespace LineDiff {

QStringList splitLines(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast(); // the end of the last line, not a line of its own
    for (QString &line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    }
    return lines;
}

namespace {
// Myers' greedy forward search over a[ab, ae) and b[bb, be), recording each step's frontier so
// the path can be walked back. Returns false when more than maxEdits edits would be needed.
bool middle(const QStringList &a, const QStringList &b, int ab, int ae, int bb, int be, int maxEdits, QList<Line> *out)
{
    const int n = ae - ab, m = be - bb;
    const int limit = qMin(n + m, maxEdits);
    const int offset = limit + 1;
    std::vector<int> v(size_t(2 * limit + 3), 0);
    std::vector<std::vector<int>> trace;
    int found = -1;
    for (int d = 0; d <= limit && found < 0; ++d) {
        trace.emplace_back(v.begin() + (offset - d), v.begin() + (offset + d + 1));
        for (int k = -d; k <= d; k += 2) {
            int x = (k == -d || (k != d && v[size_t(offset + k - 1)] < v[size_t(offset + k + 1)]))
                ? v[size_t(offset + k + 1)]
                : v[size_t(offset + k - 1)] + 1;
            int y = x - k;
            while (x < n && y < m && a.at(ab + x) == b.at(bb + y)) {
                ++x;
                ++y;
            }
            v[size_t(offset + k)] = x;
            if (x >= n && y >= m) {
                found = d;
                break;
            }
        }
    }
    if (found < 0)
        return false;
    // Walk back from (n, m) through the saved frontiers (trace[d] holds V before step d).
    QList<Line> reversed;
    int x = n, y = m;
    for (int d = found; d > 0; --d) {
        const std::vector<int> &pv = trace[size_t(d)]; // V after step d-1, for k in [-d, d]
        const auto at = [&pv, d](int k) { return pv[size_t(k + d)]; };
        const int k = x - y;
        const bool down = k == -d || (k != d && at(k - 1) < at(k + 1));
        const int prevK = down ? k + 1 : k - 1;
        const int prevX = at(prevK);
        const int prevY = prevX - prevK;
        while (x > prevX + (down ? 0 : 1) && y > prevY + (down ? 1 : 0)) {
            --x;
            --y;
            reversed.append({Line::Kind::Same, ab + x + 1, bb + y + 1, a.at(ab + x)});
        }
        if (down) {
            --y;
            reversed.append({Line::Kind::Added, 0, bb + y + 1, b.at(bb + y)});
        } else {
            --x;
            reversed.append({Line::Kind::Removed, ab + x + 1, 0, a.at(ab + x)});
        }
    }
    while (x > 0 && y > 0) {
        --x;
        --y;
        reversed.append({Line::Kind::Same, ab + x + 1, bb + y + 1, a.at(ab + x)});
    }
    for (qsizetype i = reversed.size() - 1; i >= 0; --i)
        out->append(reversed.at(i));
    return true;
}
} // namespace

QList<Line> compare(const QStringList &oldLines, const QStringList &newLines, int maxEdits, bool *complete)
{
    QList<Line> out;
    const int n = int(oldLines.size()), m = int(newLines.size());
    int start = 0;
    while (start < n && start < m && oldLines.at(start) == newLines.at(start))
        ++start;
    int endOld = n, endNew = m;
    while (endOld > start && endNew > start && oldLines.at(endOld - 1) == newLines.at(endNew - 1)) {
        --endOld;
        --endNew;
    }
    for (int i = 0; i < start; ++i)
        out.append({Line::Kind::Same, i + 1, i + 1, oldLines.at(i)});
    const bool ok = middle(oldLines, newLines, start, endOld, start, endNew, maxEdits, &out);
    if (!ok) {
        for (int i = start; i < endOld; ++i)
            out.append({Line::Kind::Removed, i + 1, 0, oldLines.at(i)});
        for (int j = start; j < endNew; ++j)
            out.append({Line::Kind::Added, 0, j + 1, newLines.at(j)});
    }
    for (int i = endOld, j = endNew; i < n; ++i, ++j)
        out.append({Line::Kind::Same, i + 1, j + 1, oldLines.at(i)});
    if (complete)
        *complete = ok;
    return out;
}

bool looksLikeText(const QByteArray &content)
{
    if (content.contains('\0'))
        return false;
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(content);
    Q_UNUSED(text)
    return !decoder.hasError();
}

} // namespace LineDiff
