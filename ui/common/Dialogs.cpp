#include "Dialogs.h"

#include <QFileDialog>
#include <QQueue>

namespace {

// Process-wide on purpose: the prompts are static functions, like QMessageBox's, so call sites
// need no dialog factory passed down to them.
struct Pending
{
    QQueue<Dialogs::Button> answers;
    QQueue<QString> fileNames;
    QString lastTitle;
    QString lastText;
    int asked = 0;
};

Pending &pending()
{
    static Pending p;
    return p;
}

void remember(const QString &title, const QString &text)
{
    pending().lastTitle = title;
    pending().lastText = text;
    ++pending().asked;
}

QMessageBox *makeBox(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                     Dialogs::Buttons buttons, Dialogs::Button defaultButton)
{
    auto *box = new QMessageBox(icon, title, text, buttons, parent);
    box->setObjectName(QStringLiteral("messageBox"));
    box->setTextFormat(Qt::PlainText); // server text may reach here: never interpret it as HTML
    if (defaultButton != QMessageBox::NoButton)
        box->setDefaultButton(defaultButton);
    return box;
}

} // namespace

Dialogs::Button Dialogs::question(QWidget *parent, const QString &title, const QString &text,
                                  Buttons buttons, Button defaultButton)
{
    return messageBox(parent, QMessageBox::Question, title, text, buttons, defaultButton);
}

Dialogs::Button Dialogs::warning(QWidget *parent, const QString &title, const QString &text,
                                 Buttons buttons, Button defaultButton)
{
    return messageBox(parent, QMessageBox::Warning, title, text, buttons, defaultButton);
}

Dialogs::Button Dialogs::information(QWidget *parent, const QString &title, const QString &text,
                                     Buttons buttons, Button defaultButton)
{
    return messageBox(parent, QMessageBox::Information, title, text, buttons, defaultButton);
}

Dialogs::Button Dialogs::critical(QWidget *parent, const QString &title, const QString &text,
                                  Buttons buttons, Button defaultButton)
{
    return messageBox(parent, QMessageBox::Critical, title, text, buttons, defaultButton);
}

Dialogs::Button Dialogs::messageBox(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                    const QString &text, Buttons buttons, Button defaultButton)
{
    remember(title, text);
    if (!pending().answers.isEmpty())
        return pending().answers.dequeue();
    QMessageBox *box = makeBox(parent, icon, title, text, buttons, defaultButton);
    const auto answer = static_cast<Button>(box->exec());
    delete box;
    return answer;
}

void Dialogs::ask(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                  Buttons buttons, Button defaultButton, AnswerCallback onAnswer)
{
    remember(title, text);
    if (!pending().answers.isEmpty()) {
        const Button answer = pending().answers.dequeue();
        if (onAnswer)
            onAnswer(answer);
        return;
    }
    QMessageBox *box = makeBox(parent, icon, title, text, buttons, defaultButton);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, box, [box, onAnswer](int) {
        // finished(int) carries the button for standard buttons, but 0 after Escape on boxes
        // without an escape button: ask the box which button it was instead.
        QAbstractButton *clicked = box->clickedButton();
        const Button answer = clicked ? box->standardButton(clicked) : QMessageBox::NoButton;
        if (onAnswer)
            onAnswer(answer);
    });
    box->open();
}

QString Dialogs::getSaveFileName(QWidget *parent, const QString &caption, const QString &dir,
                                 const QString &filter)
{
    if (!pending().fileNames.isEmpty())
        return pending().fileNames.dequeue();
    return QFileDialog::getSaveFileName(parent, caption, dir, filter);
}

QString Dialogs::getExistingDirectory(QWidget *parent, const QString &caption, const QString &dir)
{
    if (!pending().fileNames.isEmpty())
        return pending().fileNames.dequeue();
    return QFileDialog::getExistingDirectory(parent, caption, dir);
}

void Dialogs::setNextAnswer(Button button)
{
    pending().answers.enqueue(button);
}

void Dialogs::setNextFileName(const QString &fileName)
{
    pending().fileNames.enqueue(fileName);
}

bool Dialogs::hasPendingAnswers()
{
    return !pending().answers.isEmpty() || !pending().fileNames.isEmpty();
}

void Dialogs::clearPendingAnswers()
{
    pending() = Pending{};
}

QString Dialogs::lastTitle()
{
    return pending().lastTitle;
}

QString Dialogs::lastText()
{
    return pending().lastText;
}

int Dialogs::askedCount()
{
    return pending().asked;
}
