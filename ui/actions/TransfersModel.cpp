#include "TransfersModel.h"

#include "transfer/TransferManager.h"
#include "util/Format.h"

#include <QDir>

TransfersModel::TransfersModel(TransferManager *manager, QObject *parent)
    : QAbstractTableModel(parent), m_manager(manager)
{
    m_flush.setSingleShot(true);
    m_flush.setInterval(200);
    connect(&m_flush, &QTimer::timeout, this, &TransfersModel::flush);
    if (m_manager) {
        connect(m_manager, &TransferManager::transferAdded, this, &TransfersModel::onAdded);
        connect(m_manager, &TransferManager::transferChanged, this, &TransfersModel::onChanged);
        connect(m_manager, &TransferManager::transferRemoved, this, &TransfersModel::onRemoved);
    }
    reload();
}

void TransfersModel::setUpdateInterval(int ms)
{
    m_flush.setInterval(ms);
}

void TransfersModel::reload()
{
    beginResetModel();
    m_ids.clear();
    if (m_manager) {
        const QList<TransferInfo> all = m_manager->transfers();
        for (const TransferInfo &t : all)
            m_ids.append(t.id);
    }
    endResetModel();
}

int TransfersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int TransfersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TransfersModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : QString();
}

int TransfersModel::rowOf(const QString &id) const
{
    return int(m_ids.indexOf(id));
}

TransferInfo TransfersModel::infoAt(int row) const
{
    if (!m_manager || row < 0 || row >= m_ids.size())
        return {};
    return m_manager->transfer(m_ids.at(row));
}

QString TransfersModel::displayName(const TransferInfo &info)
{
    if (!info.fileName.isEmpty())
        return info.fileName;
    QStringList parts;
    for (const QString &s : info.selectors)
        parts << (s == QLatin1String("db") ? tr("database") : s == QLatin1String("files") ? tr("files") : s);
    return tr("%1 %2 (%3)").arg(info.site, info.snapshotId, parts.join(QStringLiteral(", ")));
}

namespace {

int percent(const TransferInfo &t)
{
    if (t.state == TransferInfo::State::Completed)
        return 100;
    if (t.totalBytes <= 0)
        return t.state == TransferInfo::State::Running ? -1 : 0; // busy bar only while it moves
    return int(qBound(qint64(0), t.bytesDone * 100 / t.totalBytes, qint64(100)));
}

} // namespace

QVariant TransfersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_manager || index.row() >= m_ids.size())
        return {};
    const TransferInfo t = m_manager->transfer(m_ids.at(index.row()));
    switch (role) {
    case IdRole: return t.id;
    case StateRole: return int(t.state);
    case ProgressRole: return percent(t);
    case BytesDoneRole: return t.bytesDone;
    case TotalBytesRole: return t.totalBytes;
    case SpeedRole: return t.bytesPerSecond;
    case EtaRole: return t.etaSeconds;
    case FilePathRole: return t.filePath;
    case DirectoryRole: return t.directory;
    case ErrorRole: return t.error.isError() ? t.error.message : QString();
    case ResumableRole: return t.error.isResumable();
    case Qt::ToolTipRole:
        if (t.error.isError())
            return t.error.api.requestId.isEmpty() ? t.error.message
                                                   : tr("%1\nRequest id: %2").arg(t.error.message, t.error.api.requestId);
        // The checksum to compare with the platform's, for whoever must prove the copy is intact.
        if (t.state == TransferInfo::State::Completed && !t.sha256.isEmpty())
            return tr("%1\nSHA-256: %2").arg(QDir::toNativeSeparators(t.filePath), t.sha256);
        return QDir::toNativeSeparators(t.filePath.isEmpty() ? t.directory : t.filePath);
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn || index.column() == SpeedColumn || index.column() == EtaColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case NameColumn: return displayName(t);
    case ProgressColumn: return {}; // the delegate paints ProgressRole
    case SizeColumn:
        if (t.totalBytes < 0)
            return t.bytesDone > 0 ? Format::size(t.bytesDone) : QString();
        return t.state == TransferInfo::State::Completed
            ? Format::size(t.totalBytes)
            : tr("%1 of %2").arg(Format::size(t.bytesDone), Format::size(t.totalBytes));
    case SpeedColumn:
        return t.state == TransferInfo::State::Running && t.bytesPerSecond > 0
            ? Format::speed(t.bytesPerSecond)
            : QString();
    case EtaColumn: return t.state == TransferInfo::State::Running && t.etaSeconds >= 0 ? Format::duration(t.etaSeconds) : QString();
    case StatusColumn:
        if (t.state == TransferInfo::State::Completed)
            return tr("Completed, SHA-256 verified");
        if (t.state != TransferInfo::State::Failed || !t.error.isError())
            return TransferInfo::stateText(t.state);
        // The request id is what support asks for: in the row, not only in the tooltip.
        return t.error.api.requestId.isEmpty()
            ? tr("%1: %2").arg(TransferInfo::stateText(t.state), t.error.message)
            : tr("%1: %2 (request id %3)").arg(TransferInfo::stateText(t.state), t.error.message, t.error.api.requestId);
    default: return {};
    }
}

QVariant TransfersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case ProgressColumn: return tr("Progress");
    case SizeColumn: return tr("Size");
    case SpeedColumn: return tr("Speed");
    case EtaColumn: return tr("Time Left");
    case StatusColumn: return tr("Status");
    default: return {};
    }
}

void TransfersModel::onAdded(const QString &id)
{
    if (m_ids.contains(id))
        return;
    const int row = int(m_ids.size());
    beginInsertRows({}, row, row);
    m_ids.append(id);
    endInsertRows();
}

void TransfersModel::onChanged(const QString &id)
{
    m_dirty.insert(id);
    if (!m_flush.isActive())
        m_flush.start();
}

void TransfersModel::onRemoved(const QString &id)
{
    const int row = rowOf(id);
    m_dirty.remove(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_ids.removeAt(row);
    endRemoveRows();
}

void TransfersModel::flush()
{
    int first = INT_MAX;
    int last = -1;
    for (const QString &id : std::as_const(m_dirty)) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        first = qMin(first, row);
        last = qMax(last, row);
    }
    m_dirty.clear();
    if (last >= 0)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}
