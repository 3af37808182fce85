#include "SignInDialog.h"

#include "auth/AccountStore.h"
#include "auth/ApiKey.h"
#include "auth/CredentialResolver.h"
#include "auth/CredentialStore.h"
#include "auth/SignIn.h"
#include "auth/SignInError.h"
#include "style/Icons.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

SignInDialog::SignInDialog(AccountStore *accounts, CredentialStore *credentials, QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_credentials(credentials)
    , m_signIn(new SignIn(accounts, credentials, this))
    , m_intro(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_sandbox(new QPushButton(tr("Try the local sandbox"), this))
    , m_status(new QLabel(this))
    , m_sessionOnly(new QPushButton(tr("Keep the key for this session only"), this))
    , m_details(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to managed.dev"));
    setWindowIcon(Icons::appIcon());
    setModal(true);

    m_intro->setObjectName(QStringLiteral("signInIntro"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText); // setMessage() may pass on server text
    m_intro->setText(tr("Connect Managed Desktop to your organization with an API key. The key is checked "
                        "with the platform, then kept in your system keychain — never in a file."));

    m_name->setObjectName(QStringLiteral("displayName"));
    m_name->setPlaceholderText(tr("Optional, e.g. “Agency production”"));
    m_name->setAccessibleName(tr("Account display name"));
    m_url->setObjectName(QStringLiteral("apiUrl"));
    m_url->setText(CredentialResolver::defaultApiUrl().toString());
    m_url->setAccessibleName(tr("API URL"));
    m_key->setObjectName(QStringLiteral("apiKey"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(QStringLiteral("mfk_live_…"));
    m_key->setAccessibleName(tr("API key"));
    m_key->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_sandbox->setObjectName(QStringLiteral("useSandbox"));
    m_sandbox->setIcon(Icons::get(QStringLiteral("sandbox")));
    m_sandbox->setToolTip(tr("Use a mf-sandbox running on this computer (%1)").arg(sandboxUrl().toString()));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("API &URL:"), m_url);
    form->addRow(tr("API &key:"), m_key);
    form->addRow(QString(), m_sandbox);

    m_status->setObjectName(QStringLiteral("signInStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText); // sign-in errors quote the server
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    m_sessionOnly->setObjectName(QStringLiteral("sessionOnlyButton"));
    m_sessionOnly->hide();
    m_details->setObjectName(QStringLiteral("accountDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setFrameShape(QFrame::StyledPanel);
    m_details->setMargin(8);
    m_details->hide();

    m_signInButton = m_buttons->addButton(tr("&Sign in"), QDialogButtonBox::ActionRole);
    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    m_signInButton->setDefault(true);
    QPushButton *cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));

    auto *heading = new QLabel(tr("Sign in to managed.dev"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_sessionOnly, 0, Qt::AlignLeft);
    layout->addWidget(m_details);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 46);

    connect(m_signInButton, &QPushButton::clicked, this, &SignInDialog::startSignIn);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        m_signIn->cancel();
        reject();
    });
    connect(m_sandbox, &QPushButton::clicked, this, &SignInDialog::useSandbox);
    connect(m_sessionOnly, &QPushButton::clicked, this, [this] {
        m_credentials->setSessionOnly(true);
        m_sessionOnly->hide();
        startSignIn();
    });
    connect(m_key, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);
    connect(m_url, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);
    connect(m_signIn, &SignIn::succeeded, this, &SignInDialog::onSucceeded);
    connect(m_signIn, &SignIn::failed, this, &SignInDialog::onFailed);
    connect(m_signIn, &SignIn::stageChanged, this, [this](SignIn::Stage stage) {
        if (stage == SignIn::Stage::Validating)
            m_status->setText(tr("Checking the key with the platform…"));
        else if (stage == SignIn::Stage::Saving)
            m_status->setText(tr("Saving the key in the keychain…"));
    });
    updateButtons();
}

QUrl SignInDialog::sandboxUrl()
{
    return QUrl(QStringLiteral("http://127.0.0.1:8470/v1"));
}

void SignInDialog::setAccount(const Account &account)
{
    m_name->setText(account.displayName);
    m_url->setText(account.apiUrl.toString());
    m_key->setPlaceholderText(tr("%1… (enter the whole key)").arg(account.keyPrefix));
    m_key->setFocus();
}

void SignInDialog::setMessage(const QString &text)
{
    m_intro->setText(text);
}

void SignInDialog::useSandbox()
{
    m_url->setText(sandboxUrl().toString());
    if (m_name->text().isEmpty())
        m_name->setText(tr("Local sandbox"));
    // The sandbox prints a seed's key once; a running one makes more on request.
    m_status->setText(tr("Start the sandbox with “mf-sandbox --seed demo” and paste the API key it printed. "
                         "For a sandbox that is already running, “mf-sandbox keys create --data DIR” makes a new key."));
    m_status->show();
    m_key->setFocus();
}

void SignInDialog::updateButtons()
{
    const bool busy = m_signIn->isRunning();
    m_signInButton->setEnabled(!busy && !m_key->text().trimmed().isEmpty() && !m_url->text().trimmed().isEmpty());
}

void SignInDialog::setBusy(bool busy)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_url, m_key, m_sandbox})
        w->setEnabled(!busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
    updateButtons();
}

void SignInDialog::showError(const QString &text)
{
    m_status->setText(text);
    m_status->show();
}

void SignInDialog::startSignIn()
{
    m_details->hide();
    m_sessionOnly->hide();
    m_status->show();
    m_signIn->setDisplayName(m_name->text().trimmed());
    const QUrl url = QUrl::fromUserInput(m_url->text().trimmed());
    if (!m_signIn->start(url, ApiKey::normalized(m_key->text())))
        return;
    setBusy(true);
}

void SignInDialog::onSucceeded(const Account &account)
{
    setBusy(false);
    m_account = account;
    m_key->clear(); // the key is in the keychain now; don't keep a copy in a widget
    const Me &me = m_signIn->me();
    m_status->setText(m_credentials->isSessionOnly()
                          ? tr("Signed in. The key is kept for this session only and forgotten when you quit.")
                          : tr("Signed in. The key is stored in your system keychain."));
    m_details->setText(tr("Account: %1 <%2>\nOrganization: %3\nPlan: %4\nKey: %5… (%6)\nScopes: %7")
                           .arg(me.accountName, me.email, me.organizationName, me.plan, me.keyPrefix, me.keyMode,
                                me.scopes.join(QStringLiteral(", "))));
    m_details->show();
    // Swapped in only now: QDialogButtonBox shows every button it holds.
    m_buttons->removeButton(m_signInButton);
    m_signInButton->hide();
    m_continueButton = m_buttons->addButton(tr("&Continue"), QDialogButtonBox::AcceptRole);
    m_continueButton->setObjectName(QStringLiteral("continueButton"));
    m_continueButton->setDefault(true);
    m_continueButton->setFocus();
    Q_EMIT signedIn(account);
}

void SignInDialog::onFailed(const SignInError &error)
{
    setBusy(false);
    if (error.kind == SignInError::Kind::Cancelled)
        return;
    QString text = error.message;
    if (!error.api.requestId.isEmpty())
        text += QLatin1Char('\n') + tr("Request id: %1").arg(error.api.requestId);
    if (error.keychainUnavailable()) {
        text = tr("No system keychain is available, so the key cannot be stored safely. You can keep it "
                  "in memory for this session only: you will be asked for it again next time.");
        m_sessionOnly->show();
    }
    showError(text);
    if (error.kind == SignInError::Kind::MalformedKey || error.kind == SignInError::Kind::Rejected)
        m_key->setFocus();
    else if (error.kind == SignInError::Kind::BadUrl)
        m_url->setFocus();
}
