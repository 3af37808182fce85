#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QNetworkReply>
#include <QString>

// Why an API call failed. Exactly one of: a network-level failure, an HTTP error status (with
// the platform's error body when it had one), or a response that could not be understood.
struct ApiError
{
    enum class Kind {
        None,
        Network,       // connection refused, DNS, reset, TLS… (networkError says which)
        Timeout,       // no answer in time, after retries
        Http,          // 4xx/5xx; code/message/requestId from the body when it had the shape
        BadResponse,   // 2xx whose body was not what the contract says (parseProblem)
        InsecureUrl,   // plain http to a non-loopback host, or a bad base URL
        Cancelled,
        NoCredentials, // no key for this account
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString code;          // platform error code, e.g. "environment_busy"; may be unknown
    QString message;       // platform's English message, or a technical description
    QString requestId;
    QJsonObject details;
    QString parseProblem;  // for BadResponse / a non-conforming error body
    int retryAfterSeconds = -1;

    bool isError() const { return kind != Kind::None; }
    bool isUnauthorized() const { return kind == Kind::Http && httpStatus == 401; }
    bool isCode(const char *c) const { return code == QLatin1String(c); }
};

Q_DECLARE_METATYPE(ApiError)
