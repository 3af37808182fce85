#pragma once

#include "HttpMessage.h"
#include "Store.h"

#include <QStringList>

// Everything an endpoint needs about the request it answers: the parsed request, its id, the
// authenticated key and the path's parameters (site, snapshot or job).
struct ApiContext
{
    HttpRequest request;
    QString requestId;
    KeyInfo key;
    QStringList params;
};
