#include "SnapshotTreeModel.h"

#include "index/SnapshotIndex.h"
#include "style/TimeText.h"
#include "util/Format.h"

#include <QApplication>
#include <QStyle>

#include <algorithm>
#include <climits>

struct SnapshotTreeModel::Node
{
    Node *parent = nullptr;
    int row = 0;
    NodeKind kind = NodeKind::Entry;
    IndexEntry entry;
    IndexTable table;
    bool flat = false;                          // a search result: shown with its full path
    bool listed = false;                        // children asked of the index
    QList<IndexEntry> pending;                  // listed, not yet handed to the view
    std::vector<std::unique_ptr<Node>> children;

    Node *add(std::unique_ptr<Node> child)
    {
        child->parent = this;
        child->row = int(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }
};

SnapshotTreeModel::SnapshotTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
}

SnapshotTreeModel::~SnapshotTreeModel() = default;

void SnapshotTreeModel::setIndex(std::shared_ptr<SnapshotIndex> index)
{
    m_index = std::move(index);
    rebuild();
}

void SnapshotTreeModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    rebuild();
}

int SnapshotTreeModel::searchMatches() const
{
    return m_search.isEmpty() ? 0 : int(m_root->children.size());
}

void SnapshotTreeModel::rebuild()
{
    // Views and testers look at the model again from modelReset and rowsInserted; nothing is
    // fetched until a change has been told to everyone (a fetch there would nest insertions).
    m_changing = true;
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_root->listed = true;
    m_truncated = false;
    if (m_index && m_search.isEmpty()) {
        auto files = std::make_unique<Node>();
        files->kind = NodeKind::FilesRoot;
        files->entry = m_index->entry(IndexComponent::Files, {}).value_or(IndexEntry{});
        files->entry.type = IndexEntry::Type::Dir;
        m_root->add(std::move(files));
        if (m_index->info().hasDb) {
            auto db = std::make_unique<Node>();
            db->kind = NodeKind::DatabaseRoot;
            db->entry = m_index->entry(IndexComponent::Db, {}).value_or(IndexEntry{});
            db->entry.component = IndexComponent::Db;
            db->entry.type = IndexEntry::Type::Dir;
            m_root->add(std::move(db));
        }
    } else if (m_index) {
        for (const IndexEntry &e : m_index->search(m_search, 1000, &m_truncated)) {
            auto n = std::make_unique<Node>();
            n->entry = e;
            n->flat = true;
            n->listed = true; // a folder found by name is saved or looked up, not opened here
            m_root->add(std::move(n));
        }
    }
    endResetModel();
    m_changing = false;
}

SnapshotTreeModel::Node *SnapshotTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex SnapshotTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *p = nodeOf(parent);
    if (row < 0 || column < 0 || column >= ColumnCount || row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex SnapshotTreeModel::parent(const QModelIndex &child) const
{
    const Node *n = nodeOf(child);
    if (!child.isValid() || !n->parent || n->parent == m_root.get())
        return {};
    return createIndex(n->parent->row, 0, n->parent);
}

int SnapshotTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int SnapshotTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool SnapshotTreeModel::expandable(const Node *node) const
{
    switch (node->kind) {
    case NodeKind::FilesRoot:
    case NodeKind::DatabaseRoot: return true;
    case NodeKind::Table: return false;
    case NodeKind::Entry: return !node->flat && node->entry.isDir();
    }
    return false;
}

bool SnapshotTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const Node *n = nodeOf(parent);
    if (!parent.isValid())
        return !n->children.empty();
    // A folder says it has children before it is listed, so the view draws its expander.
    return expandable(n) && (!n->listed || !n->children.empty() || !n->pending.isEmpty());
}

bool SnapshotTreeModel::canFetchMore(const QModelIndex &parent) const
{
    const Node *n = nodeOf(parent);
    return !m_changing && parent.isValid() && parent.column() == 0 && expandable(n) && (!n->listed || !n->pending.isEmpty());
}

void SnapshotTreeModel::load(const QModelIndex &parent, Node *node)
{
    node->listed = true;
    if (!m_index)
        return;
    if (node->kind == NodeKind::DatabaseRoot) {
        // The tables are what people look for in a database; the file(s) they live in follow.
        const QList<IndexTable> tables = m_index->tables();
        if (!tables.isEmpty()) {
            m_changing = true;
            beginInsertRows(parent, 0, int(tables.size()) - 1);
            for (const IndexTable &t : tables) {
                auto n = std::make_unique<Node>();
                n->kind = NodeKind::Table;
                n->table = t;
                n->entry.component = IndexComponent::Db;
                n->listed = true;
                node->add(std::move(n));
            }
            endInsertRows();
            m_changing = false;
        }
        node->pending = m_index->children(IndexComponent::Db, {});
        return;
    }
    if (node->kind == NodeKind::FilesRoot)
        node->pending = m_index->children(IndexComponent::Files, {});
    else
        node->pending = m_index->children(node->entry.component, node->entry.path);
}

void SnapshotTreeModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    Node *n = nodeOf(parent);
    if (!n->listed)
        load(parent, n);
    if (n->pending.isEmpty())
        return;
    const int count = int(std::min<qsizetype>(kChunk, n->pending.size()));
    const int first = int(n->children.size());
    m_changing = true;
    beginInsertRows(parent, first, first + count - 1);
    for (int i = 0; i < count; ++i) {
        auto child = std::make_unique<Node>();
        child->entry = n->pending[i];
        child->listed = !child->entry.isDir();
        n->add(std::move(child));
    }
    n->pending.remove(0, count);
    endInsertRows();
    m_changing = false;
}

QModelIndex SnapshotTreeModel::indexForPath(IndexComponent component, const QString &path)
{
    if (!m_search.isEmpty())
        return {};
    QModelIndex current = index(component == IndexComponent::Files ? 0 : 1, 0);
    if (!current.isValid() || path.isEmpty())
        return current;
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        while (canFetchMore(current) && !std::any_of(nodeOf(current)->children.begin(), nodeOf(current)->children.end(),
                                                     [&](const auto &c) { return c->kind == NodeKind::Entry && c->entry.name == part; }))
            fetchMore(current);
        const Node *n = nodeOf(current);
        const auto it = std::find_if(n->children.begin(), n->children.end(),
                                     [&](const auto &c) { return c->kind == NodeKind::Entry && c->entry.name == part; });
        if (it == n->children.end())
            return {};
        current = index((*it)->row, 0, current);
    }
    return current;
}

QVariant SnapshotTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case SizeColumn: return tr("Size");
    case DetailColumn: return tr("Contains");
    case ModifiedColumn: return tr("Modified");
    }
    return {};
}

QVariant SnapshotTreeModel::display(const Node &n, int column) const
{
    switch (column) {
    case NameColumn:
        if (n.kind == NodeKind::FilesRoot)
            return tr("Files");
        if (n.kind == NodeKind::DatabaseRoot)
            return tr("Database");
        if (n.kind == NodeKind::Table)
            return n.table.name;
        if (n.flat)
            return QString((n.entry.component == IndexComponent::Db ? tr("Database") : tr("Files")) + QStringLiteral(" › ") + n.entry.path);
        return n.entry.name;
    case SizeColumn:
        return n.kind == NodeKind::Table ? QString() : Format::size(n.entry.size);
    case DetailColumn:
        if (n.kind == NodeKind::Table)
            return n.table.rows < 0 ? tr("rows unknown") : tr("%n row(s)", nullptr, int(std::min<qint64>(n.table.rows, INT_MAX)));
        if (n.kind == NodeKind::DatabaseRoot && m_index)
            return tr("%n table(s)", nullptr, int(m_index->tables().size()));
        if (n.entry.isDir())
            return tr("%n file(s)", nullptr, int(std::min<qint64>(n.entry.fileCount, INT_MAX)));
        if (n.entry.type == IndexEntry::Type::Symlink)
            return tr("link to %1").arg(n.entry.linkTarget);
        return {};
    case ModifiedColumn:
        return n.kind == NodeKind::Table || !n.entry.mtime.isValid() ? QString() : TimeText::absolute(n.entry.mtime);
    }
    return {};
}

QVariant SnapshotTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &n = *nodeOf(index);
    const bool folder = n.kind == NodeKind::FilesRoot || n.kind == NodeKind::DatabaseRoot || n.entry.isDir();
    switch (role) {
    case Qt::DisplayRole: return display(n, index.column());
    case Qt::ToolTipRole:
        if (n.kind == NodeKind::Table)
            return n.table.schema;
        if (index.column() == NameColumn && n.kind == NodeKind::Entry)
            return n.entry.path;
        return {};
    case Qt::DecorationRole:
        if (index.column() != NameColumn)
            return {};
        if (n.kind == NodeKind::DatabaseRoot || n.kind == NodeKind::Table)
            return QApplication::style()->standardIcon(QStyle::SP_DriveHDIcon);
        return QApplication::style()->standardIcon(folder ? QStyle::SP_DirIcon : QStyle::SP_FileIcon);
    case Qt::TextAlignmentRole:
        return index.column() == SizeColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case PathRole: return n.kind == NodeKind::Table ? n.table.name : n.entry.path;
    case ComponentRole:
        return int(n.kind == NodeKind::FilesRoot ? IndexComponent::Files
                   : n.kind == NodeKind::DatabaseRoot ? IndexComponent::Db : n.entry.component);
    case NodeKindRole: return int(n.kind);
    case IsFolderRole: return folder;
    case SizeRole: return n.kind == NodeKind::Table ? qint64(-1) : n.entry.size;
    case RowsRole: return n.kind == NodeKind::Table ? n.table.rows : qint64(-1);
    case Sha256Role: return n.entry.sha256;
    case SortRole:
        return index.column() == SizeColumn ? QVariant(n.entry.size) : display(n, index.column());
    }
    return {};
}
