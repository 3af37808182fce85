#pragma once

#include "CredentialReply.h"
#include "api/ApiError.h"

#include <QMetaType>
#include <QString>

// Why a sign-in did not complete. Whatever the kind, nothing was saved.
struct SignInError
{
    enum class Kind {
        None,
        MalformedKey, // not an mfk_live_/mfk_test_ key; never sent anywhere
        BadUrl,       // the API URL may not be used (not https and not loopback, …)
        Rejected,     // 401: wrong, revoked or expired key
        Api,          // any other API failure (network, 5xx, 403, unparsable /me …); api says which
        Keychain,     // the key could not be stored; keychainStatus says why
        Settings,     // the account could not be written to the settings file
        Cancelled,
    };

    Kind kind = Kind::None;
    QString message;  // translated, for people
    ApiError api;     // for Rejected and Api: request id, status, code
    CredentialReply::Status keychainStatus = CredentialReply::Status::Pending;

    bool isError() const { return kind != Kind::None; }
    bool keychainUnavailable() const
    {
        return kind == Kind::Keychain && keychainStatus == CredentialReply::Status::KeychainUnavailable;
    }
};
Q_DECLARE_METATYPE(SignInError)
