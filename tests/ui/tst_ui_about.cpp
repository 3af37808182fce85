// The About dialog names the version, the licence and the libraries with their run-time
// versions, and "Copy Details" puts the same on the clipboard for a support request.
#include "main/AboutDialog.h"
#include "util/BuildInfo.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

class TestAbout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void librariesHaveRunTimeVersions()
    {
        const auto libraries = BuildInfo::libraries();
        QStringList names;
        for (const auto &l : libraries) {
            names << l.name;
            QVERIFY2(!l.licence.isEmpty(), qPrintable(l.name));
        }
        QCOMPARE(names, (QStringList{"Qt", "QtKeychain", "OpenSSL", "libarchive"}));
        QCOMPARE(libraries[0].version, QString::fromLatin1(qVersion()));
        // "3.0.x", "3.6.2": a bare version number, not the library's banner.
        QVERIFY2(libraries[2].version.front().isDigit(), qPrintable(libraries[2].version));
        QVERIFY2(libraries[3].version.front().isDigit(), qPrintable(libraries[3].version));
    }

    void dialogShowsVersionLicenceAndLibraries()
    {
        AboutDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *version = dialog.findChild<QLabel *>(QStringLiteral("aboutVersion"));
        QVERIFY(version);
        QVERIFY(version->text().contains(BuildInfo::version()));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("aboutLicence")));
        auto *libraries = dialog.findChild<QTreeWidget *>(QStringLiteral("aboutLibraries"));
        QVERIFY(libraries);
        QCOMPARE(libraries->topLevelItemCount(), int(BuildInfo::libraries().size()));
        QCOMPARE(libraries->topLevelItem(2)->text(0), QStringLiteral("OpenSSL"));

        QApplication::clipboard()->clear();
        auto *copy = dialog.findChild<QPushButton *>(QStringLiteral("aboutCopy"));
        QVERIFY(copy);
        QTest::mouseClick(copy, Qt::LeftButton);
        const QString copied = QApplication::clipboard()->text();
        QVERIFY(copied.contains(QStringLiteral("Managed Desktop ") + BuildInfo::version()));
        QVERIFY(copied.contains(QStringLiteral("libarchive ") + BuildInfo::libraries()[3].version));
    }
};

QTEST_MAIN(TestAbout)
#include "tst_ui_about.moc"
