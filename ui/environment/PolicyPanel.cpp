#include "PolicyPanel.h"

#include "style/DisplayText.h"
#include "style/TimeText.h"
#include "util/Clock.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

PolicyPanel::PolicyPanel(const Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_cadence(new QLabel(this))
    , m_nextRun(new QLabel(this))
    , m_retention(new QLabel(this))
    , m_kept(new QLabel(this))
    , m_planLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("policyPanel"));
    auto *box = new QGroupBox(tr("Backup policy"), this);
    // Two short rows of label/value pairs: the policy is a handful of facts and the table below
    // needs the height, but one long row made the whole window wider than a laptop screen.
    auto *form = new QGridLayout(box);
    form->setContentsMargins(8, 2, 8, 4);
    form->setHorizontalSpacing(6);
    form->setVerticalSpacing(2);
    m_cadence->setObjectName(QStringLiteral("policyCadence"));
    m_nextRun->setObjectName(QStringLiteral("policyNextRun"));
    m_retention->setObjectName(QStringLiteral("policyRetention"));
    for (QLabel *l : {m_cadence, m_nextRun, m_retention, m_kept, m_planLabel}) {
        l->setTextFormat(Qt::PlainText); // the plan and error messages come from the server
        l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    const std::pair<QString, QLabel *> fields[] = {
        {tr("Cadence:"), m_cadence}, {tr("Retention:"), m_retention}, {tr("Plan:"), m_planLabel},
        {tr("Next run:"), m_nextRun}, {tr("Scheduled kept:"), m_kept}};
    int i = 0;
    for (const auto &[title, value] : fields) {
        auto *caption = new QLabel(title, box);
        caption->setForegroundRole(QPalette::PlaceholderText);
        caption->setBuddy(value);
        const int row = i / 3;
        const int column = (i % 3) * 3;
        form->addWidget(caption, row, column);
        form->addWidget(value, row, column + 1);
        form->setColumnMinimumWidth(column + 2, 14);
        ++i;
    }
    form->setColumnStretch(8, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(box);
    setLoading();
}

void PolicyPanel::setLoading()
{
    m_policy.reset();
    for (QLabel *l : {m_cadence, m_nextRun, m_retention, m_kept, m_planLabel})
        l->setText(tr("Loading…"));
}

void PolicyPanel::setError(const QString &message)
{
    m_policy.reset();
    m_cadence->setText(message);
    for (QLabel *l : {m_nextRun, m_retention, m_kept, m_planLabel})
        l->setText(QStringLiteral("—"));
}

void PolicyPanel::setPolicy(const std::optional<EnvironmentPolicy> &policy, const QString &plan)
{
    m_policy = policy;
    m_plan = plan;
    m_planLabel->setText(plan);
    if (!policy) {
        m_cadence->setText(tr("None (no scheduled backups)"));
        for (QLabel *l : {m_nextRun, m_retention, m_kept})
            l->setText(QStringLiteral("—"));
        return;
    }
    m_cadence->setText(DisplayText::cadence(*policy));
    m_retention->setText(policy->retentionDays > 0 ? (policy->retentionDays == 1 ? tr("%n day after capture", nullptr, 1) : tr("%n days after capture", nullptr, policy->retentionDays))
                                                   : tr("Kept until deleted"));
    m_kept->setText(policy->maxSnapshots ? tr("At most %n", nullptr, *policy->maxSnapshots) : tr("No count limit"));
    refreshTimes();
}

void PolicyPanel::refreshTimes()
{
    if (!m_policy)
        return;
    const QDateTime next = m_policy->nextRunAt;
    m_nextRun->setText(next.isValid() ? tr("%1 (%2)").arg(TimeText::absolute(next), TimeText::relative(next, m_clock))
                                      : tr("Not scheduled"));
}
