#pragma once

#include <QDialog>

// Version, licence and the libraries in use (with the versions loaded at run time), and a button
// that copies all of it for a support request.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // Plain text of what the dialog shows, as "Copy details" puts it on the clipboard.
    static QString details();
};
