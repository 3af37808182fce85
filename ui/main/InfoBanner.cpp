#include "InfoBanner.h"

#include "style/Icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

InfoBanner::InfoBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    m_text->setForegroundRole(QPalette::ToolTipText);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText); // error sentences carry server text: never HTML
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(QStringLiteral("bannerText"));
    m_action->setObjectName(QStringLiteral("bannerAction"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
    connect(m_action, &QPushButton::clicked, this, &InfoBanner::actionTriggered);
    hide();
}

void InfoBanner::showMessage(const QString &iconName, const QString &text, const QString &actionText)
{
    const int s = fontMetrics().height();
    m_icon->setPixmap(Icons::get(iconName).pixmap(QSize(s, s)));
    m_text->setText(text);
    setAccessibleName(text);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    show();
}

QString InfoBanner::text() const
{
    return m_text->text();
}
