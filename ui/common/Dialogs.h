#pragma once

#include <QMessageBox>
#include <QString>

#include <functional>

class QWidget;

// Every message box and file/folder prompt of the app goes through here, so a test can answer
// it in advance (setNextAnswer / setNextFileName) instead of a dialog blocking the test run.
// The answers are queued: each prompt takes the oldest one. When the queue is empty the real
// dialog is shown. What was asked last is kept so tests can check the wording.
//
// Two flavours:
// - question()/warning()/… return the button. They are the only place a modal exec() is
//   tolerated (a short yes/no, never while waiting for the network).
// - ask() is non-blocking: it opens the box with open() and calls back with the button; prefer
//   it inside flows driven by signals.
class Dialogs
{
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;
    using AnswerCallback = std::function<void(Button)>;

    static Button question(QWidget *parent, const QString &title, const QString &text,
                           Buttons buttons = QMessageBox::Yes | QMessageBox::No,
                           Button defaultButton = QMessageBox::NoButton);
    static Button warning(QWidget *parent, const QString &title, const QString &text,
                          Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::NoButton);
    static Button information(QWidget *parent, const QString &title, const QString &text,
                              Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::NoButton);
    static Button critical(QWidget *parent, const QString &title, const QString &text,
                           Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::NoButton);

    // Non-blocking: shows a window-modal box with open(); onAnswer gets the button (Cancel/Escape
    // gives the box's escape button, or NoButton). With a queued answer onAnswer runs at once.
    static void ask(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                    Buttons buttons, Button defaultButton, AnswerCallback onAnswer);

    // Empty string = the user cancelled.
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &dir = {},
                                   const QString &filter = {});
    static QString getExistingDirectory(QWidget *parent, const QString &caption, const QString &dir = {});

    // --- For tests ---
    static void setNextAnswer(Button button);
    // For both file and folder prompts; an empty name answers "cancelled".
    static void setNextFileName(const QString &fileName);
    static bool hasPendingAnswers();
    static void clearPendingAnswers();
    // Title and text of the last message box (answered or shown).
    static QString lastTitle();
    static QString lastText();
    // How many message boxes have been asked since start (or since clearPendingAnswers()).
    static int askedCount();

private:
    static Button messageBox(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                             const QString &text, Buttons buttons, Button defaultButton);
};
