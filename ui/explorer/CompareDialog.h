#pragma once

#include "ExplorerContext.h"
#include "index/SnapshotDiff.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QPointer>

#include <array>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QTextEdit;
class QTreeWidget;
class QTreeWidgetItem;
class SnapshotIndex;
class SnapshotLoader;

// Two snapshots side by side: files added, removed and changed (with the size change) and the
// database's tables added, removed or changed (rows, schema), from their indexes; choosing a
// changed small text file shows a line diff, read from the cached archives (downloaded first
// when needed).
class CompareDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { PathColumn, ChangeColumn, SizeChangeColumn, SizesColumn, ColumnCount };
    enum Role { PathRole = Qt::UserRole + 1, SideRole }; // SideRole: which archives a text diff needs
    static constexpr qint64 kTextDiffLimit = 256 * 1024;

    CompareDialog(const ExplorerContext &context, const Snapshot &older, const Snapshot &newer, QWidget *parent = nullptr);
    ~CompareDialog() override;

    const std::optional<SnapshotDiff> &diff() const { return m_diff; }
    QTreeWidget *results() const { return m_results; }

Q_SIGNALS:
    void compared(bool ok);
    void textDiffShown();

private:
    enum Side { Older = 0, Newer = 1 };
    void fillChoices(const Snapshot &older, const Snapshot &newer);
    void start();
    void onIndexLoaded();
    void fill();
    QTreeWidgetItem *group(const QString &title, int count);
    void onCurrentItemChanged(QTreeWidgetItem *item);
    void loadTextDiff();
    void onTextRead();
    void showDiffMessage(const QString &text);
    Snapshot chosen(Side side) const;

    ExplorerContext m_context;
    QComboBox *m_choice[2];
    QLabel *m_summary;
    QTreeWidget *m_results;
    QTextEdit *m_text;
    std::array<QPointer<SnapshotLoader>, 2> m_indexLoaders;
    std::array<std::shared_ptr<SnapshotIndex>, 2> m_indexes;
    std::array<QPointer<SnapshotLoader>, 2> m_archiveLoaders;
    std::array<QString, 2> m_archives; // cached archive paths, once known
    std::optional<SnapshotDiff> m_diff;
    QString m_diffPath;  // the file whose text diff is wanted
    int m_diffSides = 0; // bit per Side whose content it needs
    std::array<QFutureWatcher<QByteArray>, 2> m_reads;
    int m_readsPending = 0;
};
