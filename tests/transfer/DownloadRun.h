#pragma once

#include "transfer/Download.h"
#include "transfer/RequestFactory.h"
#include "transfer/TransferError.h"

#include <QSignalSpy>

// Runs one Download to its end and keeps what it reported.
struct Run
{
    Run(const RequestFactory &requests, const TransferRecord &record, const Download::Options &options = {})
        : download(requests, record, options)
        , succeeded(&download, &Download::succeeded)
        , failed(&download, &Download::failed)
    {
        download.start();
    }
    bool done() const { return succeeded.count() + failed.count() > 0; }
    QString path() const { return succeeded.isEmpty() ? QString() : succeeded.first().first().toString(); }
    TransferError error() const
    {
        return failed.isEmpty() ? TransferError{} : failed.first().first().value<TransferError>();
    }

    Download download;
    QSignalSpy succeeded;
    QSignalSpy failed;
};
