#include "BulkSnapshotReport.h"

using Outcome = BulkSnapshotRunner::Outcome;

QString BulkSnapshotReport::outcomeText(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Queued: return tr("Queued");
    case Outcome::Requesting: return tr("Requesting");
    case Outcome::Capturing: return tr("Capturing");
    case Outcome::WaitingForBusy: return tr("Waiting (environment busy)");
    case Outcome::Done: return tr("Done");
    case Outcome::Failed: return tr("Failed");
    case Outcome::Skipped: return tr("Skipped");
    }
    return {};
}

QString BulkSnapshotReport::outcomeKey(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Queued: return QStringLiteral("queued");
    case Outcome::Requesting: return QStringLiteral("requesting");
    case Outcome::Capturing: return QStringLiteral("capturing");
    case Outcome::WaitingForBusy: return QStringLiteral("waiting");
    case Outcome::Done: return QStringLiteral("done");
    case Outcome::Failed: return QStringLiteral("failed");
    case Outcome::Skipped: return QStringLiteral("skipped");
    }
    return {};
}

QString BulkSnapshotReport::text(const QList<Entry> &entries)
{
    QString text = tr("Site") + u'\t' + tr("Environment") + u'\t' + tr("Result") + u'\t' + tr("Snapshot")
        + u'\t' + tr("Detail") + u'\n';
    for (const Entry &e : entries) {
        QString detail = e.reason;
        if (!e.requestId.isEmpty())
            detail += QStringLiteral(" (") + tr("request id %1").arg(e.requestId) + u')';
        detail.replace(u'\t', u' ').replace(u'\n', u' ');
        text += e.target.siteName + u'\t' + e.target.environment + u'\t' + outcomeText(e.outcome) + u'\t'
            + e.snapshotId + u'\t' + detail.trimmed() + u'\n';
    }
    return text;
}

namespace {
QString csvField(QString value)
{
    // A leading =, +, - or @ would be a formula to a spreadsheet: server text must stay text.
    if (!value.isEmpty() && QStringLiteral("=+-@").contains(value.front()))
        value.prepend(u'\'');
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r')) {
        value.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return u'"' + value + u'"';
    }
    return value;
}
} // namespace

QString BulkSnapshotReport::csv(const QList<Entry> &entries)
{
    const QStringList header{tr("Site"), tr("Environment"), tr("Result"), tr("Snapshot"), tr("Job"), tr("Detail"),
                             tr("Request id")};
    QStringList fields;
    for (const QString &h : header)
        fields << csvField(h);
    QString text = fields.join(u',') + QStringLiteral("\r\n");
    for (const Entry &e : entries) {
        QString detail = e.reason;
        if (e.joined && e.outcome == Outcome::Done)
            detail = tr("Joined a capture that was already running.");
        fields = {csvField(e.target.siteName), csvField(e.target.environment), csvField(outcomeText(e.outcome)),
                  csvField(e.snapshotId), csvField(e.jobId), csvField(detail), csvField(e.requestId)};
        text += fields.join(u',') + QStringLiteral("\r\n");
    }
    return text;
}
