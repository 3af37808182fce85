#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// A one-line notice above the content (offline, not signed in), with an optional action button.
// Uses the palette's tooltip colours so it stands out on any theme without hard-coded colours.
class InfoBanner : public QFrame
{
    Q_OBJECT
public:
    explicit InfoBanner(QWidget *parent = nullptr);

    void showMessage(const QString &iconName, const QString &text, const QString &actionText = {});
    QString text() const;
    QPushButton *actionButton() const { return m_action; }

Q_SIGNALS:
    void actionTriggered();

private:
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_action;
};
