#pragma once

#include "Account.h"

#include <QMetaType>
#include <QString>
#include <QUrl>

// What a command needs to talk to the API: where, with which key, and for whom. Held in memory
// only, for as long as the caller needs it.
struct Credentials
{
    enum class Source {
        Environment, // MF_API_KEY (scripts, CI): no stored account involved
        Keychain,    // a stored account's key from the OS keychain
        Session,     // a stored account's key kept in memory (session-only mode)
    };

    QUrl apiUrl;
    QString key;     // the secret: never print, log or store it
    Account account; // invalid for Source::Environment
    Source source = Source::Keychain;
};
Q_DECLARE_METATYPE(Credentials)
