// Labels that show server data (a plan name, an error message) show it as text (issue 16,
// item 8): markup in it is never rendered as a link or an image.
#include "account/SignInDialog.h"
#include "auth/AccountStore.h"
#include "auth/CredentialStore.h"
#include "environment/PolicyPanel.h"
#include "main/InfoBanner.h"
#include "main/MainWindow.h"
#include "util/ManualClock.h"

#include <QAccessible>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Hostile = QStringLiteral("<a href=x>y</a><img src=z>");

// What the label shows, as assistive technology reads it: rich text would come out as "y".
QString shownText(QLabel *label)
{
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(label);
    return accessible ? accessible->text(QAccessible::Name) : QString();
}

QLabel *labelShowing(QWidget *parent, const QString &text)
{
    const QList<QLabel *> labels = parent->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->text().contains(text))
            return label;
    }
    return nullptr;
}

} // namespace

class tst_ui_plaintext : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void errorBanner()
    {
        InfoBanner banner;
        banner.showMessage(QStringLiteral("warning"), QStringLiteral("The fleet could not be refreshed: ") + Hostile);
        QLabel *label = banner.findChild<QLabel *>(QStringLiteral("bannerText"));
        QVERIFY(label);
        QCOMPARE(label->textFormat(), Qt::PlainText);
        QVERIFY2(shownText(label).contains(Hostile), qPrintable(shownText(label)));
    }

    void planAndPolicyError()
    {
        ManualClock clock;
        PolicyPanel panel(&clock);
        panel.setPolicy(std::nullopt, Hostile);
        QLabel *plan = labelShowing(&panel, Hostile);
        QVERIFY(plan);
        QCOMPARE(plan->textFormat(), Qt::PlainText);
        QCOMPARE(shownText(plan), Hostile);

        panel.setError(QStringLiteral("Refused: ") + Hostile);
        QLabel *cadence = panel.findChild<QLabel *>(QStringLiteral("policyCadence"));
        QVERIFY(cadence);
        QCOMPARE(cadence->textFormat(), Qt::PlainText);
        QVERIFY(shownText(cadence).contains(Hostile));
    }

    void statusBarAccount()
    {
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir dir;
        AccountStore accounts(dir.filePath(QStringLiteral("accounts.ini")));
        CredentialStore credentials(QStringLiteral("mf-test-plaintext"));
        credentials.setSessionOnly(true);
        MainWindow::Options options;
        options.cacheDirectory = dir.filePath(QStringLiteral("cache"));
        MainWindow window(&accounts, &credentials, options);
        // It shows "display name · plan", both the server's.
        QLabel *account = window.findChild<QLabel *>(QStringLiteral("accountStatus"));
        QVERIFY(account);
        QCOMPARE(account->textFormat(), Qt::PlainText);
        account->setText(Hostile);
        QCOMPARE(shownText(account), Hostile);
    }

    void signInMessage()
    {
        QTemporaryDir dir;
        AccountStore accounts(dir.filePath(QStringLiteral("accounts.conf")));
        CredentialStore credentials(QStringLiteral("mf-test-plaintext"));
        SignInDialog dialog(&accounts, &credentials);
        dialog.setMessage(QStringLiteral("The key was refused: ") + Hostile);
        QLabel *intro = dialog.findChild<QLabel *>(QStringLiteral("signInIntro"));
        QVERIFY(intro);
        QCOMPARE(intro->textFormat(), Qt::PlainText);
        QVERIFY(shownText(intro).contains(Hostile));
        QLabel *status = dialog.findChild<QLabel *>(QStringLiteral("signInStatus"));
        QVERIFY(status);
        QCOMPARE(status->textFormat(), Qt::PlainText);
    }
};

QTEST_MAIN(tst_ui_plaintext)
#include "tst_ui_plaintext.moc"
