#include "AboutDialog.h"

#include "style/Icons.h"
#include "util/BuildInfo.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSysInfo>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

// A library that cannot tell its version at run time shows a dash, as an absent value does
// elsewhere in the app.
QString versionText(const BuildInfo::Library &library)
{
    return library.version.isEmpty() ? QStringLiteral("—") : library.version;
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Managed Desktop"));

    auto *icon = new QLabel(this);
    icon->setPixmap(Icons::appIcon().pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);

    auto *title = new QLabel(tr("<h2>Managed Desktop</h2>"), this);
    auto *version = new QLabel(tr("Version %1").arg(BuildInfo::version()), this);
    version->setObjectName(QStringLiteral("aboutVersion"));
    version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *summary = new QLabel(tr("Snapshots and backups for sites on the managed.dev hosting platform: "
                                  "take, restore and download them, for one site or a whole fleet."), this);
    summary->setWordWrap(true);
    auto *licence = new QLabel(tr("Copyright © 2026 managed.dev. Provided to managed.dev customers for use "
                                  "with the platform; the libraries below keep their own licences."), this);
    licence->setObjectName(QStringLiteral("aboutLicence"));
    licence->setWordWrap(true);

    auto *libraries = new QTreeWidget(this);
    libraries->setObjectName(QStringLiteral("aboutLibraries"));
    libraries->setAccessibleName(tr("Libraries used"));
    libraries->setHeaderLabels({tr("Library"), tr("Version"), tr("Licence")});
    libraries->setRootIsDecorated(false);
    libraries->setSelectionMode(QAbstractItemView::NoSelection);
    for (const BuildInfo::Library &l : BuildInfo::libraries()) {
        auto *item = new QTreeWidgetItem(libraries, {l.name, versionText(l), l.licence});
        item->setToolTip(0, l.url);
    }
    // Columns with room between them, and exactly as tall as its rows: a short list, not a pane.
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    for (int c = 0; c < libraries->columnCount() - 1; ++c) {
        libraries->resizeColumnToContents(c);
        libraries->setColumnWidth(c, libraries->columnWidth(c) + 2 * em);
    }
    libraries->setFixedHeight(libraries->header()->sizeHint().height()
                              + libraries->sizeHintForRow(0) * libraries->topLevelItemCount()
                              + 2 * libraries->frameWidth());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy Details"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("aboutCopy"));
    connect(copy, &QPushButton::clicked, this, [] { QApplication::clipboard()->setText(details()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(version);
    text->addWidget(summary);
    text->addWidget(licence);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(new QLabel(tr("Libraries used:"), this));
    layout->addWidget(libraries);
    layout->addWidget(buttons);
    // The wrapped texts decide the height at this width; sizeHint() would guess a narrower one.
    const int width = 520;
    resize(width, layout->hasHeightForWidth() ? layout->totalHeightForWidth(width) : sizeHint().height());
}

QString AboutDialog::details()
{
    QString text = tr("Managed Desktop %1").arg(BuildInfo::version()) + QLatin1Char('\n')
        + QSysInfo::prettyProductName() + QLatin1Char(' ') + QSysInfo::currentCpuArchitecture() + QLatin1Char('\n');
    for (const BuildInfo::Library &l : BuildInfo::libraries())
        text += QStringLiteral("%1 %2 (%3)\n").arg(l.name, versionText(l), l.licence);
    return text;
}
