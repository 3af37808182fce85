#pragma once

#include "index/IndexEntry.h"

#include <QAbstractItemModel>
#include <QList>

#include <memory>
#include <vector>

class SnapshotIndex;

// A snapshot's content as a tree, read from its index: "Files" (the files component, folders
// with their total size and file count) and "Database" (its tables with row counts). Children are
// asked of the index only when a folder is opened, and a large folder is handed to the view in
// chunks (canFetchMore/fetchMore), so a folder of 10,000 entries opens at once. With a search
// text the model is a flat list of the matching entries instead (their full paths).
class SnapshotTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, SizeColumn, DetailColumn, ModifiedColumn, ColumnCount };
    enum class NodeKind { FilesRoot, DatabaseRoot, Entry, Table };
    enum Role {
        PathRole = Qt::UserRole + 1, // relative to its component's root; "" for a root
        ComponentRole,               // IndexComponent as int
        NodeKindRole,                // NodeKind as int
        IsFolderRole,                // bool: saved as a folder
        SizeRole,                    // qint64 bytes (tables: -1)
        RowsRole,                    // qint64 rows of a table, -1 when unknown
        Sha256Role,                  // QByteArray hex, files only
        SortRole,
    };
    static constexpr int kChunk = 2000;

    explicit SnapshotTreeModel(QObject *parent = nullptr);
    ~SnapshotTreeModel() override;

    // The index is shared with the dialog that opened it; null empties the model.
    void setIndex(std::shared_ptr<SnapshotIndex> index);
    // Empty: the tree. Otherwise the entries whose name contains `text`, at most 1000.
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    bool searchTruncated() const { return m_truncated; }
    int searchMatches() const;
    // The item for a path, opening the folders on its way; invalid when absent.
    QModelIndex indexForPath(IndexComponent component, const QString &path);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node;
    Node *nodeOf(const QModelIndex &index) const;
    bool expandable(const Node *node) const;
    void load(const QModelIndex &parent, Node *node);
    void rebuild();
    QVariant display(const Node &node, int column) const;

    std::shared_ptr<SnapshotIndex> m_index;
    std::unique_ptr<Node> m_root;
    QString m_search;
    bool m_truncated = false;
    bool m_changing = false;
};
